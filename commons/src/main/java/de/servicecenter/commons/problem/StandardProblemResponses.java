package de.servicecenter.commons.problem;

import de.servicecenter.commons.tenancy.AuthorizationDocumentation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the problem responses once for all services, instead of the same annotations on every resource:
 * every secured operation can answer 401 without a valid token and 403 when its roles or tenant do not allow it,
 * every operation that names a town or an object 404, and every operation that takes input 400 (operations that
 * document their own keep them; this runs after {@link AuthorizationDocumentation}), and every 4xx/5xx response an operation documents without a
 * body is an {@code application/problem+json} Problem — so resources only say when and why.
 */
public class StandardProblemResponses implements OASFilter {

    /** In order: the document must come out the same at every start. */
    private static final Map<String, String> SECURED = new TreeMap<>(Map.of(
            "401", "No valid bearer token (Problem, with WWW-Authenticate: Bearer)",
            "403", "The token's roles do not allow this, or it carries no or an unknown tenant"));
    private static final String NOT_FOUND = "No such object, or not the caller's to see (deliberately the same answer)";
    private static final String INVALID = "Invalid input: each offending parameter or field named, with the reason";

    @Override
    public Operation filterOperation(Operation operation) {
        addTo(operation);
        return operation;
    }

    private static void addTo(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            SECURED.forEach((status, description) -> {
                if (!operation.getResponses().hasAPIResponse(status)) {
                    operation.getResponses().addAPIResponse(status,
                            OASFactory.createAPIResponse().description(description).content(problemContent()));
                }
            });
        }
        // whatever names a town or an object may not find it (or may not see it); whatever takes input may refuse it
        boolean namesSomething = parameters(operation).stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH)
                || authorizedOn(operation).filter(on -> !on.equals("NONE") && !on.equals("PUBLIC")).isPresent();
        boolean takesInput = !parameters(operation).isEmpty() || operation.getRequestBody() != null;
        if (namesSomething && !operation.getResponses().hasAPIResponse("404")) {
            operation.getResponses().addAPIResponse("404",
                    OASFactory.createAPIResponse().description(NOT_FOUND).content(problemContent()));
        }
        if (takesInput && !operation.getResponses().hasAPIResponse("400")) {
            operation.getResponses().addAPIResponse("400",
                    OASFactory.createAPIResponse().description(INVALID).content(problemContent()));
        }
        if (operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                boolean error = status.startsWith("4") || status.startsWith("5");
                boolean bodiless = response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty();
                if (error && bodiless && response.getRef() == null) {
                    response.setContent(problemContent());
                }
            });
        }
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    /** The subject the operation's declared authorization works on ({@code x-authorization.on}), if declared. */
    private static Optional<String> authorizedOn(Operation operation) {
        return Optional.ofNullable(operation.getExtensions())
                .map(extensions -> extensions.get(AuthorizationDocumentation.EXTENSION))
                .filter(Map.class::isInstance).map(declared -> ((Map<?, ?>) declared).get("on"))
                .map(Object::toString);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(ProblemDetail.SCHEMA_NAME)));
    }
}
