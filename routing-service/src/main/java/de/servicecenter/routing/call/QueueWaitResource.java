package de.servicecenter.routing.call;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing/queue-waits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queue waits", description = "For the hosts' ACDs: the current wait in each center's queue, on which "
        + "the towns' load rules (queueWaitAbove) decide")
@SecurityRequirement(name = "bearer")
public class QueueWaitResource {

    private final QueueWaitBoard board;

    QueueWaitResource(QueueWaitBoard board) {
        this.board = board;
    }

    @PUT
    @Path("{serviceCenter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Report a queue's current wait", description = "Every few seconds, per center (one queue "
            + "for all areas) or per center and area. A report holds for validForSeconds after measuredAt and is "
            + "replaced by a later one; an earlier one arriving late changes nothing. A load rule holds on the wait "
            + "a call carries (the decision's wait parameter) before the reported one.")
    @APIResponse(responseCode = "200", description = "The report held for the queue now",
            content = @Content(schema = @Schema(implementation = QueueWaitResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "422", description = "Unknown center or area, or measured in the future; named")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.NONE)
    public QueueWaitResponse report(@Parameter(example = "servicecenter-bochum") @PathParam("serviceCenter")
                                    String serviceCenter, @Valid @NotNull QueueWaitReport report) {
        return board.report(serviceCenter, report);
    }

    @GET
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The queue waits that hold now", description = "By center, then area (the center's own "
            + "first).")
    @APIResponse(responseCode = "200", description = "The reports",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = QueueWaitResponse.class)))
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public List<QueueWaitResponse> current() {
        return board.current();
    }
}
