package de.servicecenter.commons.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem responses every secured operation can give - 401 without a valid token, 403 when its
 * roles or tenant do not allow it - once for all services, instead of the same annotations on every resource.
 * Operations that document their own 401/403 keep them.
 */
public class StandardProblemResponses implements OASFilter {

    private static final Map<String, String> SECURED = Map.of(
            "401", "No valid bearer token (Problem, with WWW-Authenticate: Bearer)",
            "403", "The token's roles do not allow this, or it carries no or an unknown tenant");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            if (path.getOperations() != null) {
                path.getOperations().values().forEach(StandardProblemResponses::addTo);
            }
        });
    }

    private static void addTo(Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured || operation.getResponses() == null) {
            return;
        }
        SECURED.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(ProblemDetail.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
