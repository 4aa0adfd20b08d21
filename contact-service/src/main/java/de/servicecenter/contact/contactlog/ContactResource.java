package de.servicecenter.contact.contactlog;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.problem.ProblemDetail;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The contact log: every citizen contact a center handles, logged exactly once "
        + "by the phone system or the agent, without the caller's personal data")
@SecurityRequirement(name = "bearer")
public class ContactResource {

    /** Answered on a replay: the contact was stored by an earlier request with the same key. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final ContactService contacts;
    private final PublicLinks links;

    ContactResource(ContactService contacts, PublicLinks links) {
        this.contacts = contacts;
        this.links = links;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.PHONE_SYSTEM})
    @Operation(summary = "Log one contact", description = "Safe to retry: a request with a key already stored answers "
            + "the first result (header Idempotent-Replayed: true); the same key with another contact is a conflict. "
            + "The center must serve the town for the area on that day — its own town, or under a contract in force. "
            + "Agents log for their own tenant's centers; the platform's phone system for every center.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContactRequest.class), examples = {
            @ExampleObject(name = "answered at first contact", value = ContactExamples.CONTACT),
            @ExampleObject(name = "abandoned in the queue", value = ContactExamples.ABANDONED)}))
    @APIResponse(responseCode = "201", description = "Logged (or logged before with this key: a replay)",
            headers = @Header(name = REPLAYED_HEADER, description = "true when an earlier request stored it",
                    schema = @Schema(implementation = Boolean.class)),
            content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, or invalid fields, each named")
    @APIResponse(responseCode = "409", description = "The key was used for a different contact",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)
            ,
                    examples = @ExampleObject(name = "key reused", value = ContactExamples.KEY_REUSED)))
    @APIResponse(responseCode = "422", description = "Inconsistent times, unknown area or center, a town the center "
            + "does not serve then, or a month whose statement was issued",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)
            ,
                    examples = @ExampleObject(name = "not served, talk while abandoned", value = ContactExamples.NOT_SERVED)))
    @APIResponse(responseCode = "503", description = "The contracts are not known fresh enough to accept contacts")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.NAMED_TENANT, from = "body:town", area = "body:serviceArea")
    public Response record(
            @Parameter(in = ParameterIn.HEADER, name = IdempotencyKeys.HEADER, required = true,
                    description = "Unique per contact and host, e.g. the phone system's call id",
                    example = "pbx-duisburg-20261123-091405-4711")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull ContactRequest request, UriInfo uriInfo) {
        ContactService.Recorded recorded = contacts.record(idempotencyKey, request);
        return links.created(uriInfo, recorded.contact().id().toString())
                .header(REPLAYED_HEADER, recorded.replayed())
                .entity(recorded.contact()).build();
    }

    @POST
    @Path("batch")
    @RolesAllowed({Roles.AGENT, Roles.PHONE_SYSTEM})
    @Operation(summary = "Log up to 1,000 contacts at once", description = "All or nothing: one invalid contact and "
            + "none is stored, with every mistake named as contacts[i].field. Each contact carries its own "
            + "idempotencyKey; contacts stored before under their key are replays, so the whole batch is safe to retry.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContactBatchRequest.class),
            examples = @ExampleObject(name = "two calls of Call Duisburg", value = ContactExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "Every contact stored (now or before)",
            content = @Content(schema = @Schema(implementation = ContactBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or missing keys, each named as contacts[i].field")
    @APIResponse(responseCode = "409", description = "Keys already used for different contacts; nothing stored")
    @APIResponse(responseCode = "413", description = "The body is larger than allowed")
    @APIResponse(responseCode = "422", description = "Contacts breaking a rule, each named; nothing stored")
    @APIResponse(responseCode = "503", description = "The contracts are not known fresh enough to accept contacts")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.NAMED_TENANT, from = "body:contacts[].town", area = "body:contacts[].serviceArea")
    public ContactBatchResponse recordBatch(@Valid @NotNull ContactBatchRequest batch) {
        return contacts.recordBatch(batch);
    }

    @GET
    @Path("{contact}")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read a contact", description = "For the serving center's town and the caller's town.")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "404", description = "No such contact, or not visible to you")
    @Access(value = TenantOperation.READ, on = AccessSubject.PARTY_OF_OBJECT, from = "path:contact")
    public ContactResponse get(@PathParam("contact") UUID id) {
        return contacts.find(id);
    }
}
