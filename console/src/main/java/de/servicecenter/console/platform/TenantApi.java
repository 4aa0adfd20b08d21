package de.servicecenter.console.platform;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tenant-service: towns, service areas, contracts, opening status. */
@RegisterRestClient(configKey = "tenant-service")
@RegisterProvider(UserAccessToken.class)
public interface TenantApi {

    @GET
    @Path("/api/v1/towns/{town}")
    Town town(@PathParam("town") String town);

    /** Every town of the network (platform admins only), one page. */
    @GET
    @Path("/api/v1/towns")
    TownPage towns(@QueryParam("page") int page, @QueryParam("size") int size);

    /** The service centers of the user's own town. */
    @GET
    @Path("/api/v1/service-centers")
    List<ServiceCenter> serviceCenters();

    @GET
    @Path("/api/v1/service-areas/{code}")
    ServiceArea serviceArea(@PathParam("code") String code);

    /** The catalog of service areas (the same for every town). */
    @GET
    @Path("/api/v1/service-areas")
    List<ServiceArea> serviceAreas();

    /** Each area's name by its code, for the screens; empty when tenant-service does not answer (codes are shown). */
    default Map<String, String> areaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Answers.optional(this::serviceAreas).orElse(List.of()).forEach(area -> names.put(area.code(), area.name()));
        return names;
    }

    /** The user's own town's contracts with {@code clientTown} as the client. */
    @GET
    @Path("/api/v1/contracts")
    List<Contract> contractsWith(@QueryParam("clientTown") String clientTown);

    /** Open now, and who answers the phone (public; the token does no harm). */
    @GET
    @Path("/public/v1/towns/{town}/opening-status")
    OpeningStatus openingStatus(@PathParam("town") String town, @QueryParam("serviceArea") String serviceArea);

    /** The same at another time: the week around {@code at} (the admin's preview). */
    @GET
    @Path("/public/v1/towns/{town}/opening-status")
    OpeningStatus openingStatusAt(@PathParam("town") String town, @QueryParam("serviceArea") String serviceArea,
                                  @QueryParam("at") String at);

    @GET
    @Path("/public/v1/service-centers/{serviceCenter}/opening-status")
    ScheduleStatus centerStatusAt(@PathParam("serviceCenter") String serviceCenter, @QueryParam("at") String at);

    /** Every contract the user's town is a party to (a platform admin: all). */
    @GET
    @Path("/api/v1/contracts")
    List<Contract> contracts();

    /** One contract, with its version as ETag (for the If-Match of the next step). */
    @GET
    @Path("/api/v1/contracts/{contract}")
    Response contract(@PathParam("contract") UUID contract);

    @POST
    @Path("/api/v1/contracts/{contract}/acceptance")
    Response accept(@PathParam("contract") UUID contract, @HeaderParam("If-Match") String version);

    @POST
    @Path("/api/v1/contracts/{contract}/rejection")
    Response reject(@PathParam("contract") UUID contract, @HeaderParam("If-Match") String version,
                    Rejection rejection);

    @POST
    @Path("/api/v1/contracts/{contract}/activation")
    Response activate(@PathParam("contract") UUID contract, @HeaderParam("If-Match") String version);

    /** A town's schedules: its offices', and its centers' when it hosts. */
    @GET
    @Path("/api/v1/schedules")
    List<Schedule> schedules(@QueryParam("town") String town);

    /** One schedule, with its version as ETag. */
    @GET
    @Path("/api/v1/schedules/{schedule}")
    Response schedule(@PathParam("schedule") UUID schedule);

    @PUT
    @Path("/api/v1/schedules/{schedule}")
    Response replaceSchedule(@PathParam("schedule") UUID schedule, @HeaderParam("If-Match") String version,
                             ScheduleChange change);

    @POST
    @Path("/api/v1/schedules/{schedule}/exceptions")
    Response addException(@PathParam("schedule") UUID schedule, ExceptionChange exception);

    @DELETE
    @Path("/api/v1/schedules/{schedule}/exceptions/{exception}")
    Response removeException(@PathParam("schedule") UUID schedule, @PathParam("exception") UUID exception);

    record Town(String id, String name, String kind, String ags, String federalState, List<String> centralNumbers,
                String status, Address address) {
    }

    record Address(String streetAddress, String postalCode, String locality) {
    }

    record TownPage(List<Town> items, int page, long totalItems, int totalPages) {
    }

    record ServiceCenter(String id, String hostTown, String name, List<String> phoneNumbers, String status) {
    }

    record ServiceArea(String code, String name) {
    }

    record Contract(String id, String hostTown, String clientTown, String serviceCenter, boolean allServiceAreas,
                    List<String> serviceAreas, LocalDate signedOn, LocalDate validFrom, LocalDate validUntil,
                    LocalDate pilotPhaseEndsOn, String status, List<HistoryStep> history) {

        public boolean covers(String serviceArea) {
            return allServiceAreas || serviceAreas != null && serviceAreas.contains(serviceArea);
        }
    }

    record HistoryStep(String step, String party, String by, Instant at, long version, String note) {
    }

    record Rejection(String reason) {
    }

    record Schedule(UUID id, String town, String serviceCenter, String serviceArea, String name,
                    String publicHolidays, List<WeeklyPeriod> weeklyPeriods, List<ScheduleException> exceptions) {
    }

    record WeeklyPeriod(LocalDate validFrom, LocalDate validUntil, List<WeeklyRule> rules) {
    }

    record WeeklyRule(List<String> days, String opens, String closes) {
    }

    record ScheduleException(UUID id, LocalDate firstDay, LocalDate lastDay, boolean closed, List<Interval> hours,
                             String reason) {
    }

    /** What a replacement of a schedule's hours sends: the owner stays, name, holidays and periods change. */
    record ScheduleChange(String town, String serviceCenter, String serviceArea, String name, String publicHolidays,
                          List<WeeklyPeriod> weeklyPeriods) {
    }

    record ExceptionChange(LocalDate firstDay, LocalDate lastDay, boolean closed, List<Interval> hours,
                           String reason) {
    }

    record OpeningStatus(String town, String townName, String serviceArea, String serviceAreaName, OffsetDateTime at,
                         ScheduleStatus office, PhoneStatus phone) {
    }

    record PhoneStatus(String answeredBy, String answeredByName, boolean underContract, ScheduleStatus hours) {
    }

    record ScheduleStatus(String name, boolean open, OffsetDateTime openUntil, OffsetDateTime nextOpening,
                          ClosedReason closedReason, Day today, List<Day> week) {
    }

    record ClosedReason(String kind, String label, String text) {
    }

    record Day(LocalDate date, String weekdayName, List<Interval> intervals, String kind, String note) {
    }

    record Interval(LocalTime opens, LocalTime closes) {
    }
}
