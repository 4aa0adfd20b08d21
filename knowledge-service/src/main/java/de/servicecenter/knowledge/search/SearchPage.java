package de.servicecenter.knowledge.search;

import de.servicecenter.commons.paging.PageRequest;
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

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or greater")
    @Parameter(description = "Zero-based page number", example = "0")
    int page;

    @QueryParam("size")
    @DefaultValue("10")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    @Parameter(description = "Hits per page, 1 to " + MAX_SIZE, example = "10")
    int size;

    PageRequest toPageRequest() {
        return new PageRequest(page, size);
    }
}
