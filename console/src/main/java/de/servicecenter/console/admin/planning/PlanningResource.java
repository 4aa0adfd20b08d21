package de.servicecenter.console.admin.planning;

import de.servicecenter.console.admin.AdminResource;
import de.servicecenter.console.admin.kpis.BarChart;
import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.ContactApi;
import de.servicecenter.console.platform.TenantApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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

    /** The what-if as asked and as answered; {@code answer} null before it is asked or when refused. */
    public record WhatIf(String town, String callsPerMonth, List<Area> areas, String error, Answer answer) {
    }

    public record Answer(String posts, String serviceLevel, List<String> costs, BarChart additionalAgents) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance planning(SignedInUser user, String section, List<Center> centers,
                                                String center, List<Target> targets, String target, String week,
                                                String assumptions, String posts, List<BarChart> days, String csv,
                                                WhatIf whatIf);
    }

    @Inject
    SignedInUser user;

    @RestClient
    ContactApi contacts;

    @RestClient
    TenantApi tenants;

    @GET
    public TemplateInstance planning(@QueryParam("center") String center, @QueryParam("target") String target,
                                     @QueryParam("town") String town, @QueryParam("callsPerMonth") String callsPerMonth,
                                     @QueryParam("area") List<String> areas) {
        List<Center> centers = Answers.required("tenant-service", () -> tenants.serviceCenters()).stream()
                .map(c -> new Center(c.id(), c.name())).toList();
        String chosen = chosenCenter(center, centers);
        Target goal = TARGETS.getOrDefault(target, TARGETS.get("80-20"));
        ContactApi.Staffing staffing = Answers.page("contact-service",
                () -> contacts.staffing(chosen, goal.percent(), goal.seconds()));
        List<BarChart> days = days(staffing);
        ContactApi.StaffingWeek week = staffing.weeks().get(0);
        String posts = number(week.fullTimeEquivalents(), 1) + " Vollzeitstellen für " + number(week.calls(), 0)
                + " erwartete Anrufe (" + number(week.agentHours(), 1) + " Agentenstunden am Telefon)";
        return Templates.planning(user, AdminResource.SECTION, centers, chosen, List.copyOf(TARGETS.values()),
                goal.code(), LocalDate.parse(week.weekStart()).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                assumptions(staffing.assumptions()), posts, days,
                "/admin/planning/staffing.csv?center=" + chosen + "&target=" + goal.code(),
                whatIf(chosen, goal, town, callsPerMonth, areas == null ? List.of() : areas));
    }

    /** Next week's agents per half-hour as CSV, for spreadsheets (German decimal comma), from contact-service. */
    @GET
    @Path("staffing.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("center") String center, @QueryParam("target") String target) {
        if (center == null || !center.matches("[a-z0-9-]{1,63}")) {
            throw new WebApplicationException(400);
        }
        Target goal = TARGETS.getOrDefault(target, TARGETS.get("80-20"));
        Response answer = Answers.of("contact-service",
                () -> contacts.staffingCsv(center, goal.percent(), goal.seconds(), "comma"));
        if (!Answers.done(answer)) {
            throw new WebApplicationException(answer.getStatus() == 400 ? 400 : 404);
        }
        return Response.ok(answer.readEntity(String.class), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"personalbedarf-" + center + ".csv\"").build();
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
            String problem = answer.hasEntity() ? answer.readEntity(String.class) : "";
            java.util.regex.Matcher message = java.util.regex.Pattern.compile("\"message\":\"([^\"]*)\"")
                    .matcher(problem);
            return new WhatIf(town, callsPerMonth, areas, "Diese Frage lässt sich nicht rechnen"
                    + (message.find() ? ": " + message.group(1) : ".") , null);
        }
        ContactApi.Cooperation cooperation = (ContactApi.Cooperation) answer.getEntity();
        List<String> costs = new ArrayList<>();
        ContactApi.YearlyCost cost = cooperation.yearlyCost();
        addCost(costs, "als Anteil an Stellen", cost.fteShare());
        addCost(costs, "je Anruf", cost.perCall());
        addCost(costs, "je Minute", cost.perMinute());
        addCost(costs, "als Pauschale", cost.flatFee());
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

    private static void addCost(List<String> costs, String model, BigDecimal amount) {
        if (amount != null) {
            NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.GERMANY);
            costs.add(model + ": " + euros.format(amount) + " im Jahr");
        }
    }

    private static String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
