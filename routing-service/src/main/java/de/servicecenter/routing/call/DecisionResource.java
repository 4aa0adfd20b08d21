package de.servicecenter.routing.call;

import de.servicecenter.commons.phone.PhoneNumbers;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.routing.decision.Fallback;
import de.servicecenter.routing.decision.UnknownNumberException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The phone system's questions. Every answer comes from memory (the routing table, the reported queue waits, the
 * recent calls), so the decisions run on the I/O thread that read the request: no hand-over to a worker thread, which
 * on a PBX's hot path costs more than the decision itself.
 */
@Path("/api/v1/routing")
@Tag(name = "Routing decisions", description = "For the phone system: where each incoming call goes, in memory, "
        + "also while PostgreSQL or tenant-service are down")
@SecurityRequirement(name = "bearer")
public class DecisionResource {

    private static final String NUMBER = "The dialled number: E.164 (+4923051060; the + URL-encoded as %2B or not), "
            + "without the + (4923051060), with 00, or nationally with the area code (02305 1060)";
    private static final Pattern CALL_ID = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final String CALL_ID_MESSAGE = "must be 1 to 128 printable ASCII characters without spaces, as a "
            + "SIP Call-ID";
    private static final int MAX_KEY_LENGTH = 16;

    private final DecisionService decisions;

    DecisionResource(DecisionService decisions) {
        this.decisions = decisions;
    }

