package de.servicecenter.knowledge.article;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.knowledge.learning.LearningService;
import de.servicecenter.knowledge.learning.LearningViews.FeedbackRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "The knowledge base (Wissensdatenbank): shared articles of a host for the towns "
        + "it serves, local articles of a town. PostgreSQL holds them; the search index follows within seconds.")
@SecurityRequirement(name = "bearer")
public class ArticleResource {

    private final ArticleService articles;
    private final LearningService learning;
    private final PublicLinks links;

    ArticleResource(ArticleService articles, LearningService learning, PublicLinks links) {
        this.articles = articles;
        this.learning = learning;
        this.links = links;
    }

    @POST
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Write a new article", description = "Shared articles by the owning host's admins; local "
            + "articles by the town's city admins (or the host's admins under a contract for the area).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "Castrop-Rauxel: Fischereischein", value = ArticleExamples.LOCAL_ARTICLE)))
    @APIResponse(responseCode = "201", description = "Written; searchable within seconds when published",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "bad LeiKa key, empty title", value = ArticleExamples.BAD_INPUT)))
    @APIResponse(responseCode = "409", description = "The owner has an article for this LeiKa key already")
    @APIResponse(responseCode = "413", description = "The body is larger than allowed")
    @APIResponse(responseCode = "422", description = "Unknown owner or service area, dates, or not yours to write")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "body:owner")
    public Response create(@Valid @NotNull ArticleRequest request, UriInfo uriInfo) {
        Versioned<ArticleResponse> created = articles.create(request);
        return links.created(uriInfo, created.body().id().toString())
                .header(HttpHeaders.ETAG, created.entityTag()).entity(created.body()).build();
    }

    @GET
    @Path("{article}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.AGENT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read an article", description = "The owner; a host's agents for a client's local article "
            + "while a contract covers its area; for a shared article, the towns its owner serves. Others: 404.")
    @APIResponse(responseCode = "200", description = "The article, its version as ETag",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWNER_OR_TOWNS_IT_SERVES, from = "path:article", area = "object")
    public Response get(@PathParam("article") UUID id) {
        Versioned<ArticleResponse> article = articles.get(id);
        return Response.ok(article.body()).header(HttpHeaders.ETAG, article.entityTag()).build();
    }

    @PUT
    @Path("{article}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Change an article", description = "Send If-Match with the ETag you read; owner and scope "
            + "never change. Publish or archive by setting status.")
    @APIResponse(responseCode = "200", description = "Changed; a new version",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "412", description = "Someone changed it since you read it")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWNER_OF_OBJECT, from = "path:article")
    public Response replace(@PathParam("article") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ArticleRequest request) {
        Versioned<ArticleResponse> article = articles.replace(id, ifMatch, request);
        return Response.ok(article.body()).header(HttpHeaders.ETAG, article.entityTag()).build();
    }

    @GET
    @Path("{article}/history")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.AGENT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "An article's versions", description = "Who changed it when, newest first, with the article "
            + "as it was after each change.")
    @APIResponse(responseCode = "200", description = "The versions")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWNER_OR_TOWNS_IT_SERVES, from = "path:article", area = "object")
    public List<ArticleHistoryEntry> history(@PathParam("article") UUID id) {
        return articles.history(id);
    }

    @POST
    @Path("{article}/feedback")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Say an article helped, or is outdated", description = "Everyone who reads the article may. "
            + "OUTDATED puts it into its owner's review queue until it is changed.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWNER_OR_TOWNS_IT_SERVES, from = "path:article", area = "object")
    public Response feedback(@PathParam("article") UUID id, @Valid @NotNull FeedbackRequest request) {
        learning.feedback(id, request);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Import articles (shape after XZuFi)", description = "Content from national editorial systems: "
            + "each service is matched by LeiKa key and owner (by name where it has no key) and created, changed or "
            + "left unchanged, so importing the same document twice changes nothing. All or nothing: one invalid "
            + "service and nothing is written.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = ExchangeDocument.ImportResult.class)))
    @APIResponse(responseCode = "422", description = "Mistakes, each named as leistungen[i].field")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "body:owner")
    public ExchangeDocument.ImportResult importDocument(@Valid @NotNull ExchangeDocument document) {
        return articles.importDocument(document);
    }

    @GET
    @Path("export")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Export articles (shape after XZuFi)", description = "An owner's shared or local articles, "
            + "in the shape the import takes.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = ExchangeDocument.class)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "query:owner")
    public ExchangeDocument export(
            @Parameter(required = true, description = "The town whose articles to export", example = "bochum")
            @QueryParam("owner") @NotNull String owner,
            @Parameter(required = true, description = "SHARED or LOCAL articles", example = "SHARED")
            @QueryParam("scope") String scope) {
        return articles.export(owner, QueryParameters.optionalEnum(scope, "scope", ArticleScope.class)
                .orElseThrow(() -> InvalidInputProblem.of("scope", "must be SHARED or LOCAL")));
    }
}
