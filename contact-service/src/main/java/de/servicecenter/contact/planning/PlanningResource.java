package de.servicecenter.contact.planning;

import de.servicecenter.commons.csv.CsvTable;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.validation.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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

@Path("/api/v1")
@Tag(name = "Capacity planning", description = "How many agents the calls need, half-hour by half-hour, and what "
        + "taking over a town would mean: forecasts from the contact log, staffing with Erlang C or Erlang A, "
        + "what-ifs for a new cooperation, the host's plan against what happened")
@SecurityRequirement(name = "bearer")
public class PlanningResource {

    private static final String CSV = " As JSON, or as CSV with Accept: text/csv (UTF-8, semicolons; decimal=comma "
            + "for German spreadsheets).";

    private final PlanningService planning;
    private final Validator validator;

    PlanningResource(PlanningService planning, Validator validator) {
        this.planning = planning;
        this.validator = validator;
    }

    /** How to staff: the query parameters of staffing, plan vs. actual and a contract's planning. */
    public static class StaffingParameters {
        @QueryParam("serviceLevel")
        @Parameter(description = "Percent of calls to answer within withinSeconds; 80 when omitted (the 115 promise "
                + "is 75 within 30)", example = "80")
        String serviceLevel;
        @QueryParam("withinSeconds")
        @Parameter(description = "The target's seconds; 20 when omitted", example = "20")
        String withinSeconds;
        @QueryParam("model")
        @Parameter(description = "ERLANG_C or ERLANG_A; Erlang A when callers hung up in the history, else Erlang C",
                example = "ERLANG_A")
        String model;
        @QueryParam("shrinkage")
        @Parameter(description = "Percent of paid hours not on the phone (breaks, training, absence); 30 when "
                + "omitted", example = "30")
        String shrinkage;
        @QueryParam("weeklyHours")
        @Parameter(description = "Paid hours of a full-time post a week; 39 (TVöD) when omitted", example = "39")
        String weeklyHours;
        @QueryParam("leastAgents")
        @Parameter(description = "Agents present whenever the center is open; 1 when omitted", example = "2")
        String leastAgents;
        @QueryParam("decimal")
        @Parameter(description = "CSV only: point (default) or comma", example = "comma")
        String decimal;

        StaffingSettings settings() {
            int share = QueryParameters.optionalInt(serviceLevel, "serviceLevel", 1, 99).orElse(80);
            int seconds = QueryParameters.optionalInt(withinSeconds, "withinSeconds", 1, 600).orElse(20);
            return new StaffingSettings(new ServiceTarget(share / 100.0, seconds),
                    QueryParameters.optionalEnum(model, "model", QueueModelName.class),
                    QueryParameters.optionalInt(shrinkage, "shrinkage", 0, 90).map(p -> p / 100.0)
                            .orElse(StaffingSettings.DEFAULT_SHRINKAGE),
                    QueryParameters.optionalInt(weeklyHours, "weeklyHours", 1, 60).map(Integer::doubleValue)
                            .orElse(StaffingSettings.DEFAULT_WEEKLY_HOURS),
                    QueryParameters.optionalInt(leastAgents, "leastAgents", 0, 100)
                            .orElse(StaffingSettings.DEFAULT_LEAST_AGENTS));
        }
    }

