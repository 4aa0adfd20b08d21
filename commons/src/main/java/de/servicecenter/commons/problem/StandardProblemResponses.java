package de.servicecenter.commons.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * Documents the problem responses once for all services, instead of the same annotations on every resource:
 * every secured operation can answer 401 without a valid token and 403 when its roles or tenant do not allow it
 * (operations that document their own keep them), and every 4xx/5xx response an operation documents without a
 * body is an {@code application/problem+json} Problem — so resources only say when and why.
 */
public class StandardProblemResponses implements OASFilter {

    private static final Map<String, String> SECURED = Map.of(
            "401", "No valid bearer token (Problem, with WWW-Authenticate: Bearer)",
            "403", "The token's roles do not allow this, or it carries no or an unknown tenant");

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

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
