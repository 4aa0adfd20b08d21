package de.servicecenter.console.platform;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** contact-service: the contact log and the KPIs. */
@RegisterRestClient(configKey = "contact-service")
@RegisterProvider(UserAccessToken.class)
public interface ContactApi {

    /** Logs a contact once: the same key again answers with the contact logged first. */
    @POST
    @Path("/api/v1/contacts")
    Response log(@HeaderParam("Idempotency-Key") String idempotencyKey, NewContact contact);

    /** A logged contact, for its host's and its town's people. */
    @GET
    @Path("/api/v1/contacts/{contact}")
    LoggedContact contact(@PathParam("contact") UUID contact);

    @GET
    @Path("/api/v1/towns/{town}/kpis")
    KpiReport kpis(@PathParam("town") String town, @QueryParam("from") String from, @QueryParam("to") String to,
                   @QueryParam("groupBy") String groupBy);

    /** The same as CSV for spreadsheets (decimal comma). */
    @GET
    @Path("/api/v1/towns/{town}/kpis")
    @Produces("text/csv")
    Response kpisCsv(@PathParam("town") String town, @QueryParam("from") String from, @QueryParam("to") String to,
                     @QueryParam("groupBy") String groupBy, @QueryParam("decimal") String decimal);

    /** Hands a question over to the town's responsible unit (contact-service finds it in the town's directory). */
    @POST
    @Path("/api/v1/handoffs")
    Response handOver(NewHandoff handoff);

    /** The handoffs of the user's tenant, as host or town; only the overdue ones if asked. */
    @GET
    @Path("/api/v1/handoffs")
    List<HandoffSummary> handoffs(@QueryParam("overdue") boolean overdue);

    @GET
    @Path("/api/v1/handoffs/{handoff}")
    Response handoff(@PathParam("handoff") UUID handoff);

    @POST
    @Path("/api/v1/handoffs/{handoff}/status")
    Response changeStatus(@PathParam("handoff") UUID handoff, StatusChange change);

    /** Live reachability (public): today and the last hour. */
    @GET
    @Path("/public/v1/towns/{town}/reachability")
    Reachability reachability(@PathParam("town") String town);

    /** A contract's statement for a month, as CSV. */
    @GET
    @Path("/api/v1/contracts/{contract}/statements/{month}")
    @Produces("text/csv")
    Response statementCsv(@PathParam("contract") UUID contract, @PathParam("month") String month,
                          @QueryParam("decimal") String decimal);

    /** Agents per half-hour for next week's forecast calls, and posts per week. */
    @GET
    @Path("/api/v1/service-centers/{serviceCenter}/planning/staffing")
    Staffing staffing(@PathParam("serviceCenter") String serviceCenter, @QueryParam("serviceLevel") int serviceLevel,
                      @QueryParam("withinSeconds") int withinSeconds);

    @GET
    @Path("/api/v1/service-centers/{serviceCenter}/planning/staffing")
    @Produces("text/csv")
    Response staffingCsv(@PathParam("serviceCenter") String serviceCenter, @QueryParam("serviceLevel") int serviceLevel,
                         @QueryParam("withinSeconds") int withinSeconds, @QueryParam("decimal") String decimal);

    /** What taking over a town would mean; changes nothing. */
    @POST
    @Path("/api/v1/service-centers/{serviceCenter}/planning/what-if")
    Cooperation whatIf(@PathParam("serviceCenter") String serviceCenter, CooperationQuestion question);

    /** What a contract in force takes at the host: the client's calls, the posts for them, the year's cost. */
    @GET
    @Path("/api/v1/contracts/{contract}/planning")
    Cooperation contractPlanning(@PathParam("contract") String contract);

    /** Stores the agents a host planned per half-hour, straight from its roster spreadsheet; all or nothing. */
    @PUT
    @Path("/api/v1/service-centers/{serviceCenter}/planning/staff-plan.csv")
    @Consumes("text/csv")
    Response uploadStaffPlan(@PathParam("serviceCenter") String serviceCenter, String csv);

    /** The plan held against what happened, per half-hour with agents planned or calls offered. */
    @GET
    @Path("/api/v1/service-centers/{serviceCenter}/planning/plan-vs-actual")
    PlanVsActual planVsActual(@PathParam("serviceCenter") String serviceCenter, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("serviceLevel") int serviceLevel,
                              @QueryParam("withinSeconds") int withinSeconds);

    @GET
    @Path("/api/v1/service-centers/{serviceCenter}/planning/plan-vs-actual")
    @Produces("text/csv")
    Response planVsActualCsv(@PathParam("serviceCenter") String serviceCenter, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("serviceLevel") int serviceLevel,
                             @QueryParam("withinSeconds") int withinSeconds, @QueryParam("decimal") String decimal);

