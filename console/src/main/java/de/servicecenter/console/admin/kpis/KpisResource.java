package de.servicecenter.console.admin.kpis;

import de.servicecenter.console.admin.AdminResource;
import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.ContactApi;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A town's KPIs over days (or the hours of one day) as charts, each with its table beside it, the live reachability,
 * and the same figures as CSV — all computed by contact-service.
 */
@Path("/admin/kpis")
@RolesAllowed({SignedInUser.HOST_ADMIN, SignedInUser.CITY_ADMIN, SignedInUser.PLATFORM_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class KpisResource {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The 115 promise: 75 % of calls answered within 30 seconds. */
    private static final int SERVICE_LEVEL_SECONDS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE dd.MM.", Locale.GERMANY);

    public record Period(String town, String from, String to, String groupBy, String csv) {
    }

    public record Now(String calls, String answered, String serviceLevel, String averageWait) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kpis(SignedInUser user, String section, Period period, List<BarChart> charts,
                                            Now today, Now lastHour, String totals, String handoffs);
    }

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    @RestClient
    ContactApi contacts;

    @GET
    public TemplateInstance kpis(@QueryParam("town") String town, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        Period period = period(town, from, to, groupBy);
        ContactApi.KpiReport report = Answers.page("contact-service",
                () -> contacts.kpis(period.town(), period.from(), period.to(), period.groupBy()));
        boolean hours = "HOUR".equals(period.groupBy());
        List<ContactApi.Figures> groups = hours ? everyHour(report.groups(), LocalDate.parse(period.to()))
                : everyDay(report.groups(), period);
        List<BarChart> charts = List.of(
                BarChart.of("Servicelevel: angenommen innerhalb von " + SERVICE_LEVEL_SECONDS + " s", "%", groups,
                        group -> label(group.group(), hours), KpisResource::serviceLevel, 1.0, KpisResource::percent,
                        "Ziel der 115: 75 %", 0.75),
                BarChart.of("Angenommene Anrufe", "%", groups, group -> label(group.group(), hours),
                        group -> group.offered() == 0 ? null : (double) group.answered() / group.offered(), 1.0,
                        KpisResource::percent, null, null),
                BarChart.of("Mittlere Wartezeit bis zur Annahme", "s", groups, group -> label(group.group(), hours),
                        ContactApi.Figures::averageSpeedOfAnswerSeconds,
                        Math.max(30, groups.stream().map(ContactApi.Figures::averageSpeedOfAnswerSeconds)
                                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(30)),
                        seconds -> String.format(Locale.GERMANY, "%.0f s", seconds), null, null));
        ContactApi.Figures total = report.total();
        String totals = total.offered() + " Anrufe, davon " + total.answered() + " angenommen"
                + Optional.ofNullable(serviceLevel(total)).map(level -> "; Servicelevel " + percent(level)).orElse("")
                + Optional.ofNullable(total.firstContactResolutionRate())
                .map(rate -> "; im ersten Kontakt erledigt: " + percent(rate)).orElse("");
        Optional<ContactApi.Reachability> reachability = Answers.optional(() -> contacts.reachability(period.town()));
        return Templates.kpis(user, AdminResource.SECTION, period, charts,
                reachability.map(r -> now(r.today())).orElse(null),
                reachability.map(r -> now(r.lastHour())).orElse(null), totals, handoffs(report.handoffs()));
    }

    /** The 115 promise in one sentence: handed over, answered within 24 working hours, overdue. */
    static String handoffs(ContactApi.HandoffFigures figures) {
        if (figures == null || figures.created() == 0) {
            return "Keine Rückrufbitten im Zeitraum.";
        }
        return "Rückrufbitten: " + figures.created() + " übergeben, " + figures.answered() + " beantwortet, davon "
                + figures.answeredWithinPromise() + " fristgerecht"
                + Optional.ofNullable(figures.answeredWithinPromiseRate())
                .map(rate -> " (" + percent(rate) + " der fälligen)").orElse("")
                + "; " + figures.overdue() + " überfällig, " + figures.returned() + " zurückgegeben"
                + Optional.ofNullable(figures.resolutionRateIncludingHandoffs())
                .map(rate -> ". Erledigt einschließlich der Rückrufe: " + percent(rate)).orElse("") + ".";
    }

    /** The figures of the page as CSV, for spreadsheets (German decimal comma), straight from contact-service. */
    @GET
    @Path("kpis.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("town") String town, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        Period period = period(town, from, to, groupBy);
        return Answers.csvDownload("contact-service",
                () -> contacts.kpisCsv(period.town(), period.from(), period.to(), period.groupBy(), "comma"),
                "kennzahlen-" + period.town() + "-" + period.from() + "-" + period.to() + ".csv");
    }

    private Period period(String town, String from, String to, String groupBy) {
        String chosen = Optional.ofNullable(town).filter(t -> t.matches("[a-z0-9-]{1,63}")).or(user::tenant)
                .orElseThrow(() -> new WebApplicationException(400));
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        LocalDate last = date(to).orElse(today);
        String grouping = "HOUR".equals(groupBy) ? "HOUR" : "DAY";
        // by hour: the hours of one day (the last of the period), a chart that can still be read
        LocalDate first = grouping.equals("HOUR") ? last : date(from).orElse(last.minusDays(13));
        if (first.isAfter(last)) {
            throw new WebApplicationException(400);
        }
        String query = "town=" + chosen + "&from=" + first + "&to=" + last + "&groupBy=" + grouping;
        return new Period(chosen, first.toString(), last.toString(), grouping, "/admin/kpis/kpis.csv?" + query);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.ofNullable(text).filter(t -> !t.isBlank()).map(LocalDate::parse);
        } catch (RuntimeException unreadable) {
            throw new WebApplicationException(400);
        }
    }

    /** Every day of the period, the days without calls (weekends, holidays) as empty figures: "–", no bar. */
    private static List<ContactApi.Figures> everyDay(List<ContactApi.Figures> groups, Period period) {
        Map<String, ContactApi.Figures> byDay = new HashMap<>();
        groups.forEach(group -> byDay.put(group.group(), group));
        List<ContactApi.Figures> days = new ArrayList<>();
        for (LocalDate day = LocalDate.parse(period.from()); !day.isAfter(LocalDate.parse(period.to()));
             day = day.plusDays(1)) {
            String key = day.toString();
            days.add(byDay.getOrDefault(key, new ContactApi.Figures(key, 0, 0, 0, null, List.of(), null, null, null)));
        }
        return days;
    }

    /** Every hour of the day in Berlin (23 or 25 on the days the clocks change), empty ones as "–". */
    private static List<ContactApi.Figures> everyHour(List<ContactApi.Figures> groups, LocalDate day) {
        Map<Instant, ContactApi.Figures> byHour = new HashMap<>();
        groups.forEach(group -> byHour.put(OffsetDateTime.parse(group.group()).toInstant(), group));
        List<ContactApi.Figures> hours = new ArrayList<>();
        ZonedDateTime end = day.plusDays(1).atStartOfDay(BERLIN);
        for (ZonedDateTime hour = day.atStartOfDay(BERLIN); hour.isBefore(end); hour = hour.plusHours(1)) {
            String key = hour.toOffsetDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX"));
            hours.add(byHour.getOrDefault(hour.toInstant(),
                    new ContactApi.Figures(key, 0, 0, 0, null, List.of(), null, null, null)));
        }
        return hours;
    }

    private static Double serviceLevel(ContactApi.Figures figures) {
        return figures.serviceLevels() == null ? null : figures.serviceLevels().stream()
                .filter(level -> level.thresholdSeconds() == SERVICE_LEVEL_SECONDS).findFirst()
                .map(ContactApi.ServiceLevel::rate).orElse(null);
    }

    private static String label(String group, boolean hours) {
        if (group == null) {
            return "";
        }
        if (hours) {
            return group.length() >= 13 ? group.substring(11, 13) + " Uhr" : group;
        }
        try {
            return LocalDate.parse(group).format(DAY);
        } catch (RuntimeException notADate) {
            return group;
        }
    }

    private static String percent(Double share) {
        return String.format(Locale.GERMANY, "%.0f %%", share * 100);
    }

    private static Now now(ContactApi.ReachabilityWindow window) {
        if (window == null) {
            return null;
        }
        return new Now(String.valueOf(window.calls()),
                window.answeredShare() == null ? "–" : percent(window.answeredShare()),
                window.serviceLevel() == null ? "–" : percent(window.serviceLevel()),
                window.averageWaitSeconds() == null ? "–" : String.format(Locale.GERMANY, "%.0f s",
                        window.averageWaitSeconds()));
    }
}
