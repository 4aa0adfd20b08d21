package de.servicecenter.tenant.openinghours;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.tenant.openinghours.ScheduleResponse.ExceptionResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opening hours", description = "Schedules of service centers (host admins) and of towns' offices (their "
        + "city admins): weekly hours with validity, one-off exceptions, public holidays of a federal state. All "
        + "times are Europe/Berlin wall-clock times.")
@SecurityRequirement(name = "bearer")
public class ScheduleResource {

    private final ScheduleService schedules;
    private final PublicLinks links;

    ScheduleResource(ScheduleService schedules, PublicLinks links) {
        this.schedules = schedules;
        this.links = links;
    }

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Create a schedule", description = "A center's schedule by its host's admins; an office's "
            + "by the town's city admins. One schedule per center, per office area, and one general per town.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScheduleRequest.class), examples = {
            @ExampleObject(name = "Kreis Soest center", value = ScheduleExamples.KREIS_SOEST_CENTER),
            @ExampleObject(name = "Castrop-Rauxel Bürgerbüro", value = ScheduleExamples.CASTROP_RAUXEL_BUERGERBUERO)}))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "409", description = "The center, office area or town has a schedule already")
    @APIResponse(responseCode = "422", description = "Mistakes in the hours (reversed or overlapping intervals, "
            + "unknown weekdays, dates), or an unknown owner; each field named",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "overlap and unknown weekday", value = ScheduleExamples.OVERLAPPING)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "body:town|serviceCenter")
    public Response create(@Valid @NotNull ScheduleRequest request, UriInfo uriInfo) {
        Versioned<ScheduleResponse> created = schedules.create(request);
        return links.created(uriInfo, created.body().id().toString())
                .header(HttpHeaders.ETAG, created.entityTag()).entity(created.body()).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.AGENT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "List a town's schedules", description = "Your own town's; a client's offices while a "
            + "contract covers their areas.")
    @APIResponse(responseCode = "200", description = "The schedules")
    @APIResponse(responseCode = "404", description = "Not a town you may see")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "query:town")
    public List<ScheduleResponse> list(@Parameter(required = true, example = "castrop-rauxel")
                                       @QueryParam("town") @NotNull String tenant) {
        return schedules.list(tenant);
    }

    @GET
    @Path("{schedule}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.AGENT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read a schedule", description = "The owner reads it; a host's agents read a client's office "
            + "schedule while a contract covers its area. Anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The schedule with its exceptions",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such schedule, or not visible to you")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWNER_OF_OBJECT, from = "path:schedule", area = "object")
    public Response get(@PathParam("schedule") UUID id) {
        Versioned<ScheduleResponse> schedule = schedules.get(id);
        return Response.ok(schedule.body()).header(HttpHeaders.ETAG, schedule.entityTag()).build();
    }

    @PUT
    @Path("{schedule}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Replace a schedule's hours", description = "Name, holidays and weekly periods; the owner "
            + "never changes. Existing exceptions must still lie within the weekly periods.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version")
    @APIResponse(responseCode = "422", description = "Mistakes in the hours, each field named")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWNER_OF_OBJECT, from = "path:schedule", area = "object")
    public Response replace(@PathParam("schedule") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ScheduleRequest request) {
        Versioned<ScheduleResponse> replaced = schedules.replace(id, ifMatch, request);
        return Response.ok(replaced.body()).header(HttpHeaders.ETAG, replaced.entityTag()).build();
    }

    @DELETE
    @Path("{schedule}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Delete a schedule", description = "With its exceptions.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWNER_OF_OBJECT, from = "path:schedule", area = "object")
    public Response delete(@PathParam("schedule") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        schedules.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{schedule}/exceptions")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Add an exception", description = "A closure (closed: true) or special hours on a day or a "
            + "range of days. Overrides weekly hours and public holidays; must lie within a weekly period and not "
            + "overlap another exception.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExceptionDefinition.class), examples = {
            @ExampleObject(name = "between the years", value = ScheduleExamples.CLOSURE),
            @ExampleObject(name = "Dienstleistungsabend", value = ScheduleExamples.DIENSTLEISTUNGSABEND)}))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ExceptionResponse.class)))
    @APIResponse(responseCode = "422", description = "Mistakes (dates, hours, overlap, outside every weekly period), "
            + "each field named")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWNER_OF_OBJECT, from = "path:schedule", area = "object")
    public Response addException(@PathParam("schedule") UUID id, @NotNull ExceptionDefinition exception, UriInfo uriInfo) {
        ExceptionResponse added = schedules.addException(id, exception);
        return links.created(uriInfo, added.id().toString())
                .entity(added).build();
    }

    @DELETE
    @Path("{schedule}/exceptions/{exception}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Remove an exception", description = "The owner removes a closure or special hours; "
            + "the day is back to its weekly hours.")
    @APIResponse(responseCode = "204", description = "Removed")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWNER_OF_OBJECT, from = "path:schedule", area = "object")
    public Response deleteException(@PathParam("schedule") UUID id, @PathParam("exception") UUID exceptionId) {
        schedules.deleteException(id, exceptionId);
        return Response.noContent().build();
    }
}
