package de.servicecenter.routing.call;

import de.servicecenter.commons.phone.PhoneNumbers;
import de.servicecenter.commons.problem.InvalidInputProblem;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing")
@Tag(name = "Routing decisions", description = "For the phone system: where each incoming call goes, in memory, "
        + "also while PostgreSQL or tenant-service are down")
@SecurityRequirement(name = "bearer")
public class DecisionResource {

    private static final String NUMBER = "The dialled number: E.164 (+4923051060; the + URL-encoded as %2B or not), "
            + "without the + (4923051060), with 00, or nationally with the area code (02305 1060)";

    private final DecisionService decisions;

    DecisionResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Decide a call", description = "The dialled number picks the town, the key the service area; "
            + "the town's first rule that applies decides. The answer names the rule and explains it.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "No town has this number")
    @APIResponse(responseCode = "503", description = "No routing rules known yet (nothing ever reached)")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public DecisionResponse decide(@Valid @NotNull DecisionRequest request) {
        return decisions.decide(request);
    }

    @GET
    @Path("menus")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The phone menu of a dialled number", description = "Keys with their areas and labels, the "
            + "default and the no-input timeout: what the phone system plays before asking for the decision with the "
            + "key pressed (or none).")
    @APIResponse(responseCode = "200", description = "The menu",
            content = @Content(schema = @Schema(implementation = MenuResponse.class)))
    @APIResponse(responseCode = "400", description = "number is no phone number; the reason is named")
    @APIResponse(responseCode = "404", description = "No town has this number")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public MenuResponse menu(@Parameter(description = NUMBER, example = "+4923051060", required = true)
                             @QueryParam("number") String number) {
        return decisions.menu(dialledNumber(number));
    }

    @GET
    @Path("decisions/plain")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Decide a call, for a PBX or SIP proxy", description = "One line: the SIP URI or number to "
            + "connect to, or announcement:KIND, voicemail, callback. The call tag comes as headers, to be copied into "
            + "the SIP INVITE.")
    @APIResponse(responseCode = "200", description = "The target line", headers = {
            @Header(name = "X-Caller-Town", description = "The caller's town"),
            @Header(name = "X-Service-Area", description = "The service area chosen"),
            @Header(name = "X-LeiKa-Key", description = "The LeiKa key, when the menu option names one"),
            @Header(name = "X-Routing-Rule", description = "Position of the rule that fired"),
            @Header(name = "X-From-Cache", description = "true when the decision rests on last good data")},
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                    example = "sip:castrop-rauxel@servicecenter.bochum.de")))
    @APIResponse(responseCode = "404", description = "No town has this number")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public Response plain(@Parameter(description = NUMBER, example = "+4923051060", required = true)
                          @QueryParam("number") String number,
                          @Parameter(description = "The key pressed", example = "1") @QueryParam("option") String option,
                          @Parameter(description = "Current queue wait, seconds", example = "45")
                          @QueryParam("wait") Integer wait) {
        DecisionResponse decision = decisions.decide(new DecisionRequest(dialledNumber(number), option, null, wait));
        String line = switch (decision.action()) {
            case ROUTE_TO_CENTER, ROUTE_TO_NUMBER -> decision.target();
            case ANNOUNCEMENT -> "announcement:" + decision.announcement()
                    + (decision.announcementText() == null ? "" : ":" + decision.announcementText());
            case VOICEMAIL -> "voicemail";
            case CALLBACK_OFFER -> "callback";
        };
        Response.ResponseBuilder response = Response.ok(line + "\n", MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("X-Caller-Town", decision.town())
                .header("X-Service-Area", decision.serviceArea())
                .header("X-Routing-Rule", decision.rule())
                .header("X-From-Cache", decision.fromCache());
        if (decision.tag() != null && decision.tag().leikaKey() != null) {
            response.header("X-LeiKa-Key", decision.tag().leikaKey());
        }
        return response.build();
    }

    /** Phone systems write numbers in many ways; the routing table knows them in E.164. */
    private static String dialledNumber(String number) {
        try {
            return PhoneNumbers.toE164(number);
        } catch (PhoneNumbers.InvalidPhoneNumberException e) {
            throw InvalidInputProblem.of("number", e.getMessage());
        }
    }
}
