package de.servicecenter.contact.handoff;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/data-subject-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests", description = "A citizen's rights over their handoffs (DSGVO Art. 15 access, "
        + "Art. 17 erasure), found by the callback number they gave; every request is audited")
@SecurityRequirement(name = "bearer")
public class DataSubjectRequestResource {

    private final HandoffService handoffs;

    DataSubjectRequestResource(HandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @POST
    @Path("exports")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "Export a citizen's handoffs (Art. 15)", description = "Every handoff of your tenant (as host "
            + "or town) with this callback number, decrypted, and the audit entry recording the export.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CitizenRequest.class), examples =
            @ExampleObject(name = "a citizen's request", value = HandoffExamples.CITIZEN_REQUEST)))
    @APIResponse(responseCode = "200", description = "The handoffs and the audit entry",
            content = @Content(schema = @Schema(implementation = CitizenData.class)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWN_OR_NAMED_TENANT)
    public CitizenData export(@Valid @NotNull CitizenRequest request) {
        return handoffs.export(request);
    }

    @POST
    @Path("erasures")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "Erase a citizen's handoffs (Art. 17)", description = "Question, name, number and comments of "
            + "every handoff of your tenant (as host or town) with this callback number are deleted from the "
            + "database (what remains: area, unit, times and status, for the KPIs), and the erasure is audited — in "
            + "one transaction.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CitizenRequest.class), examples =
            @ExampleObject(name = "a citizen's request", value = HandoffExamples.CITIZEN_REQUEST)))
    @APIResponse(responseCode = "200", description = "Erased; the audit entry says how many handoffs",
            content = @Content(schema = @Schema(implementation = CitizenData.class)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWN_OR_NAMED_TENANT)
    public CitizenData erase(@Valid @NotNull CitizenRequest request) {
        return handoffs.erase(request);
    }

    @GET
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "The audit of data-subject requests", description = "Your tenant's exports and erasures, "
            + "newest first (the last 200).")
    @APIResponse(responseCode = "200", description = "The audit entries")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWN_OR_NAMED_TENANT)
    public List<DataSubjectRequest> list() {
        return handoffs.requests(200);
    }
}