    @POST
    @Path("decisions")
    @NonBlocking
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
        try {
            return decisions.decide(request);
        } catch (UnknownNumberException e) {
            throw DecisionService.unknownNumber(request.dialledNumber());
        }
    }

    @GET
    @Path("decision")
    @NonBlocking
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Decide a call, for a PBX or SIP proxy", description = "Everything in one GET that needs no "
            + "header but Authorization. As text (the default): one line of name=value pairs separated by ';', with "
            + "the call tag in it — result (route, announce, callback, voicemail, refuse, invalid), town, area, leika, "
            + "center, sip and e164 (the target as SIP URI and as E.164 number), prompt, text (German, "
            + "percent-encoded), reply (the final response when not connecting), rule, menu (key, no-key, "
            + "key-not-offered), cached, call. An unknown number (404) and an unreadable parameter (400) are answered "
            + "in the same form. With Accept: application/json, the decision as JSON (problems as RFC 9457). README "
            + "\"For the phone system\" has a Kamailio configuration that uses it.")
    @APIResponse(responseCode = "200", description = "The decision", content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING), examples = {
                    @ExampleObject(name = "to Bochum's queue", value = "result=route;town=castrop-rauxel;"
                            + "area=buergerbuero;center=servicecenter-bochum;"
                            + "sip=sip:castrop-rauxel@servicecenter.bochum.de;e164=+492349101234;rule=4;menu=key;"
                            + "cached=0;call=4711-0815@pbx.castrop-rauxel.de"),
                    @ExampleObject(name = "a holiday", value = "result=announce;town=castrop-rauxel;area=zentrale;"
                            + "prompt=holiday;reply=480;text=Heute%20ist%20Karfreitag%2C%20ein%20gesetzlicher%20"
                            + "Feiertag.%20Bitte%20rufen%20Sie%20am%20n%C3%A4chsten%20Werktag%20wieder%20an.;rule=1;"
                            + "menu=no-key;cached=0")}),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionResponse.class))})
    @APIResponse(responseCode = "400", description = "A parameter is not readable; named (in the line: field, reason)",
            content = {@Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    example = "result=invalid;field=number;reason=may%20hold%20only%20digits%2C%20after%20a%20"
                            + "leading%20%2B%20or%2000;reply=484"),
                    @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))})
    @APIResponse(responseCode = "404", description = "No town has this number",
            content = {@Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    example = "result=refuse;reason=unknown-number;prompt=unknown-number;reply=404;"
                            + "text=Diese%20Rufnummer%20ist%20nicht%20vergeben.;number=+4923050000"),
                    @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class))})
    @APIResponse(responseCode = "503", description = "No routing rules known yet (nothing ever reached)")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public Response decideForPhoneSystem(
            @Parameter(description = NUMBER, example = "+4923051060", required = true) @QueryParam("number") String number,
            @Parameter(description = "The key pressed; none: no key. A key the menu does not offer gets the menu's "
                    + "default area, and the answer says so", example = "1") @QueryParam("key") String key,
            @Parameter(description = "When; now when omitted. With offset, or Berlin wall-clock time without",
                    example = "2026-11-23T10:00") @QueryParam("at") String at,
            @Parameter(description = "The phone system's call id (SIP Call-ID): echoed, and the decision recorded "
                    + "under it", example = "4711-0815@pbx.castrop-rauxel.de") @QueryParam("callId") String callId,
            @Parameter(description = "Current wait in the target queue, seconds, if the phone system knows it; else "
                    + "the wait the host's ACD reported counts", example = "45") @QueryParam("wait") String wait,
            @Context HttpHeaders headers) {
        boolean json = wantsJson(headers);
        String echoedCallId = callId != null && CALL_ID.matcher(callId).matches() ? callId : null;
        DecisionRequest request;
        try {
            if (callId != null && echoedCallId == null) {
                throw InvalidInputProblem.of("callId", CALL_ID_MESSAGE);
            }
            if (key != null && key.length() > MAX_KEY_LENGTH) {
                throw InvalidInputProblem.of("key", "is longer than " + MAX_KEY_LENGTH + " characters");
            }
            request = new DecisionRequest(dialledNumber(number), key == null || key.isEmpty() ? null : key,
                    QueryParameters.optionalTime(at, "at", BerlinTime::parse, BerlinTime.PARSE_FORMAT)
                            .map(instant -> OffsetDateTime.ofInstant(instant, BerlinTime.ZONE)).orElse(null),
                    QueryParameters.optionalInt(wait, "wait", 0, 86_400).orElse(null));
        } catch (InvalidInputProblem e) {
            if (json) {
                throw e;
            }
            FieldError error = e.errors().get(0);
            return line(Response.Status.BAD_REQUEST, DecisionLine.invalid(error.field(), error.message(), echoedCallId));
        }
        try {
            DecisionResponse decision = decisions.decide(request, echoedCallId);
            return json ? Response.ok(decision, MediaType.APPLICATION_JSON_TYPE).build()
                    : line(Response.Status.OK, DecisionLine.of(decision, request.menuOption()));
        } catch (UnknownNumberException e) {
            if (json) {
                throw DecisionService.unknownNumber(request.dialledNumber());
            }
            return line(Response.Status.NOT_FOUND, DecisionLine.unknownNumber(request.dialledNumber(), echoedCallId));
        }
    }

    @GET
    @Path("entry-points")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Every entry point with its fallback target", description = "What a SIP proxy keeps for the "
            + "times it cannot ask routing-service (an outage, a restart): for each number, where its calls go — "
            + "the entry point's own fallbackTarget, else the first rule that routes the menu's default area at any "
            + "hour. As text: one line per number, name=value pairs as in the decision line (number, town, sip, "
            + "e164, rule; no sip and no e164 when the town's rules name no such target). Fetch it at start and every "
            + "few minutes.")
    @APIResponse(responseCode = "200", description = "The entry points, by number", content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    example = "number=+4920417030;town=bottrop;e164=+4920417030100;rule=3\n"
                            + "number=+4923051060;town=castrop-rauxel;e164=+492305106100;rule=6\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Fallback.class))})
    @APIResponse(responseCode = "503", description = "No routing rules known yet (nothing ever reached)")
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    public Response entryPoints(@Context HttpHeaders headers) {
        List<Fallback> fallbacks = decisions.fallbacks();
        return wantsJson(headers) ? Response.ok(fallbacks, MediaType.APPLICATION_JSON_TYPE).build()
                : line(Response.Status.OK, fallbacks.stream().map(DecisionLine::of).collect(Collectors.joining()));
    }

    @GET
    @Path("calls/{callId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN, Roles.HOST_ADMIN, Roles.AGENT, Roles.CITY_ADMIN})
    @Operation(summary = "The decision taken for a call", description = "By the call id the phone system gave with "
            + "the decision request; kept for the last 20,000 such calls by the instance that decided it. Besides "
            + "the phone system, the town called and its host's agents (for the call's area, under a contract in "
            + "force) read it: the agent desktop pops a call by its id and shows its tag.")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(schema = @Schema(implementation = RecordedCall.class)))
    @APIResponse(responseCode = "404", description = "No call with this id decided here recently, or not one the "
            + "caller may read")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWNER_OF_OBJECT, from = "path:callId", area = "object")
    public RecordedCall call(@Parameter(description = "The call id the phone system gave with the decision request",
            example = "4711-0815@pbx.castrop-rauxel.de") @PathParam("callId") String callId) {
        return decisions.call(callId);
    }

    @GET
    @Path("menus")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PHONE_SYSTEM, Roles.PLATFORM_ADMIN, Roles.HOST_ADMIN, Roles.AGENT, Roles.CITY_ADMIN})
    @Operation(summary = "The phone menu of a dialled number", description = "Keys with their areas and labels, the "
            + "default and the no-input timeout: what the phone system plays before asking for the decision with the "
            + "key pressed (or none). Also for the town's people and its host's (the agent desktop tags a call popped "
            + "by number and key from it).")
    @APIResponse(responseCode = "200", description = "The menu",
            content = @Content(schema = @Schema(implementation = MenuResponse.class)))
    @APIResponse(responseCode = "400", description = "number is no phone number; the reason is named")
    @APIResponse(responseCode = "404", description = "No town has this number, or none the caller may read")
    @Access(value = TenantOperation.READ, on = AccessSubject.OWNER_OF_OBJECT, from = "query:number")
    public MenuResponse menu(@Parameter(description = NUMBER, example = "+4923051060", required = true)
                             @QueryParam("number") String number) {
        return decisions.menu(dialledNumber(number));
    }

    /** JSON only when asked for before text: a proxy that sends no Accept, or Accept: *&#47;*, gets the line. */
    private static boolean wantsJson(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static Response line(Response.Status status, String body) {
        return Response.status(status).entity(body).type(DecisionLine.MEDIA_TYPE).build();
    }

    /**
     * Phone systems write numbers in many ways; the routing table knows them in E.164. A number written as an entry
     * point's E.164 (with or without its +) is taken as it is; any other is read in full (libphonenumber), which costs
     * a tenth of a decision.
     */
    private String dialledNumber(String number) {
        String known = decisions.asEntryPointNumber(number);
        if (known != null) {
            return known;
        }
        try {
            return PhoneNumbers.toE164(number);
        } catch (PhoneNumbers.InvalidPhoneNumberException e) {
            throw InvalidInputProblem.of("number", e.getMessage());
        }
    }
}