    record Reachability(String town, int serviceLevelSeconds, ReachabilityWindow today, ReachabilityWindow lastHour) {
    }

    record ReachabilityWindow(long calls, Double answeredShare, Double serviceLevel, Double averageWaitSeconds) {
    }

    record NewContact(String town, String serviceCenter, String channel, OffsetDateTime arrivedAt,
                      OffsetDateTime endedAt, int waitingSeconds, int talkSeconds, int wrapUpSeconds, String outcome,
                      String serviceArea, String leikaKey, List<UUID> articles, String agent, String note,
                      TransferTarget transferredTo) {
    }

    /** Whom a forwarded caller was put through to, as the town's directory named it. */
    record TransferTarget(String unit, String contactPoint, String number) {
    }

    record LoggedContact(UUID id, String town, String serviceCenter, String outcome, String serviceArea,
                         String leikaKey, List<String> articles, String note, TransferTarget transferredTo) {
    }

    record NewHandoff(String town, String serviceCenter, String serviceArea, String leikaKey, String question,
                      String callerName, String callbackNumber, Boolean callbackConsent, String surname,
                      String postalCode, String street, UUID contact) {
    }

    record HandoffUnit(String id, String name, String mail) {
    }

    record HandoffSummary(UUID id, String town, String hostTenant, String serviceArea, String leikaKey,
                          HandoffUnit unit, OffsetDateTime createdAt, OffsetDateTime dueAt, String status,
                          boolean overdue) {
    }

    record Handoff(UUID id, String town, String hostTenant, String serviceCenter, String serviceArea, String leikaKey,
                   UUID contact, HandoffUnit unit, String question, String callerName, String callbackNumber,
                   OffsetDateTime callbackConsentAt, OffsetDateTime createdAt, OffsetDateTime dueAt, String status,
                   OffsetDateTime closedAt, boolean overdue, Boolean answeredWithinPromise, OffsetDateTime notifiedAt,
                   OffsetDateTime erasedAt, List<HandoffEvent> history) {
    }

    record HandoffEvent(OffsetDateTime at, String status, String actor, String actorTenant, String comment) {
    }

    record StatusChange(String status, String comment) {
    }

    record KpiReport(String town, String from, String to, String groupBy, Figures total, List<Figures> groups,
                     HandoffFigures handoffs) {
    }

    record HandoffFigures(long created, long answered, long answeredWithinPromise, long returned, long open,
                          long overdue, Double answeredWithinPromiseRate, Double resolutionRateIncludingHandoffs) {
    }

    record Figures(String group, long offered, long answered, long abandoned, Double abandonmentRate,
                   List<ServiceLevel> serviceLevels, Double averageSpeedOfAnswerSeconds,
                   Double averageHandlingSeconds, Double firstContactResolutionRate) {
    }

    record ServiceLevel(int thresholdSeconds, long answeredWithin, Double rate) {
    }

    record PlanningAssumptions(String model, double targetShare, int targetSeconds, double handlingSeconds,
                               Double patienceSeconds, double shrinkage, double weeklyHours) {
    }

    record Staffing(String serviceCenter, PlanningAssumptions assumptions, List<StaffingWeek> weeks,
                    List<StaffingInterval> intervals) {
    }

    record StaffingWeek(String weekStart, double calls, double agentHours, double fullTimeEquivalents) {
    }

    record StaffingInterval(String date, String start, double calls, int agents, double serviceLevel) {
    }

    record StaffPlanSaved(String serviceCenter, int intervals, String from, String to) {
    }

    record PlanVsActual(String serviceCenter, String from, String to, PlanVsActualTotals totals,
                        List<PlanVsActualInterval> intervals) {
    }

    record PlanVsActualTotals(double forecastCalls, long offeredCalls, Double predictedServiceLevel,
                              Double measuredServiceLevel) {
    }

    record PlanVsActualInterval(String date, String start, Integer plannedAgents, double forecastCalls,
                                Double predictedServiceLevel, long offeredCalls, Double expectedForOfferedCalls,
                                Double measuredServiceLevel) {
    }

    record CooperationQuestion(String town, int callsPerMonth, List<String> serviceAreas, Target target) {
    }

    record Target(double share, int withinSeconds) {
    }

    record Cooperation(String town, double callsPerMonth, PlanningAssumptions assumptions, double fteToday,
                       double fteWithTown, double additionalFte, double serviceLevelToday,
                       double serviceLevelWithTownAndTodaysAgents, YearlyCost yearlyCost,
                       List<CooperationInterval> week) {
    }

    record YearlyCost(java.math.BigDecimal fteShare, java.math.BigDecimal perCall, java.math.BigDecimal perMinute,
                      java.math.BigDecimal flatFee) {
    }

    record CooperationInterval(String day, String start, double hostCalls, double townCalls, int agentsToday,
                               int agentsWithTown, int additionalAgents) {
    }
}
