package de.servicecenter.knowledge.search;

import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.commons.problem.ProblemResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Elasticsearch out of reach is a passing condition: 503 with Retry-After, the cause in the log only. */
public class SearchUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(SearchUnavailableMapper.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response searchUnavailable(SearchUnavailable exception, UriInfo uriInfo) {
        LOG.warnf("Search unavailable: %s", exception.getMessage());
        var problem = new DependencyUnavailableProblem("Search is unavailable right now; try again shortly. "
                + "Articles can still be written.");
        return ProblemResponses.builder(problem.toProblemDetail(), uriInfo)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
