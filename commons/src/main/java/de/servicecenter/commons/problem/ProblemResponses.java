package de.servicecenter.commons.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Builds the HTTP response for a problem. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemDetail problem, UriInfo uriInfo) {
        return builder(problem, uriInfo).build();
    }

    public static Response.ResponseBuilder builder(ProblemDetail problem, UriInfo uriInfo) {
        ProblemDetail withInstance = uriInfo == null ? problem
                : problem.withInstance(URI.create(uriInfo.getRequestUri().getRawPath()));
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(withInstance);
    }

    public static ProblemDetail problem(ProblemType type, String detail) {
        return new ProblemDetail(type.type(), type.title(), type.status(), detail, null, null);
    }
}
