package de.servicecenter.tenant.network;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenancy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenancy for services", description = "What the platform's other services need to decide tenant access "
        + "on their own")
@SecurityRequirement(name = "bearer")
public class TenancyResource {

    private static final String EXAMPLE = """
            {"activeTenants": ["bochum", "castrop-rauxel", "duisburg", "bottrop"],
             "grants": [{"contractId": "0b9f4c2e-8d51-4a57-9d36-0f5b1c1d2e3f", "hostTenant": "bochum",
                         "clientTenant": "castrop-rauxel", "serviceCenter": "servicecenter-bochum",
                         "allServiceAreas": false, "serviceAreas": ["buergerbuero", "ordnungswesen"],
                         "validFrom": "2015-09-01", "validUntil": null,
                         "costModel": {"type": "FTE_SHARE", "fullTimeEquivalents": 1.75, "annualCostPerFte": 62000.00}}],
             "serviceAreas": ["buergerbuero", "ordnungswesen", "standesamt"],
             "serviceCenters": {"servicecenter-bochum": "bochum", "call-duisburg": "duisburg"},
             "neighbourhoods": {"bottrop": ["Kirchhellen", "Grafenwald"], "castrop-rauxel": ["Habinghorst"]}}""";

    private final NetworkSnapshots snapshots;

    TenancyResource(NetworkSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_SERVICE)
    @Operation(summary = "The tenancy snapshot", description = "Active tenants, the delegations and cost models of every "
            + "active or terminated contract, the service-area codes and the host of every service center. For the platform's services (client credentials with the platform-service role), "
            + "which cache it and keep the last good copy while this service is unreachable.")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(schema = @Schema(implementation = TenancySnapshot.class),
                    examples = @ExampleObject(name = "Bochum serves Castrop-Rauxel", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a platform service")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public TenancySnapshot snapshot() {
        return snapshots.current().tenancy();
    }

    @GET
    @Path("schedules")
    @RolesAllowed(Roles.PLATFORM_SERVICE)
    @Operation(summary = "Every schedule, for services that decide with them", description = "Each center's phone "
            + "hours and each town's office hours with their definitions (weekly periods, exceptions, holiday state), "
            + "and each tenant's federal state. routing-service compiles them itself and keeps the last good copy, so "
            + "that calls are routed while this service is unreachable.")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(schema = @Schema(implementation = ScheduleCatalog.class)))
    @APIResponse(responseCode = "403", description = "Not a platform service")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public ScheduleCatalog schedules() {
        return snapshots.current().scheduleCatalog();
    }
}
