package de.servicecenter.tenant.servicearea;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/service-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service areas", description = "The catalog of service areas that contracts and schedules refer to")
@SecurityRequirement(name = "bearer")
public class ServiceAreaResource {

    private final ServiceAreaService areas;
    private final PublicLinks links;

    ServiceAreaResource(ServiceAreaService areas, PublicLinks links) {
        this.areas = areas;
        this.links = links;
    }

    @GET
    @Authenticated
    @Operation(summary = "List the catalog", description = "Every signed-in principal; sorted by code.")
    @APIResponse(responseCode = "200", description = "All service areas")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public List<ServiceAreaResponse> list() {
        return areas.list();
    }

    @GET
    @Path("{serviceArea}")
    @Authenticated
    @Operation(summary = "Read a service area", description = "Every signed-in principal; by its code.")
    @APIResponse(responseCode = "200", description = "The service area",
            content = @Content(schema = @Schema(implementation = ServiceAreaResponse.class)))
    @APIResponse(responseCode = "404", description = "Not in the catalog")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public Response get(@Parameter(example = "buergerbuero") @PathParam("serviceArea") String code) {
        return Response.ok(areas.get(code)).build();
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Add a service area", description = "Platform admins only.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ServiceAreaResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "409", description = "The code exists")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NONE)
    public Response add(@Valid @NotNull ServiceAreaRequest request, UriInfo uriInfo) {
        Versioned<ServiceAreaResponse> area = areas.add(request);
        return links.created(uriInfo, area.body().code())
                .header(HttpHeaders.ETAG, area.entityTag()).entity(area.body()).build();
    }

    @PUT
    @Path("{serviceArea}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Replace a service area", description = "Platform admins only; the code never changes.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ServiceAreaResponse.class)))
    @APIResponse(responseCode = "404", description = "Not in the catalog")
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NONE)
    public Response replace(@Parameter(example = "buergerbuero") @PathParam("serviceArea") String code,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ServiceAreaRequest request) {
        Versioned<ServiceAreaResponse> area = areas.replace(code, ifMatch, request);
        return Response.ok(area.body()).header(HttpHeaders.ETAG, area.entityTag()).build();
    }
}
