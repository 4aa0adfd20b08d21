package de.servicecenter.knowledge.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.caching.CacheableResponses;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

    /** Articles change rarely and the index follows within seconds; a minute's staleness is what portals accept. */
    static final Duration RESULTS_MAX_AGE = Duration.ofMinutes(1);
    static final Duration SUGGESTIONS_MAX_AGE = Duration.ofMinutes(5);

    private final SearchService search;
    private final ObjectMapper json;

    PublicSearchResource(SearchService search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    @GET
    @Operation(summary = "Search a town's public articles", description = "The town's own and the shared ones of the "
            + "hosts serving it, public audience only.")
    @APIResponse(responseCode = "200", description = "One page of hits, cacheable for a minute",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")},
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "404", description = "No such active town")
    public Response search(@Parameter(example = "castrop-rauxel") @PathParam("town") String town,
                           @Parameter(required = true, description = "What to search for, in German words",
                                   example = "Angelschein") @QueryParam("q") String q,
                           @Parameter(example = "ordnungswesen") @QueryParam("serviceArea") String serviceArea,
                           @BeanParam @Valid SearchPage page, @Context Request request) throws JsonProcessingException {
        SearchResults results = search.searchPublic(q, town, Optional.ofNullable(serviceArea), page.toPageRequest());
        return CacheableResponses.of(request, json.writeValueAsBytes(results), MediaType.APPLICATION_JSON_TYPE,
                RESULTS_MAX_AGE);
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Public titles while typing", description = "Titles of the town's public articles that "
            + "begin with, or contain a word beginning with, what has been typed; for a search box's suggestions.")
    @APIResponse(responseCode = "200", description = "Titles, cacheable for five minutes",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    example = "[\"Fischereischein beantragen\"]")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response suggestions(@PathParam("town") String town,
                                @Parameter(required = true, description = "What has been typed so far",
                                        example = "fisch") @QueryParam("q") String q,
                                @Context Request request) throws JsonProcessingException {
        return CacheableResponses.of(request, json.writeValueAsBytes(search.suggestPublic(q, town)),
                MediaType.APPLICATION_JSON_TYPE, SUGGESTIONS_MAX_AGE);
    }
}
