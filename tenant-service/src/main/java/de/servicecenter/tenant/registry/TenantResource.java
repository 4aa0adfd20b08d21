package de.servicecenter.tenant.registry;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.paging.Page;
import de.servicecenter.commons.paging.PageRequest;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.validation.QueryParameters;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/towns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Towns", description = "The registry of municipalities and districts (the platform's tenants)")
@SecurityRequirement(name = "bearer")
public class TenantResource {

    private final TenantService tenants;
    private final PublicLinks links;

    TenantResource(TenantService tenants, PublicLinks links) {
        this.tenants = tenants;
        this.links = links;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Register a town", description = "Platform admins only. The id, the AGS and each central "
            + "number must not belong to another town; the AGS must lie in the given federal state.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantRequest.class),
            examples = @ExampleObject(name = "Castrop-Rauxel", value = TenantExamples.REGISTER_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "URL of the new town"),
                    @Header(name = HttpHeaders.ETAG, description = "Version, for If-Match on updates")},
            content = @Content(schema = @Schema(implementation = TenantResponse.class),
                    examples = @ExampleObject(name = "Castrop-Rauxel", value = TenantExamples.TENANT)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "bad AGS and number", value = TenantExamples.INVALID)))
    @APIResponse(responseCode = "409", description = "Id, AGS or a central number already belongs to a town",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "duplicate id", value = TenantExamples.DUPLICATE)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NONE)
    public Response register(@Valid @NotNull TenantRequest request, UriInfo uriInfo) {
        Versioned<TenantResponse> created = tenants.register(request);
        return links.created(uriInfo, created.body().id())
                .header(HttpHeaders.ETAG, created.entityTag())
                .entity(created.body())
                .build();
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "List towns", description = "Platform admins only; sorted by id, optionally filtered.")
    @APIResponse(responseCode = "200", description = "One page of towns")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public Page<TenantResponse> list(
            @BeanParam @Valid PageRequest page,
            @Parameter(description = "Only towns of this federal state (ISO 3166-2)", example = "DE-NW")
            @QueryParam("federalState") String federalState,
            @Parameter(description = "Only towns of this kind", example = "CITY", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"CITY", "MUNICIPALITY", "DISTRICT"}))
            @QueryParam("kind") String kind) {
        return tenants.list(page, QueryParameters.optionalEnum(federalState, "federalState", FederalState.class),
                QueryParameters.optionalEnum(kind, "kind", TenantKind.class));
    }

    @GET
    @Path("{town}")
    @Authenticated
    @Operation(summary = "Read a town", description = "Any principal reads its own tenant; platform admins read "
            + "every tenant. Another tenant answers 404, exactly like one that does not exist.")
    @APIResponse(responseCode = "200", description = "The town",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version, for If-Match on updates"),
            content = @Content(schema = @Schema(implementation = TenantResponse.class),
                    examples = @ExampleObject(name = "Castrop-Rauxel", value = TenantExamples.TENANT)))
    @APIResponse(responseCode = "404", description = "No such town, or not yours",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "another town", value = TenantExamples.NOT_FOUND)))
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public Response get(@Parameter(example = "castrop-rauxel") @PathParam("town") String id) {
        Versioned<TenantResponse> tenant = tenants.get(id);
        return Response.ok(tenant.body()).header(HttpHeaders.ETAG, tenant.entityTag()).build();
    }

    @PUT
    @Path("{town}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Replace a town", description = "Platform admins only. Send the ETag of your last read "
            + "as If-Match to be sure you do not overwrite someone else's change.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantRequest.class),
            examples = @ExampleObject(name = "Castrop-Rauxel", value = TenantExamples.REGISTER_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "No such town")
    @APIResponse(responseCode = "409", description = "AGS or a central number belongs to another town")
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "stale", value = TenantExamples.STALE)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public Response replace(@Parameter(example = "castrop-rauxel") @PathParam("town") String id,
                            @Parameter(description = "ETag of the version you read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TenantRequest request) {
        Versioned<TenantResponse> replaced = tenants.replace(id, ifMatch, request);
        return Response.ok(replaced.body()).header(HttpHeaders.ETAG, replaced.entityTag()).build();
    }
}
