package de.servicecenter.tenant.center;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/service-centers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service centers", description = "Citizen service centers run by host towns")
@SecurityRequirement(name = "bearer")
public class ServiceCenterResource {

    private static final String CENTER = """
            {"id": "servicecenter-bochum", "hostTown": "bochum", "name": "ServiceCenter Bochum",
             "phoneNumbers": ["+492349100"], "status": "ACTIVE", "createdAt": "2026-11-21T09:00:00Z",
             "updatedAt": "2026-11-21T09:00:00Z"}""";

    private final ServiceCenterService centers;
    private final PublicLinks links;

    ServiceCenterResource(ServiceCenterService centers, PublicLinks links) {
        this.centers = centers;
        this.links = links;
    }

    @POST
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Open a service center", description = "Host admins open centers of their own town.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ServiceCenterRequest.class),
            examples = @ExampleObject(name = "ServiceCenter Bochum", value = CENTER)))
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = ServiceCenterResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "409", description = "The id exists")
    @APIResponse(responseCode = "422", description = "The host town is unknown or not yours")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "body:hostTown")
    public Response open(@Valid @NotNull ServiceCenterRequest request, UriInfo uriInfo) {
        Versioned<ServiceCenterResponse> center = centers.open(request);
        return links.created(uriInfo, center.body().id())
                .header(HttpHeaders.ETAG, center.entityTag()).entity(center.body()).build();
    }

    @GET
    @RolesAllowed({Roles.HOST_ADMIN, Roles.AGENT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "List service centers", description = "The centers of your own town, or of the town named.")
    @APIResponse(responseCode = "200", description = "The centers, sorted by id")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWN_OR_NAMED_TENANT, from = "query:town")
    public List<ServiceCenterResponse> list(
            @Parameter(description = "The host town; your own when omitted", example = "bochum")
            @QueryParam("town") String town) {
        return centers.list(town);
    }

    @GET
    @Path("{serviceCenter}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.AGENT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read a service center", description = "The host's admins, and the agents working in it.")
    @APIResponse(responseCode = "200", description = "The center",
            content = @Content(schema = @Schema(implementation = ServiceCenterResponse.class),
                    examples = @ExampleObject(name = "ServiceCenter Bochum", value = CENTER)))
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWNER_OF_OBJECT, from = "path:serviceCenter")
    public Response get(@Parameter(example = "servicecenter-bochum") @PathParam("serviceCenter") String id) {
        Versioned<ServiceCenterResponse> center = centers.get(id);
        return Response.ok(center.body()).header(HttpHeaders.ETAG, center.entityTag()).build();
    }

    @PUT
    @Path("{serviceCenter}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Replace a service center", description = "Name, numbers and status; id and host never change.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ServiceCenterResponse.class)))
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWNER_OF_OBJECT, from = "path:serviceCenter")
    public Response replace(@Parameter(example = "servicecenter-bochum") @PathParam("serviceCenter") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ServiceCenterRequest request) {
        Versioned<ServiceCenterResponse> center = centers.replace(id, ifMatch, request);
        return Response.ok(center.body()).header(HttpHeaders.ETAG, center.entityTag()).build();
    }
}
