package de.servicecenter.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
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
import java.util.Comparator;
import java.util.List;
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
        String where = exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column "
                        + exception.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(ProblemResponses.problem(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON" + where + "."), uriInfo);
    }

    /** Declared for the subtype too: Quarkus ships its own mapper for it, and the most specific type wins. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uriInfo) {
        return jsonMapping(exception, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException exception, UriInfo uriInfo) {
        String field = FieldPaths.of(exception.getPath());
        String message;
        if (exception instanceof PropertyBindingException) {
            message = "is not a known field";
        } else if (exception instanceof NulCharacters.NulCharacterException) {
            message = NulCharacters.MESSAGE;
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
        Response.StatusType statusInfo = original.getStatusInfo();
        ProblemDetail problem = new ProblemDetail(null, statusInfo.getReasonPhrase(), status,
                describe(status), null, null);
        Response.ResponseBuilder response = ProblemResponses.builder(problem, uriInfo);
        // Keep protocol headers such as Allow (405) and WWW-Authenticate (401).
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable throwable, UriInfo uriInfo) {
        return internalError(throwable, uriInfo);
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
