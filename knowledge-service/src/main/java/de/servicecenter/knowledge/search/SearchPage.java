package de.servicecenter.knowledge.search;

import de.servicecenter.commons.paging.PageRequest;
import de.servicecenter.commons.problem.InvalidInputProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging of search results: a first screen of 10 hits by default, at most 50 (every hit carries highlights,
 * which cost more than finding it). Use with {@code @BeanParam @Valid}.
 */
public class SearchPage {

    public static final int MAX_SIZE = 50;
    /** Elasticsearch pages through the first 10,000 hits only ({@code index.max_result_window}). */
    public static final int REACHABLE_HITS = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or greater")
    @Parameter(description = "Zero-based page number; pages reach the first " + REACHABLE_HITS + " hits (with size "
            + "10: pages 0 to 999)", example = "0")
    int page;

    @QueryParam("size")
    @DefaultValue("10")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    @Parameter(description = "Hits per page, 1 to " + MAX_SIZE, example = "10")
    int size;

    /** @throws InvalidInputProblem naming {@code page} when it lies beyond the hits a search can reach */
    PageRequest toPageRequest() {
        if ((long) page * size + size > REACHABLE_HITS) {
            throw InvalidInputProblem.of("page", "must be at most " + (REACHABLE_HITS / size - 1) + " with size " + size
                    + ": a search reaches its first " + REACHABLE_HITS + " hits");
        }
        return new PageRequest(page, size);
    }
}
