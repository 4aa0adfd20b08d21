package de.servicecenter.contact.handoff;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.validation.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/handoffs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handoffs", description = "Rückrufbitten / Servicenachrichten: questions the agent could not answer, handed "
        + "to the responsible unit of the caller's town, due within the promise (24 hours on the town's working days)")
@SecurityRequirement(name = "bearer")
public class HandoffResource {

    private final HandoffService handoffs;
    private final PublicLinks links;

    HandoffResource(HandoffService handoffs, PublicLinks links) {
        this.handoffs = handoffs;
        this.links = links;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN})
    @Operation(summary = "Hand a question over to the town", description = "The receiving unit is the one the town's "
            + "directory names responsible (knowledge-service, asked with your token: as in \"put through to whom?\"); "
            + "its mailbox is told at once, without the citizen's data. The due time is the platform's: the promise "
            + "counted on the town's working days — weekends, its state's public holidays and its closures do not "
            + "count. Question, name and number are stored encrypted. The center must serve the town for the area "
            + "today.")
    @RequestBody(content = @Content(schema = @Schema(implementation = HandoffRequest.class), examples =
            @ExampleObject(name = "a callback for the Standesamt", value = HandoffExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Handed over; the unit is being notified",
            content = @Content(schema = @Schema(implementation = Handoff.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "409", description = "The contact named was handed over already (the problem names "
            + "the handoff)")
    @APIResponse(responseCode = "422", description = "A town you do not serve for the area today, a number without "
            + "consent, no responsible unit (or one without a mailbox), or criteria the directory needs")
    @APIResponse(responseCode = "503", description = "The town's directory or calendar cannot be read just now; "
            + "nothing was stored")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.NAMED_TENANT, from = "body:town", area = "body:serviceArea")
    public Response create(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @Valid @NotNull HandoffRequest request, UriInfo uriInfo) {
        Handoff created = handoffs.create(authorization, request);
        return links.created(uriInfo, created.id().toString()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "List your handoffs", description = "Those your tenant handed over as host and those "
            + "handed to it as town, newest first — or only the overdue ones (not closed, past due), the longest "
            + "overdue first. Without the citizens' data.")
    @APIResponse(responseCode = "200", description = "The handoffs")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWN_OR_NAMED_TENANT)
    public List<HandoffSummary> list(
            @Parameter(description = "Only in this status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"OPEN", "IN_PROGRESS", "ANSWERED", "RETURNED"}), example = "OPEN")
            @QueryParam("status") String status,
            @Parameter(description = "Only overdue ones", example = "true") @QueryParam("overdue") boolean overdue,
            @Parameter(description = "At most this many (1–500, default 100)", example = "100")
            @QueryParam("limit") String limit) {
        return handoffs.list(QueryParameters.optionalEnum(status, "status", HandoffStatus.class), overdue,
                QueryParameters.optionalInt(limit, "limit", 1, 500).orElse(100));
    }

    @GET
    @Path("{handoff}")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "Read a handoff", description = "For the host whose center handed it over and the town it "
            + "was handed to: the question, the callback number, the due time and the history.")
    @APIResponse(responseCode = "200", description = "The handoff",
            content = @Content(schema = @Schema(implementation = Handoff.class)))
    @APIResponse(responseCode = "404", description = "No such handoff, or not visible to you")
    @Access(value = TenantOperation.READ, on = AccessSubject.PARTY_OF_OBJECT, from = "path:handoff")
    public Handoff get(@PathParam("handoff") UUID id) {
        return handoffs.find(id);
    }

    @POST
    @Path("{handoff}/status")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "Take up, answer or return a handoff", description = "The town it was handed to moves it "
            + "on: OPEN → IN_PROGRESS → ANSWERED or RETURNED (with a comment why). The host reads it but may not "
            + "(403). Answered within the due time counts as answered within the promise.")
    @RequestBody(content = @Content(schema = @Schema(implementation = StatusChange.class), examples =
            @ExampleObject(name = "answered", value = HandoffExamples.ANSWERED)))
    @APIResponse(responseCode = "200", description = "The handoff as it is now",
            content = @Content(schema = @Schema(implementation = Handoff.class)))
    @APIResponse(responseCode = "403", description = "You may read it but not move it (the host)")
    @APIResponse(responseCode = "404", description = "No such handoff, or not visible to you")
    @APIResponse(responseCode = "409", description = "Not from its current status, or changed meanwhile")
    @APIResponse(responseCode = "422", description = "Returned without a comment")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.CLIENT_OF_OBJECT, from = "path:handoff")
    public Handoff changeStatus(@PathParam("handoff") UUID id, @Valid @NotNull StatusChange change) {
        return handoffs.changeStatus(id, change);
    }
}
