package de.servicecenter.knowledge.search;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.knowledge.learning.LearningService;
import de.servicecenter.knowledge.learning.LearningViews.Opened;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
@APIResponse(responseCode = "404", description = "The town is not yours and no contract of yours serves it")
@APIResponse(responseCode = "503", description = "Search is unavailable right now (writing articles still works)")
public class SearchResource {

    private final SearchService search;
    private final LearningService learning;

    SearchResource(SearchService search, LearningService learning) {
        this.search = search;
        this.learning = learning;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Search for a caller's town", description = "town is the call's tag: the town the caller "
            + "dialled. The scope is built from your token and the contracts, never from the request.")
    @APIResponse(responseCode = "200", description = "One page of hits with highlights and area facets",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "400", description = "Blank or overlong query, unknown area, bad paging")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "query:town", area = "query:serviceArea")
    public SearchResults search(
            @Parameter(required = true, description = "What to search for, in German words",
                    example = "Angelschein verlängern") @QueryParam("q") String q,
            @Parameter(required = true, example = "castrop-rauxel") @QueryParam("town") @NotNull String town,
            @Parameter(example = "ordnungswesen") @QueryParam("serviceArea") String serviceArea,
            @BeanParam @Valid SearchPage page) {
        return search.searchForAgent(q, town, Optional.ofNullable(serviceArea), page.toPageRequest());
    }

    @GET
    @Path("suggestions")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Titles while typing", description = "Up to 8 article titles starting with the words typed.")
    @APIResponse(responseCode = "200", description = "Titles")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "query:town")
    public List<String> suggestions(@Parameter(required = true, description = "What has been typed so far",
            example = "fisch") @QueryParam("q") String q,
                                    @Parameter(required = true, example = "castrop-rauxel") @QueryParam("town") @NotNull String town) {
        return search.suggestForAgent(q, town);
    }

    @POST
    @Path("{search}/opened")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Report the article opened from a search", description = "searchId comes with the results; a "
            + "search from which no article was opened counts as a knowledge gap of the town.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWNER_OF_OBJECT, from = "path:search")
    public Response opened(@PathParam("search") UUID searchId, @Valid @NotNull Opened opened) {
        learning.opened(searchId, opened.articleId());
        return Response.noContent().build();
    }
}
