package de.servicecenter.knowledge.search;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/public/v1/towns/{town}/search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public search", description = "For city portals, without login: a town's public articles")
@Access(value = TenantOperation.READ, on = AccessSubject.PUBLIC)
public class PublicSearchResource {

    private final SearchService search;

    PublicSearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search a town's public articles", description = "The town's own and the shared ones of the "
            + "hosts serving it, public audience only.")
    @APIResponse(responseCode = "200", description = "One page of hits",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "404", description = "No such active town")
    public SearchResults search(@Parameter(example = "castrop-rauxel") @PathParam("town") String town,
                                @Parameter(required = true, description = "What to search for, in German words",
                                        example = "Angelschein") @QueryParam("q") String q,
                                @Parameter(example = "ordnungswesen") @QueryParam("serviceArea") String serviceArea,
                                @BeanParam @Valid SearchPage page) {
        return search.searchPublic(q, town, Optional.ofNullable(serviceArea), page.toPageRequest());
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Public titles while typing", description = "Titles of the town's public articles that "
            + "begin with, or contain a word beginning with, what has been typed; for a search box's suggestions.")
    @APIResponse(responseCode = "200", description = "Titles")
    public List<String> suggestions(@PathParam("town") String town,
                                    @Parameter(required = true, description = "What has been typed so far",
                                            example = "fisch") @QueryParam("q") String q) {
        return search.suggestPublic(q, town);
    }
}