    @GET
    @Path("service-centers/{serviceCenter}/planning/forecast")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Forecast of the center's calls", description = "Phone calls expected per Berlin day and "
            + "half-hour, from the last 26 weeks of the contact log: the weekday's level and profile over the day, "
            + "a damped trend, nothing on the center's holidays and closures (and the town's, for one town), more on "
            + "the day after them, as the history showed." + CSV)
    @APIResponse(responseCode = "200", description = "The forecast", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForecastReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = "date;start;calls\r\n2026-12-07;08:00;18.25\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @APIResponse(responseCode = "422", description = "The center has no phone hours to plan by")
    @APIResponse(responseCode = "503", description = "The calendars (tenant-service) cannot be read just now")
    @Access(value = TenantOperation.READ, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public Response forecast(@PathParam("serviceCenter") String serviceCenter,
                             @Parameter(description = "First day; next Monday when omitted", example = "2026-12-07")
                             @QueryParam("from") String from,
                             @Parameter(description = "Weeks, 1 to 8; 4 when omitted", example = "4")
                             @QueryParam("weeks") String weeks,
                             @Parameter(description = "Only this town's calls", example = "castrop-rauxel")
                             @QueryParam("town") String town,
                             @Parameter(description = "Only this service area's calls", example = "buergerbuero")
                             @QueryParam("serviceArea") String serviceArea,
                             @Parameter(description = "CSV only: point (default) or comma", example = "comma")
                             @QueryParam("decimal") String decimal,
                             @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(decimal);
        ForecastReport report = planning.forecast(serviceCenter, QueryParameters.optionalDate(from, "from"),
                weeks(weeks, 4), filter(town), filter(serviceArea));
        return respond(report, headers, () -> PlanningCsv.forecast(report, decimalComma),
                "forecast-" + serviceCenter + ".csv");
    }

    @GET
    @Path("service-centers/{serviceCenter}/planning/staffing")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Agents the center needs", description = "Per open half-hour, the fewest agents that "
            + "reach the target for the forecast calls (Erlang C, or Erlang A with the callers' patience from the "
            + "abandoned calls), with the mean handling time (talk and wrap-up) of the last 8 weeks; per week the "
            + "full-time posts those agent-hours take with shrinkage." + CSV)
    @APIResponse(responseCode = "200", description = "The staffing", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffingReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = "date;start;calls;agents;serviceLevel;abandonment;"
                            + "averageWaitSeconds;occupancy\r\n2026-12-07;08:00;18.25;4;0.842;0.012;6.1;0.61\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @APIResponse(responseCode = "422", description = "The center has no phone hours or no answered calls to plan by")
    @APIResponse(responseCode = "503", description = "The calendars (tenant-service) cannot be read just now")
    @Access(value = TenantOperation.READ, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public Response staffing(@PathParam("serviceCenter") String serviceCenter,
                             @Parameter(description = "First day, a Monday; next Monday when omitted",
                                     example = "2026-12-07") @QueryParam("from") String from,
                             @Parameter(description = "Weeks, 1 to 8; 1 when omitted", example = "1")
                             @QueryParam("weeks") String weeks,
                             @BeanParam StaffingParameters parameters, @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(parameters.decimal);
        Optional<LocalDate> start = QueryParameters.optionalDate(from, "from");
        start.filter(day -> day.getDayOfWeek() != java.time.DayOfWeek.MONDAY).ifPresent(day -> {
            throw InvalidInputProblem.of("from", "must be a Monday: staffing is planned in weeks");
        });
        StaffingReport report = planning.staffing(serviceCenter, start, weeks(weeks, 1), parameters.settings());
        return respond(report, headers, () -> PlanningCsv.staffing(report, decimalComma),
                "staffing-" + serviceCenter + ".csv");
    }

    @GET
    @Path("service-centers/{serviceCenter}/planning/backtest")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "How good the forecast is", description = "Rolling-origin backtest on the center's history: "
            + "from every Monday after the first 8 weeks, the forecast of the next weeks against what came, as WAPE "
            + "per horizon, beside the two naive forecasts (same weekday last week; mean of the last four).")
    @APIResponse(responseCode = "200", description = "The backtest",
            content = @Content(schema = @Schema(implementation = BacktestReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @APIResponse(responseCode = "422", description = "The center has no phone hours to plan by")
    @APIResponse(responseCode = "503", description = "The calendars (tenant-service) cannot be read just now")
    @Access(value = TenantOperation.READ, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public BacktestReport backtest(@PathParam("serviceCenter") String serviceCenter,
                                   @Parameter(description = "Only this town's calls", example = "bottrop")
                                   @QueryParam("town") String town,
                                   @Parameter(description = "Only this service area's calls", example = "buergerbuero")
                                   @QueryParam("serviceArea") String serviceArea,
                                   @Parameter(description = "Horizons, 1 to 8 weeks; 4 when omitted", example = "4")
                                   @QueryParam("weeks") String weeks) {
        return planning.backtest(serviceCenter, filter(town), filter(serviceArea), weeks(weeks, 4));
    }

    @POST
    @Path("service-centers/{serviceCenter}/planning/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "What taking over a town would mean", description = "For a town described by its "
            + "expected calls a month and areas: its calls spread over a typical week of the center like the center's "
            + "own calls in those areas (or like another town's), the agents per half-hour the center needs without "
            + "and with them, the full-time posts, the service level if the center kept today's agents, and the "
            + "year's cost under each cost model. Changes nothing." + CSV)
    @APIResponse(responseCode = "200", description = "The what-if", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperationReport.class),
                    examples = @ExampleObject(name = "Castrop-Rauxel at Bochum", value = PlanningExamples.WHAT_IF)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The request is invalid; every wrong field named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @APIResponse(responseCode = "422", description = "The center has no phone hours, answered calls or calls of these "
            + "areas to plan by")
    @APIResponse(responseCode = "503", description = "The calendars (tenant-service) cannot be read just now")
    @Access(value = TenantOperation.READ, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public Response whatIf(@PathParam("serviceCenter") String serviceCenter,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = CooperationRequest.class), examples = @ExampleObject(
                                   name = "Castrop-Rauxel, 4,000 calls a month", value = PlanningExamples.WHAT_IF_REQUEST)))
                           @Valid @NotNull CooperationRequest request,
                           @Parameter(description = "CSV only: point (default) or comma", example = "comma")
                           @QueryParam("decimal") String decimal,
                           @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(decimal);
        CooperationReport report = planning.whatIf(serviceCenter, request);
        return respond(report, headers, () -> PlanningCsv.cooperation(report, decimalComma),
                "what-if-" + serviceCenter + ".csv");
    }

    @GET
    @Path("contracts/{contract}/planning")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "What a contract's calls take", description = "For both parties of a contract: the client "
            + "town's calls in the contract's areas as forecast from its history at the host's center, the agents "
            + "and full-time posts they take beyond the center's other calls, and their year's cost under each cost "
            + "model (the contract's own prices first) — to hold against what the contract says." + CSV)
    @APIResponse(responseCode = "200", description = "The planning", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperationReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such contract, or you are not a party to it")
    @APIResponse(responseCode = "422", description = "The center has no phone hours or no answered calls to plan by")
    @APIResponse(responseCode = "503", description = "The calendars (tenant-service) cannot be read just now")
    @Access(value = TenantOperation.READ, on = AccessSubject.PARTY_OF_OBJECT, from = "path:contract")
    public Response contract(@PathParam("contract") String contract, @BeanParam StaffingParameters parameters,
                             @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(parameters.decimal);
        CooperationReport report = planning.contract(contract, parameters.settings());
        return respond(report, headers, () -> PlanningCsv.cooperation(report, decimalComma),
                "planning-" + report.town() + ".csv");
    }

    @PUT
    @Path("service-centers/{serviceCenter}/planning/staff-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Enter the agents planned", description = "The agents the host plans (or rostered) per "
            + "Berlin half-hour. Each half-hour replaces what was planned for it before; all or nothing: one wrong "
            + "interval stores none. At most 62 days at a time. A roster spreadsheet goes to the same place as CSV: "
            + "PUT …/staff-plan.csv.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StaffPlan.class),
            examples = @ExampleObject(name = "Monday morning", value = PlanningExamples.STAFF_PLAN)))
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = StaffPlan.Saved.class)))
    @APIResponse(responseCode = "400", description = "The plan is invalid; every wrong field named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public StaffPlan.Saved savePlan(@PathParam("serviceCenter") String serviceCenter, @Valid @NotNull StaffPlan plan) {
        return planning.savePlan(serviceCenter, plan);
    }

    @PUT
    @Path("service-centers/{serviceCenter}/planning/staff-plan.csv")
    @Consumes(CsvTable.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Upload the agents planned as CSV", description = "The same as PUT …/staff-plan, straight "
            + "from a roster spreadsheet: a header naming the columns " + PlanningCsv.PLAN_HEADER + " (semicolons or "
            + "commas), then a row per half-hour. Every wrong cell is named by its line; one wrong line stores none.")
    @RequestBody(required = true, content = @Content(mediaType = CsvTable.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "Monday morning", value = PlanningCsv.PLAN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = StaffPlan.Saved.class)))
    @APIResponse(responseCode = "400", description = "The plan is invalid; every wrong line named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public StaffPlan.Saved uploadPlan(@PathParam("serviceCenter") String serviceCenter, String csv) {
        StaffPlan plan = PlanningCsv.plan(csv == null ? "" : csv);
        Set<ConstraintViolation<StaffPlan>> violations = validator.validate(plan);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return planning.savePlan(serviceCenter, plan);
    }

    @GET
    @Path("service-centers/{serviceCenter}/planning/plan-vs-actual")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Plan against what happened", description = "Per half-hour with agents planned or calls "
            + "offered: the service level the plan predicted with the forecast made at the start of its week, the one "
            + "the planned agents give for the calls that came (a wrong forecast or a wrong model?), and the one "
            + "measured (answered within the target's seconds among offered calls, as the KPIs count it)." + CSV)
    @APIResponse(responseCode = "200", description = "The comparison", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanVsActual.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours")
    @APIResponse(responseCode = "422", description = "The center has no phone hours or no answered calls to plan by")
    @APIResponse(responseCode = "503", description = "The calendars (tenant-service) cannot be read just now")
    @Access(value = TenantOperation.READ, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public Response planVsActual(@PathParam("serviceCenter") String serviceCenter,
                                 @Parameter(description = "First day", required = true, example = "2026-11-23")
                                 @QueryParam("from") String from,
                                 @Parameter(description = "Last day, inclusive; at most 61 days after from; from when "
                                         + "omitted", example = "2026-11-27") @QueryParam("to") String to,
                                 @BeanParam StaffingParameters parameters, @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(parameters.decimal);
        LocalDate first = QueryParameters.optionalDate(QueryParameters.required(from, "from"), "from").orElseThrow();
        LocalDate last = QueryParameters.optionalDate(to, "to").orElse(first);
        PlanVsActual report = planning.planVsActual(serviceCenter, first, last, parameters.settings());
        return respond(report, headers, () -> PlanningCsv.planVsActual(report, decimalComma),
                "plan-vs-actual-" + serviceCenter + "-" + first + ".csv");
    }

    private static Response respond(Object report, HttpHeaders headers,
                                    Supplier<CsvTable> csv, String filename) {
        if (!CsvTable.requested(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return csv.get().response(Response.Status.OK, filename).build();
    }

    private static int weeks(String raw, int orElse) {
        return QueryParameters.optionalInt(raw, "weeks", 1, PlanningService.MAX_FORECAST_WEEKS).orElse(orElse);
    }

    private static Optional<String> filter(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
