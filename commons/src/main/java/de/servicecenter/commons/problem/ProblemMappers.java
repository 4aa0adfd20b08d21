package de.servicecenter.commons.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import de.servicecenter.commons.input.BerlinDateTime;
import de.servicecenter.commons.input.ControlCharacters;
import de.servicecenter.commons.input.JsonLimits;
import de.servicecenter.commons.input.SupportedDates;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the services as {@code application/problem+json} (RFC 9457): invalid fields are named
 * with their JSON path, and nothing internal — no stack trace, no class name, no SQL — reaches the wire.
 * Unexpected errors are logged with a reference that the response repeats, so support can find them.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uriInfo) {
        if (problem instanceof DependencyUnavailableProblem) {
            return ProblemResponses.builder(problem.toProblemDetail(), uriInfo)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        return ProblemResponses.of(problem.toProblemDetail(), uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uriInfo) {
        boolean serverSide = exception.getConstraintViolations().stream()
                .anyMatch(violation -> isReturnValue(violation));
        if (serverSide) {
            return internalError(exception, uriInfo);
        }
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(FieldPaths.of(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ProblemResponses.of(new InvalidInputProblem(errors).toProblemDetail(), uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException exception, UriInfo uriInfo) {
        Optional<String> duplicate = JsonLimits.duplicateKey(exception);
        if (duplicate.isPresent()) {
            // the parser stands in the object that has the key twice
            JsonStreamContext object = exception.getProcessor() instanceof JsonParser parser
                    ? parser.getParsingContext() : null;
            String field = FieldPaths.of(object == null ? null : object.getParent(), duplicate.get());
            return ProblemResponses.of(InvalidInputProblem.of(field, "appears more than once in the same object")
                    .toProblemDetail(), uriInfo);
        }
        String where = exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column "
                        + exception.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(ProblemResponses.problem(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON" + where + "."), uriInfo);
    }

    /** Deeper, longer or bigger than {@link JsonLimits} allows. */
    @ServerExceptionMapper(priority = 1)
    public Response jsonLimit(StreamConstraintsException exception, UriInfo uriInfo) {
        return ProblemResponses.of(InvalidInputProblem.of("body", JsonLimits.describe(exception)).toProblemDetail(),
                uriInfo);
    }

    /** Declared for the subtype too: Quarkus ships its own mapper for it, and the most specific type wins. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uriInfo) {
        return jsonMapping(exception, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException exception, UriInfo uriInfo) {
        // a limit broken or a key repeated deep in the body, wrapped on its way out by the objects around it
        if (exception.getCause() instanceof StreamConstraintsException limit) {
            return jsonLimit(limit, uriInfo);
        } else if (exception.getCause() instanceof JsonParseException malformed) {
            return malformedJson(malformed, uriInfo);
        }
        String field = FieldPaths.of(exception.getPath());
        String message;
        if (exception instanceof PropertyBindingException) {
            message = "is not a known field";
        } else if (exception instanceof ControlCharacters.ControlCharacterException) {
            message = ControlCharacters.MESSAGE_IN_TEXT;
        } else if (exception instanceof SupportedDates.OutOfRangeException) {
            message = SupportedDates.MESSAGE;
        } else if (exception instanceof BerlinDateTime.NotADateTimeException) {
            message = BerlinDateTime.MESSAGE;
        } else if (exception instanceof InvalidFormatException invalid) {
            message = "must be " + JsonTypeNames.expected(invalid.getTargetType());
        } else if (exception instanceof MismatchedInputException mismatched) {
            message = "must be " + JsonTypeNames.expected(mismatched.getTargetType());
        } else {
            message = "cannot be read";
        }
        if ("body".equals(field) && exception instanceof MismatchedInputException mismatched
                && mismatched.getTargetType() != null && !mismatched.getTargetType().isArray()) {
            message = "must be a JSON object";
        }
        return ProblemResponses.of(InvalidInputProblem.of(field, message).toProblemDetail(), uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException exception, UriInfo uriInfo) {
        return unauthenticated(uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uriInfo) {
        return unauthenticated(uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationCompletion(AuthenticationCompletionException exception, UriInfo uriInfo) {
        return unauthenticated(uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException exception, UriInfo uriInfo) {
        return ProblemResponses.of(ProblemResponses.problem(ProblemType.FORBIDDEN,
                "The principal's roles do not allow this operation."), uriInfo);
    }

    /** Keycloak cannot be reached, so no token can be verified: a passing condition, not a bug. */
    @ServerExceptionMapper(priority = 1)
    public Response identityProviderUnavailable(OIDCException exception, UriInfo uriInfo) {
        LOG.warnf("Identity provider unavailable: %s", exception.getMessage());
        return ProblemResponses.builder(ProblemResponses.problem(ProblemType.DEPENDENCY_UNAVAILABLE,
                        "The identity provider cannot be reached to verify the token; try again shortly."), uriInfo)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uriInfo) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return internalError(exception, uriInfo);
        }
        if (status == 400 && exception.getCause() instanceof JacksonException jackson) {
            // the REST layer wraps what Jackson could not read; answer it as if it had not, naming the field
            return unreadableBody(jackson, uriInfo);
        }
        ProblemDetail problem = problem(status, describe(status));
        Response.ResponseBuilder response = ProblemResponses.builder(problem, uriInfo);
        // Keep protocol headers such as Allow (405) and WWW-Authenticate (401).
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    /** Anything else is a bug — unless it is the database or another dependency being down for a moment. */
    /** A body Jackson could not read, whichever way the REST layer handed it on. */
    Response unreadableBody(JacksonException exception, UriInfo uriInfo) {
        return switch (exception) {
            case StreamConstraintsException limit -> jsonLimit(limit, uriInfo);
            case InputCoercionException number -> ProblemResponses.of(InvalidInputProblem.of(
                    FieldPaths.of(number.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null),
                    JsonTypeNames.range(number.getTargetType())).toProblemDetail(), uriInfo);
            case JsonParseException malformed -> malformedJson(malformed, uriInfo);
            case JsonMappingException mapping -> jsonMapping(mapping, uriInfo);
            default -> ProblemResponses.of(ProblemResponses.problem(ProblemType.MALFORMED_REQUEST,
                    "The request body is not valid JSON."), uriInfo);
        };
    }

    /**
     * A problem for an HTTP status the platform did not raise itself (no resource at this path, a method or media
     * type it does not take): typed by the status, about:blank where it names no type.
     */
    public static ProblemDetail problem(int status, String detail) {
        return ProblemType.forStatus(status).map(type -> ProblemResponses.problem(type, detail))
                .orElseGet(() -> new ProblemDetail(URI.create("about:blank"),
                        Response.Status.fromStatusCode(status) == null ? "Error"
                                : Response.Status.fromStatusCode(status).getReasonPhrase(), status, detail, null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable throwable, UriInfo uriInfo) {
        Optional<String> outage = OutageClassifier.outageIn(throwable);
        if (outage.isPresent()) {
            LOG.warnf("Answered 503, %s is unavailable: %s", outage.get(), rootMessage(throwable));
            return apiProblem(new DependencyUnavailableProblem(outage.get() + " is unavailable right now. Try again "
                    + "shortly; writes that take an Idempotency-Key are stored once however often they are sent."), uriInfo);
        }
        return internalError(throwable, uriInfo);
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response unauthenticated(UriInfo uriInfo) {
        return ProblemResponses.builder(ProblemResponses.problem(ProblemType.UNAUTHORIZED,
                        "A valid bearer token from the platform's identity provider is required."), uriInfo)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response internalError(Throwable throwable, UriInfo uriInfo) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(throwable, "Unexpected error, reference %s", reference);
        return ProblemResponses.of(ProblemResponses.problem(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. Reference: " + reference + "."), uriInfo);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (var node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not supported here; see the Allow header.";
            case 406 -> "None of the accepted media types can be produced.";
            case 415 -> "This media type is not supported; send application/json.";
            default -> "The request cannot be processed.";
        };
    }
}
