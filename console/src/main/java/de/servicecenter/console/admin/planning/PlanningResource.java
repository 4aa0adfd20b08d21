package de.servicecenter.console.admin.planning;

import static de.servicecenter.console.platform.GermanFormats.number;

import de.servicecenter.console.admin.AdminResource;
import de.servicecenter.console.admin.kpis.BarChart;
import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.ContactApi;
import de.servicecenter.console.platform.Problem;
import de.servicecenter.console.platform.TenantApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Capacity planning for a host's center: next week's agents per half-hour as charts with their tables (and as CSV),
 * and what taking over a town would mean — all computed by contact-service.
 */
@Path("/admin/planning")
@RolesAllowed({SignedInUser.HOST_ADMIN, SignedInUser.PLATFORM_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class PlanningResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd.MM.", Locale.GERMANY);
    private static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("80-20", new Target("80-20", "80 % in 20 Sekunden", 80, 20));
        TARGETS.put("75-30", new Target("75-30", "75 % in 30 Sekunden (Versprechen der 115)", 75, 30));
    }

    public record Target(String code, String label, int percent, int seconds) {
    }

    public record Center(String id, String name) {
    }

    public record Area(String code, String name, boolean chosen) {
    }

    /** Next week's need; absent while the center has no phone hours or no answered calls to plan by. */
    public record Need(String week, String posts, String assumptions, List<BarChart> days, String csv) {
    }

    /** The what-if as asked and as answered; {@code answer} null before it is asked or when refused. */
    public record WhatIf(String town, String callsPerMonth, List<Area> areas, String error, Answer answer) {
    }

    /** What became of an uploaded roster: stored (notice) or refused (problem and the lines it names). */
    public record Upload(String notice, String problem, List<String> lines) {
        static final Upload NONE = new Upload(null, null, List.of());
    }

    public record Answer(String posts, String serviceLevel, List<String> costs, BarChart additionalAgents) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance planning(SignedInUser user, String section, List<Center> centers,
                                                String center, List<Target> targets, String target, Need need,
                                                WhatIf whatIf, PlanAndActual actual, Upload upload);
    }

    @Inject
    SignedInUser user;

    @RestClient
    ContactApi contacts;

    @RestClient
    TenantApi tenants;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance planning(@QueryParam("center") String center, @QueryParam("target") String target,
                                     @QueryParam("town") String town, @QueryParam("callsPerMonth") String callsPerMonth,
                                     @QueryParam("area") List<String> areas, @QueryParam("week") String week,
                                     @QueryParam("saved") Integer saved) {
        Upload upload = saved == null ? Upload.NONE
                : new Upload("Dienstplan gespeichert: " + number(saved, 0) + " halbe Stunden.", null, List.of());
        return page(centers(), center, target, town, callsPerMonth, areas, week, upload);
    }

    /**
     * The roster as the host keeps it ({@code date;start;agents} per half-hour, UTF-8 or Windows-1252 as Excel saves
     * it), stored by contact-service all or nothing; then the week it begins in, planned against what happened.
     */
    @POST
    @Path("staff-plan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String center, @RestForm String target, @RestForm("roster") FileUpload roster)
            throws IOException {
        String csv = roster == null || roster.uploadedFile() == null ? "" : Roster.text(roster.uploadedFile());
        List<Center> centers = centers();
        String chosen = chosenCenter(center, centers);
        Response answer = Answers.of("contact-service", () -> contacts.uploadStaffPlan(chosen, csv));
        if (Answers.done(answer)) {
            ContactApi.StaffPlanSaved stored = answer.readEntity(ContactApi.StaffPlanSaved.class);
            return Response.seeOther(URI.create("/admin/planning?center=" + chosen + "&target="
                    + goal(target).code() + "&week="
                    + PlanAndActual.monday(LocalDate.parse(stored.from())) + "&saved=" + stored.intervals()
                    + "#plan-ist")).build();
        }
        Problem problem = Problem.of(answer);
        if (problem.status() == 404) {
            throw new WebApplicationException(404);
        }
        List<String> lines = problem.errors().stream()
                .map(error -> error.field().replaceFirst("^line ", "Zeile ") + ": " + error.message()).toList();
        Upload refused = new Upload(null, roster == null || csv.isBlank()
                ? "Bitte eine CSV-Datei mit dem Dienstplan wählen."
                : "Der Dienstplan wurde nicht gespeichert – keine Zeile davon. Bitte die genannten Zeilen berichtigen "
                + "und die Datei erneut hochladen.", lines);
        return Response.status(problem.status() == 400 ? 400 : 422)
                .entity(page(centers, chosen, target, null, null, null, null, refused)).build();
    }

    /** Plan against what happened for a week as CSV per half-hour (German decimal comma), from contact-service. */
    @GET
    @Path("plan-vs-actual.csv")
    @Produces("text/csv")
    public Response planVsActualCsv(@QueryParam("center") String center, @QueryParam("target") String target,
                                    @QueryParam("week") String week) {
        if (center == null || !center.matches("[a-z0-9-]{1,63}")) {
            throw new WebApplicationException(400);
        }
        LocalDate monday = week(week);
        Target goal = goal(target);
        return Answers.csvDownload("contact-service", () -> contacts.planVsActualCsv(center, monday.toString(),
                monday.plusDays(6).toString(), goal.percent(), goal.seconds(), "comma"),
                "plan-und-ist-" + center + "-" + monday + ".csv");
    }

    private TemplateInstance page(List<Center> centers, String center, String target, String town,
                                  String callsPerMonth, List<String> areas, String week, Upload upload) {
        String chosen = chosenCenter(center, centers);
        Target goal = goal(target);
        Optional<Need> need = Answers.unlessUnanswerable("contact-service",
                () -> contacts.staffing(chosen, goal.percent(), goal.seconds())).map(staffing -> need(staffing,
                "/admin/planning/staffing.csv?center=" + chosen + "&target=" + goal.code()));
        LocalDate monday = week(week);
        PlanAndActual actual = need.isEmpty() ? null : Answers.unlessUnanswerable("contact-service",
                () -> contacts.planVsActual(chosen, monday.toString(), monday.plusDays(6).toString(), goal.percent(),
                        goal.seconds())).map(report -> PlanAndActual.of(monday, report, "/admin/planning/"
                        + "plan-vs-actual.csv?center=" + chosen + "&target=" + goal.code() + "&week=" + monday))
                .orElse(null);
        return Templates.planning(user, AdminResource.SECTION, centers, chosen, List.copyOf(TARGETS.values()),
                goal.code(), need.orElse(null), need.isEmpty() ? null
                        : whatIf(chosen, goal, town, callsPerMonth, areas == null ? List.of() : areas), actual,
                upload);
    }

    /** The target asked for; 80/20 when none or an unknown one is. */
    private static Target goal(String target) {
        return TARGETS.getOrDefault(target, TARGETS.get("80-20"));
    }

    private List<Center> centers() {
        return Answers.required("tenant-service", () -> tenants.serviceCenters()).stream()
                .map(c -> new Center(c.id(), c.name())).toList();
    }

    /** The Monday of the week asked for (any day of it, ISO); last week when none is asked for. */
    private LocalDate week(String week) {
        if (week == null || week.isBlank()) {
            return PlanAndActual.monday(LocalDate.now(clock)).minusWeeks(1);
        }
        try {
            return PlanAndActual.monday(LocalDate.parse(week.strip()));
        } catch (DateTimeParseException notADay) {
            throw new WebApplicationException(400);
        }
    }

    private static Need need(ContactApi.Staffing staffing, String csv) {
        ContactApi.StaffingWeek week = staffing.weeks().get(0);
        return new Need(LocalDate.parse(week.weekStart()).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                number(week.fullTimeEquivalents(), 1) + " Vollzeitstellen für " + number(week.calls(), 0)
                        + " erwartete Anrufe (" + number(week.agentHours(), 1) + " Agentenstunden am Telefon)",
                assumptions(staffing.assumptions()), days(staffing), csv);
    }

    /** Next week's agents per half-hour as CSV, for spreadsheets (German decimal comma), from contact-service. */
    @GET
    @Path("staffing.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("center") String center, @QueryParam("target") String target) {
        if (center == null || !center.matches("[a-z0-9-]{1,63}")) {
            throw new WebApplicationException(400);
        }
        Target goal = goal(target);
        return Answers.csvDownload("contact-service",
                () -> contacts.staffingCsv(center, goal.percent(), goal.seconds(), "comma"),
                "personalbedarf-" + center + ".csv");
    }

    private static String chosenCenter(String center, List<Center> centers) {
        if (center != null && centers.stream().anyMatch(c -> c.id().equals(center))) {
            return center;
        }
        if (center != null || centers.isEmpty()) {
            throw new WebApplicationException(404);
        }
        return centers.get(0).id();
    }

    /** A chart per open day: the agents needed in each half-hour, the tallest day at the top. */
    private static List<BarChart> days(ContactApi.Staffing staffing) {
        Map<String, List<ContactApi.StaffingInterval>> byDay = new LinkedHashMap<>();
        staffing.intervals().forEach(interval -> byDay.computeIfAbsent(interval.date(), d -> new ArrayList<>())
                .add(interval));
        double most = Math.max(1, staffing.intervals().stream().mapToInt(ContactApi.StaffingInterval::agents).max()
                .orElse(1));
        List<BarChart> charts = new ArrayList<>();
        byDay.forEach((day, intervals) -> charts.add(BarChart.of(LocalDate.parse(day).format(DAY) + ": Agenten je "
                        + "halbe Stunde", "Agenten", intervals, ContactApi.StaffingInterval::start,
                interval -> (double) interval.agents(), most, agents -> number(agents, 0), null, null)));
        return charts;
    }

    private static String assumptions(ContactApi.PlanningAssumptions assumptions) {
        String model = "ERLANG_A".equals(assumptions.model())
                ? "Erlang A (Anrufende legen im Mittel nach " + number(assumptions.patienceSeconds(), 0) + " s auf)"
                : "Erlang C";
        return "Gerechnet mit " + model + ", mittlerer Bearbeitungszeit " + number(assumptions.handlingSeconds(), 0)
                + " s (Gespräch und Nacharbeit der letzten 8 Wochen), " + number(assumptions.shrinkage() * 100, 0)
                + " % Ausfallzeit und " + number(assumptions.weeklyHours(), 0) + " Wochenstunden je Stelle.";
    }

    private WhatIf whatIf(String center, Target goal, String town, String callsPerMonth, List<String> chosenAreas) {
        List<Area> areas = Answers.optional(() -> tenants.serviceAreas()).orElse(List.of()).stream()
                .map(area -> new Area(area.code(), area.name(), chosenAreas.contains(area.code()))).toList();
        if (callsPerMonth == null) {
            return new WhatIf(town, null, areas, null, null);
        }
        Optional<Integer> calls = Optional.of(callsPerMonth.strip()).filter(text -> text.matches("[0-9]{1,7}"))
                .map(Integer::valueOf).filter(value -> value >= 1 && value <= 1_000_000);
        if (calls.isEmpty() || chosenAreas.isEmpty()) {
            return new WhatIf(town, callsPerMonth, areas, calls.isEmpty()
                    ? "Bitte die Anrufe im Monat als ganze Zahl von 1 bis 1.000.000 angeben."
                    : "Bitte mindestens einen Bereich wählen.", null);
        }
        String townSlug = town == null || town.isBlank() ? null : town.strip();
        Response answer = Answers.of("contact-service", () -> Response.ok(contacts.whatIf(center,
                new ContactApi.CooperationQuestion(townSlug, calls.get(), chosenAreas,
                        new ContactApi.Target(goal.percent() / 100.0, goal.seconds())))).build());
        if (!Answers.done(answer)) {
            Problem problem = Problem.of(answer);
            String reasons = problem.errors().isEmpty() ? problem.detailText().orElse("")
                    : String.join("; ", problem.errors().stream().map(Problem.FieldError::message).toList());
            return new WhatIf(town, callsPerMonth, areas, "Diese Frage lässt sich nicht rechnen"
                    + (reasons.isBlank() ? "." : ": " + reasons), null);
        }
        ContactApi.Cooperation cooperation = (ContactApi.Cooperation) answer.getEntity();
        List<String> costs = YearlyCosts.lines(cooperation.yearlyCost());
        List<ContactApi.CooperationInterval> monday = cooperation.week().stream()
                .filter(interval -> interval.day().equals("MONDAY")).toList();
        double most = Math.max(1, monday.stream().mapToInt(ContactApi.CooperationInterval::additionalAgents).max()
                .orElse(1));
        return new WhatIf(town, callsPerMonth, areas, null, new Answer(
                number(cooperation.additionalFte(), 1) + " Vollzeitstellen mehr (" + number(cooperation.fteToday(), 1)
                        + " → " + number(cooperation.fteWithTown(), 1) + ")",
                "Mit dem heutigen Personal fiele der Servicelevel von "
                        + number(cooperation.serviceLevelToday() * 100, 0) + " % auf "
                        + number(cooperation.serviceLevelWithTownAndTodaysAgents() * 100, 0) + " %.",
                costs, BarChart.of("Montag: zusätzliche Agenten je halbe Stunde", "Agenten", monday,
                ContactApi.CooperationInterval::start, interval -> (double) interval.additionalAgents(), most,
                agents -> number(agents, 0), null, null)));
    }


}
