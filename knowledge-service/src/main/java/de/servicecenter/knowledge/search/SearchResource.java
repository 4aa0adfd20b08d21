package de.servicecenter.knowledge.search;

import de.servicecenter.commons.paging.PageRequest;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search for agents", description = "What the caller's town may be told: the serving host's shared articles "
        + "for the contracted areas and the town's local ones, local first. German analysis: inflections, compounds, "
        + "umlaut spellings, synonyms of the host network, typos.")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "404", description = "The town is not yours and no contract of yours serves it",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "503", description = "Search is unavailable right now (writing articles still works)",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class SearchResource {

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Search for a caller's town", description = "town is the call's tag: the town the caller "
            + "dialled. The scope is built from your token and the contracts, never from the request.")
    @APIResponse(responseCode = "200", description = "One page of hits with highlights and area facets",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "400", description = "Blank or overlong query, unknown area, bad paging",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public SearchResults search(
            @Parameter(required = true, example = "Angelschein verlängern") @QueryParam("q") String q,
            @Parameter(required = true, example = "castrop-rauxel") @QueryParam("town") @NotNull String town,
            @Parameter(example = "ordnungswesen") @QueryParam("serviceArea") String serviceArea,
            @BeanParam @Valid PageRequest page) {
        return search.searchForAgent(q, town, Optional.ofNullable(serviceArea), page);
    }

    @GET
    @Path("suggestions")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Titles while typing", description = "Up to 8 article titles starting with the words typed.")
    @APIResponse(responseCode = "200", description = "Titles")
    public List<String> suggestions(@Parameter(required = true, example = "fisch") @QueryParam("q") String q,
                                    @Parameter(required = true, example = "castrop-rauxel") @QueryParam("town") @NotNull String town) {
        return search.suggestForAgent(q, town);
    }
}
