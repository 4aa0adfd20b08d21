package de.servicecenter.tenant.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.caching.CacheableResponses;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.tenant.portal.PortalViews.Holiday;
import de.servicecenter.tenant.portal.PortalViews.ScheduleStatus;
import de.servicecenter.tenant.portal.PortalViews.ScheduleSummary;
import de.servicecenter.tenant.portal.PortalViews.TownStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public API for city portals: no login, cacheable. Every answer carries a strong ETag (send it back as
 * If-None-Match for a 304) and {@code Cache-Control: public, max-age}: for "now" at most a minute and never
 * past the next opening or closing; for a fixed {@code at}, five minutes.
 */
@Path("/public/v1")
@PermitAll
@Tag(name = "Public opening hours", description = "For city portals, without login: open now, until when, next "
        + "opening, why closed, today and this week, who answers the phone; public holidays; OpenStreetMap and "
        + "schema.org exports. Times are Europe/Berlin.")
@APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
@Access(value = TenantOperation.READ, on = AccessSubject.PUBLIC)
public class PublicOpeningHoursResource {

    static final Duration NOW_MAX_AGE = Duration.ofSeconds(60);
    static final Duration FIXED_MAX_AGE = Duration.ofMinutes(5);
    static final Duration STATIC_MAX_AGE = Duration.ofHours(1);
    static final MediaType JSON_LD = new MediaType("application", "ld+json");
    private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE.withCharset(StandardCharsets.UTF_8.name());
    static final String CALENDAR = "text/calendar";
    private static final MediaType CALENDAR_TYPE = new MediaType("text", "calendar", StandardCharsets.UTF_8.name());
    /** How far the iCalendar feed reaches: half a year, renewed daily. */
    static final int FEED_DAYS = 183;

    private final NowAnswers nowAnswers;
    private final PortalService portal;
    private final ObjectMapper json;
    private final Clock clock;

    PublicOpeningHoursResource(PortalService portal, NowAnswers nowAnswers, ObjectMapper json, Clock clock) {
        this.nowAnswers = nowAnswers;
        this.clock = clock;
        this.portal = portal;
        this.json = json;
    }

    @GET
    @Path("towns/{town}/opening-status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open now? And who answers the phone?", description = "For a town, optionally one service "
            + "area: the office's status (open, until when, next opening, why closed, today, this week) and who "
            + "answers the phone at that instant - the town itself, or the host's service center under contract, "
            + "with that center's status. Ask for any instant with at: \"open on Saturday?\"")
    @APIResponse(responseCode = "200", description = "The status",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")},
            content = @Content(schema = @Schema(implementation = TownStatus.class),
                    examples = @ExampleObject(name = "Castrop-Rauxel Bürgerbüro", value = PortalExamples.TOWN_STATUS)))
    @APIResponse(responseCode = "400", description = "at is not an ISO-8601 date-time, or the area is unknown")
    @APIResponse(responseCode = "404", description = "No such active town")
    public Response tenantStatus(
            @Parameter(example = "castrop-rauxel") @PathParam("town") String tenant,
            @Parameter(description = "Service area code", example = "buergerbuero") @QueryParam("serviceArea") String area,
            @Parameter(description = "Instant to answer for; now when omitted. With offset, or Berlin time without",
                    example = "2026-11-28T10:00:00+01:00") @QueryParam("at") String at,
            @Context Request request) {
        if (at != null) {
            TownStatus status = portal.tenantStatus(tenant, Optional.ofNullable(area),
                    PortalService.instant(at, portal.currentMinute()));
            return cacheable(request, status, FIXED_MAX_AGE);
        }
        NowAnswers.NowAnswer answer = nowAnswers.answer(tenant, area);
        return CacheableResponses.of(request, answer.answer(), MediaType.APPLICATION_JSON_TYPE,
                nowAnswers.maxAge(answer));
    }

