package de.servicecenter.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies above {@code scv.http.max-body-bytes} (declared by Content-Length) with a 413
 * problem before anything reads them. Bodies without a length are cut by {@code quarkus.http.limits.max-body-size}.
 */
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "scv.http.max-body-bytes", defaultValue = "262144") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversizedBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (bytes <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.of(ProblemResponses.problem(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has " + bytes + " bytes; at most " + maxBytes + " are accepted."),
                request.getUriInfo()));
    }
}