    @GET
    @Path("service-centers/{serviceCenter}/opening-status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Is a service center open?", description = "The center's phone hours at an instant.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(schema = @Schema(implementation = ScheduleStatus.class)))
    @APIResponse(responseCode = "404", description = "No such center, or it publishes no hours")
    public Response centerStatus(@Parameter(example = "servicecenter-kreis-soest") @PathParam("serviceCenter") String center,
                                 @Parameter(example = "2026-11-28T10:00:00+01:00") @QueryParam("at") String at,
                                 @Context Request request) {
        Instant now = portal.currentMinute();
        ScheduleStatus status = portal.centerStatus(center, PortalService.instant(at, now));
        return cacheable(request, status, at == null ? untilNextChange(status.nextChange(), clock.instant())
                : FIXED_MAX_AGE);
    }

    @GET
    @Path("towns/{town}/schedules")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A town's published schedules", description = "Its offices' and its centers' schedules, for "
            + "the exports below.")
    @APIResponse(responseCode = "200", description = "The schedules",
            content = @Content(schema = @Schema(implementation = ScheduleSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such active town")
    public Response schedules(@Parameter(example = "castrop-rauxel") @PathParam("town") String tenant,
                              @Context Request request) {
        return cacheable(request, portal.schedulesOf(tenant), NOW_MAX_AGE);
    }

    @GET
    @Path("schedules/{schedule}/opening-hours.osm")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Export as OpenStreetMap opening_hours", description = "The schedule from today on, in the "
            + "syntax of OpenStreetMap's opening_hours key.")
    @APIResponse(responseCode = "200", description = "The opening_hours value", content = @Content(
            mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
            description = "An opening_hours value (https://wiki.openstreetmap.org/wiki/Key:opening_hours)"),
            examples = @ExampleObject(name = "Kreis Soest", value = PortalExamples.OSM)))
    @APIResponse(responseCode = "404", description = "No such schedule")
    public Response osm(@PathParam("schedule") UUID id, @Context Request request) {
        String value = portal.osm(id, BerlinTime.dateOf(clock.instant()));
        return CacheableResponses.of(request, value.getBytes(StandardCharsets.UTF_8), TEXT, STATIC_MAX_AGE);
    }

    @GET
    @Path("schedules/{schedule}/opening-hours.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Subscribe as an iCalendar feed", description = "RFC 5545: every opening of the coming "
            + "six months as an event in Europe/Berlin time, and every closure (public holidays, the town's own "
            + "closures) as an all-day event. UIDs are stable, so calendars update rather than duplicate.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = CALENDAR,
            schema = @Schema(type = SchemaType.STRING, description = "An iCalendar object (RFC 5545)"),
            examples = @ExampleObject(name = "one opening", value = PortalExamples.ICALENDAR)))
    @APIResponse(responseCode = "404", description = "No such schedule")
    public Response iCalendar(@PathParam("schedule") UUID id, @Context Request request) {
        String feed = portal.iCalendar(id, BerlinTime.dateOf(clock.instant()), FEED_DAYS);
        return CacheableResponses.of(request, feed.getBytes(StandardCharsets.UTF_8), CALENDAR_TYPE, STATIC_MAX_AGE);
    }

    @GET
    @Path("schedules/{schedule}/opening-hours.jsonld")
    @Produces("application/ld+json")
    @Operation(summary = "Export as schema.org JSON-LD", description = "OpeningHoursSpecification entries: weekly hours "
            + "with validity, and the holidays and exceptions of the coming year as closed or special days.")
    @APIResponse(responseCode = "200", description = "A JSON-LD document", content = @Content(
            mediaType = "application/ld+json", schema = @Schema(type = SchemaType.OBJECT,
            description = "A schema.org GovernmentService with its provider's address, phone numbers and "
                    + "OpeningHoursSpecification entries"),
            examples = @ExampleObject(name = "Kreis Soest", value = PortalExamples.JSON_LD)))
    @APIResponse(responseCode = "404", description = "No such schedule")
    public Response schemaOrg(@PathParam("schedule") UUID id, @Context Request request) {
        return cacheable(request, portal.schemaOrg(id, BerlinTime.dateOf(clock.instant())), STATIC_MAX_AGE, JSON_LD);
    }

    @GET
    @Path("public-holidays/{state}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public holidays of a federal state", description = "Statewide statutory holidays by the "
            + "state's law, with their German names.")
    @APIResponse(responseCode = "200", description = "The holidays in date order",
            content = @Content(schema = @Schema(implementation = Holiday.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "NRW 2026", value = PortalExamples.HOLIDAYS)))
    @APIResponse(responseCode = "400", description = "Unknown state or year out of range")
    public Response holidays(@Parameter(description = "The federal state, ISO 3166-2", example = "DE-NW") @PathParam("state") String state,
                             @Parameter(description = "The year, 1900 to 2199", example = "2026") @PathParam("year") int year, @Context Request request) {
        return cacheable(request, portal.holidays(state, year), STATIC_MAX_AGE);
    }

    /** At most a minute, never past the next change, and at least a second. */
    static Duration untilNextChange(Optional<Instant> nextChange, Instant now) {
        Duration max = nextChange.map(change -> Duration.between(now, change)).filter(left -> left.compareTo(NOW_MAX_AGE) < 0)
                .orElse(NOW_MAX_AGE);
        return max.isNegative() || max.isZero() ? Duration.ofSeconds(1) : max;
    }

    private Response cacheable(Request request, Object body, Duration maxAge) {
        return cacheable(request, body, maxAge, MediaType.APPLICATION_JSON_TYPE);
    }

    private Response cacheable(Request request, Object body, Duration maxAge, MediaType type) {
        try {
            return CacheableResponses.of(request, json.writeValueAsBytes(body), type, maxAge);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
