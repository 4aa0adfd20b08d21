package de.servicecenter.console.admin.hours;

import de.servicecenter.console.admin.AdminResource;
import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.GermanFormats;
import de.servicecenter.console.platform.Problem;
import de.servicecenter.console.platform.TenantApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Opening hours: a town's schedules, one schedule's weekly hours and exceptions, and the platform's own preview of
 * the coming weeks — public holidays and closures as tenant-service computes them for callers and portals.
 */
@Path("/admin/hours")
@RolesAllowed({SignedInUser.HOST_ADMIN, SignedInUser.CITY_ADMIN, SignedInUser.PLATFORM_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class OpeningHoursResource {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int PREVIEW_WEEKS = 5;
    private static final Pattern RULE_FIELD = Pattern.compile("weeklyPeriods\\[(\\d+)]\\.rules\\[(\\d+)].*");
    static final Map<String, String> DAY_KINDS = Map.of("PUBLIC_HOLIDAY", "Feiertag", "CLOSED_BY_EXCEPTION",
            "Geschlossen (Ausnahme)", "SPECIAL_HOURS", "Sonderöffnung", "NO_REGULAR_HOURS", "Keine regulären Zeiten");

    public record ScheduleRow(UUID id, String name, String owner) {
    }

    public record DayField(String day, String name, String value, String error) {
    }

    public record ExceptionRow(UUID id, String days, String what, String reason) {
    }

    /** One preview day: date, hours, and what kind of day it is, in words. */
    public record PreviewDay(String date, String weekday, String hours, String kind, boolean special) {
    }

    public record PreviewWeek(String label, List<PreviewDay> days) {
    }

    /**
     * One weekly period in the list: shown (being edited), in force today, or planned (starts later, so it may still
     * be withdrawn).
     */
    public record PeriodRow(int index, String label, boolean shown, boolean inForce, boolean planned) {
    }

    /** The schedule page, with the forms as filled in and what tenant-service said about them. */
    public record Page(TenantApi.Schedule schedule, String owner, String version, int period, String periodLabel,
                       List<PeriodRow> periods, String plannedFrom, String planError,
                       List<DayField> days, List<ExceptionRow> exceptions, List<PreviewWeek> preview,
                       Map<String, String> exceptionForm, Map<String, String> exceptionErrors, String notice,
                       String problem) {

        public String exceptionValue(String field) {
            return exceptionForm.getOrDefault(field, "");
        }

        public String exceptionError(String field) {
            return exceptionErrors.get(field);
        }

        public boolean hasErrors() {
            return problem != null || planError != null || !exceptionErrors.isEmpty()
                    || days.stream().anyMatch(day -> day.error() != null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SignedInUser user, String section, String town, List<ScheduleRow> rows);

        static native TemplateInstance schedule(SignedInUser user, String section, Page view);
    }

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    @RestClient
    TenantApi tenants;

    @GET
    public TemplateInstance list(@QueryParam("town") String town) {
        String chosen = Optional.ofNullable(town).filter(t -> t.matches("[a-z0-9-]{1,63}"))
                .or(user::tenant).orElseThrow(() -> new WebApplicationException(400));
        List<TenantApi.Schedule> schedules = Answers.page("tenant-service", () -> tenants.schedules(chosen));
        return Templates.list(user, AdminResource.SECTION, chosen, schedules.stream()
                .map(s -> new ScheduleRow(s.id(), s.name(), owner(s))).toList());
    }

    /** A schedule: the period in force today (or {@code period}, by its place in the list of periods). */
    @GET
    @Path("{schedule}")
    public TemplateInstance schedule(@PathParam("schedule") UUID id, @QueryParam("done") String done,
                                     @QueryParam("period") String shown) {
        Read read = read(id);
        int period = parseInt(shown).filter(p -> p >= 0 && p < read.schedule().weeklyPeriods().size())
                .orElse(currentPeriod(read.schedule()));
        return Templates.schedule(user, AdminResource.SECTION, page(read, period,
                WeekHours.text(rules(read.schedule(), period)), Map.of(), Map.of(), Map.of(), notice(done), null));
    }

    /** New weekly hours planned from a later day: a copy of the hours before, to be edited next. */
    @POST
    @Path("{schedule}/periods")
    public Response planPeriod(@PathParam("schedule") UUID id, @FormParam("version") String version,
                               @FormParam("validFrom") String validFrom) {
        Read read = read(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(Optional.ofNullable(validFrom).orElse(""), "validFrom", errors);
        WeeklyPeriods.Planned planned = from == null ? WeeklyPeriods.Planned.refused(errors.get("validFrom"))
                : WeeklyPeriods.plan(read.schedule().weeklyPeriods(), from, today());
        if (planned.error() != null) {
            return planRefused(read, validFrom, planned.error());
        }
        Response answer = replacePeriods(id, version, read.schedule(), planned.periods());
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/admin/hours/" + id + "?done=planned&period=" + planned.index()))
                    .build();
        }
        Problem problem = Problem.of(answer);
        if (problem.status() == 404) {
            throw new WebApplicationException(404);
        }
        return planRefused(problem.status() == 412 ? read(id) : read, validFrom, problem.status() == 412
                ? "Die Öffnungszeiten wurden inzwischen geändert; bitte prüfen und erneut planen."
                : problem.detailText().orElse("Nicht gespeichert."));
    }

    /** A planned period withdrawn before it starts; the hours before it run on. */
    @POST
    @Path("{schedule}/periods/{period}/removal")
    public Response withdrawPeriod(@PathParam("schedule") UUID id, @PathParam("period") int period,
                                   @FormParam("version") String version) {
        Read read = read(id);
        List<TenantApi.WeeklyPeriod> periods = WeeklyPeriods.withdraw(read.schedule().weeklyPeriods(), period, today());
        if (periods.isEmpty()) {
            return planRefused(read, "", "Nur Zeiträume, die noch nicht begonnen haben, lassen sich zurücknehmen.");
        }
        Response answer = replacePeriods(id, version, read.schedule(), periods);
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/admin/hours/" + id + "?done=withdrawn")).build();
        }
        Problem problem = Problem.of(answer);
        if (problem.status() == 404) {
            throw new WebApplicationException(404);
        }
        return planRefused(problem.status() == 412 ? read(id) : read, "", problem.status() == 412
                ? "Die Öffnungszeiten wurden inzwischen geändert; bitte prüfen."
                : problem.detailText().orElse("Nicht gespeichert."));
    }

    private Response replacePeriods(UUID id, String version, TenantApi.Schedule schedule,
                                    List<TenantApi.WeeklyPeriod> periods) {
        return Answers.of("tenant-service", () -> tenants.replaceSchedule(id, version, new TenantApi.ScheduleChange(
                schedule.town(), schedule.serviceCenter(), schedule.serviceArea(), schedule.name(),
                schedule.publicHolidays(), periods)));
    }

    private Response planRefused(Read read, String validFrom, String error) {
        int period = currentPeriod(read.schedule());
        Page page = page(read, period, WeekHours.text(rules(read.schedule(), period)), Map.of(), Map.of(), Map.of(),
                null, null);
        return Response.status(422).entity(Templates.schedule(user, AdminResource.SECTION, new Page(page.schedule(),
                page.owner(), page.version(), page.period(), page.periodLabel(), page.periods(),
                Optional.ofNullable(validFrom).orElse(""), error, page.days(), page.exceptions(), page.preview(),
                page.exceptionForm(), page.exceptionErrors(), null, null))).build();
    }

    /** The weekly hours of one period, replaced (If-Match: the version the admin saw). */
    @POST
    @Path("{schedule}")
    public Response saveHours(@PathParam("schedule") UUID id, MultivaluedMap<String, String> form) {
        Read read = read(id);
        int period = parseInt(form.getFirst("period")).filter(p -> p >= 0
                && p < read.schedule().weeklyPeriods().size()).orElse(currentPeriod(read.schedule()));
        Map<String, String> fields = new LinkedHashMap<>();
        WeekHours.DAYS.forEach(day -> fields.put(day, Optional.ofNullable(form.getFirst(day)).orElse("")));
        WeekHours.Parsed parsed = WeekHours.parse(fields);
        if (!parsed.errors().isEmpty()) {
            return Response.status(422).entity(Templates.schedule(user, AdminResource.SECTION,
                    page(read, period, fields, parsed.errors(), Map.of(), Map.of(), null, null))).build();
        }
        List<TenantApi.WeeklyPeriod> periods = new ArrayList<>(WeeklyPeriods.sorted(read.schedule().weeklyPeriods()));
        TenantApi.WeeklyPeriod edited = periods.get(period);
        periods.set(period, new TenantApi.WeeklyPeriod(edited.validFrom(), edited.validUntil(), parsed.rules()));
        Response answer = replacePeriods(id, form.getFirst("version"), read.schedule(), periods);
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/admin/hours/" + id + "?done=hours&period=" + period)).build();
        }
        Problem problem = Problem.of(answer);
        if (problem.status() == 404) {
            throw new WebApplicationException(404);
        }
        Map<String, String> dayErrors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        problem.errors().forEach(error -> {
            Matcher rule = RULE_FIELD.matcher(error.field());
            if (rule.matches() && Integer.parseInt(rule.group(1)) == period
                    && Integer.parseInt(rule.group(2)) < parsed.dayOfRule().size()) {
                String day = parsed.dayOfRule().get(Integer.parseInt(rule.group(2)));
                dayErrors.merge(day, WeekHours.DAY_NAMES.get(day) + ": " + error.message(), (a, b) -> a + "; " + b);
            } else {
                general.add(error.field() + ": " + error.message());
            }
        });
        String text = problem.status() == 412 ? "Die Öffnungszeiten wurden inzwischen geändert. Die aktuelle Fassung "
                + "ist unten geladen; bitte prüfen und erneut speichern."
                : general.isEmpty() && !dayErrors.isEmpty() ? null
                : String.join("; ", general.isEmpty() ? List.of(problem.detailText().orElse("Nicht gespeichert."))
                : general);
        Read now = problem.status() == 412 ? read(id) : read;
        return Response.status(problem.status() == 412 ? 409 : 422).entity(Templates.schedule(user,
                AdminResource.SECTION, page(now, period, problem.status() == 412
                        ? WeekHours.text(rules(now.schedule(), period)) : fields, dayErrors, Map.of(), Map.of(),
                        null, text))).build();
    }

    /** A closure or special hours on a day or a range of days. */
    @POST
    @Path("{schedule}/exceptions")
    public Response addException(@PathParam("schedule") UUID id, @FormParam("firstDay") String firstDay,
                                 @FormParam("lastDay") String lastDay, @FormParam("kind") String kind,
                                 @FormParam("hours") String hours, @FormParam("reason") String reason) {
        Read read = read(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstDay", Optional.ofNullable(firstDay).orElse(""));
        form.put("lastDay", Optional.ofNullable(lastDay).orElse(""));
        form.put("kind", "SPECIAL".equals(kind) ? "SPECIAL" : "CLOSED");
        form.put("hours", Optional.ofNullable(hours).orElse(""));
        form.put("reason", Optional.ofNullable(reason).orElse(""));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate first = date(form.get("firstDay"), "firstDay", errors);
        LocalDate last = form.get("lastDay").isBlank() ? first : date(form.get("lastDay"), "lastDay", errors);
        List<TenantApi.Interval> intervals = new ArrayList<>();
        if ("SPECIAL".equals(form.get("kind"))) {
            WeekHours.Parsed parsed = WeekHours.parse(Map.of("MONDAY", form.get("hours")));
            if (!parsed.errors().isEmpty() || parsed.rules().isEmpty()) {
                errors.put("hours", "Bitte die Sonderöffnungszeiten so schreiben: 09:00–12:00");
            }
            parsed.rules().forEach(rule -> intervals.add(new TenantApi.Interval(LocalTime.parse(rule.opens()),
                    LocalTime.parse(rule.closes()))));
        }
        if (form.get("reason").isBlank()) {
            errors.put("reason", "Bitte nennen Sie den Anlass; Bürgerinnen und Bürger lesen ihn im Portal.");
        }
        if (!errors.isEmpty()) {
            return exceptionRefused(read, form, errors, null);
        }
        Response answer = Answers.of("tenant-service", () -> tenants.addException(id, new TenantApi.ExceptionChange(
                first, last, intervals.isEmpty(), intervals, form.get("reason").strip())));
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/admin/hours/" + id + "?done=exception")).build();
        }
        Problem problem = Problem.of(answer);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        problem.errors().forEach(error -> fieldErrors.merge(error.field().startsWith("hours") ? "hours" : error.field(),
                error.message(), (a, b) -> a + "; " + b));
        return exceptionRefused(read, form, fieldErrors, fieldErrors.isEmpty()
                ? problem.detailText().orElse("Nicht gespeichert.") : null);
    }

    @POST
    @Path("{schedule}/exceptions/{exception}/removal")
    public Response removeException(@PathParam("schedule") UUID id, @PathParam("exception") UUID exception) {
        Response answer = Answers.of("tenant-service", () -> tenants.removeException(id, exception));
        if (!Answers.done(answer) && answer.getStatus() != 404) {
            throw new WebApplicationException(answer.getStatus());
        }
        return Response.seeOther(URI.create("/admin/hours/" + id + "?done=removed")).build();
    }

    private Response exceptionRefused(Read read, Map<String, String> form, Map<String, String> errors, String problem) {
        int period = currentPeriod(read.schedule());
        return Response.status(422).entity(Templates.schedule(user, AdminResource.SECTION, page(read, period,
                WeekHours.text(rules(read.schedule(), period)), Map.of(), form, errors, null, problem))).build();
    }

    private record Read(TenantApi.Schedule schedule, String version) {
    }

    private Read read(UUID id) {
        Response answer = Answers.of("tenant-service", () -> tenants.schedule(id));
        if (!Answers.done(answer)) {
            throw new WebApplicationException(404);
        }
        return new Read(answer.readEntity(TenantApi.Schedule.class), answer.getHeaderString("ETag"));
    }

    private Page page(Read read, int period, Map<String, String> dayValues, Map<String, String> dayErrors,
                      Map<String, String> exceptionForm, Map<String, String> exceptionErrors, String notice,
                      String problem) {
        TenantApi.Schedule schedule = read.schedule();
        List<DayField> days = WeekHours.DAYS.stream().map(day -> new DayField(day, WeekHours.DAY_NAMES.get(day),
                dayValues.getOrDefault(day, ""), dayErrors.get(day))).toList();
        List<TenantApi.WeeklyPeriod> sorted = WeeklyPeriods.sorted(schedule.weeklyPeriods());
        String periodLabel = sorted.isEmpty() ? "" : "gültig " + WeeklyPeriods.label(sorted.get(period));
        int inForce = inForce(sorted);
        LocalDate today = today();
        List<PeriodRow> periods = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            periods.add(new PeriodRow(i, WeeklyPeriods.label(sorted.get(i)), i == period, i == inForce,
                    sorted.get(i).validFrom().isAfter(today)));
        }
        List<ExceptionRow> exceptions = schedule.exceptions().stream().map(e -> new ExceptionRow(e.id(),
                e.firstDay().equals(e.lastDay()) ? GermanFormats.german(e.firstDay())
                        : GermanFormats.german(e.firstDay()) + " bis " + GermanFormats.german(e.lastDay()),
                e.closed() ? "geschlossen" : "Sonderöffnung " + intervals(e.hours()), e.reason())).toList();
        Map<String, String> exceptionDefaults = exceptionForm.isEmpty() ? Map.of("kind", "CLOSED") : exceptionForm;
        return new Page(schedule, owner(schedule), read.version(), period, periodLabel, List.copyOf(periods), "", null,
                days, exceptions, preview(schedule), exceptionDefaults, exceptionErrors, notice, problem);
    }

    /** The coming weeks as tenant-service computes them (holidays, exceptions), week by week from this Monday. */
    private List<PreviewWeek> preview(TenantApi.Schedule schedule) {
        LocalDate monday = LocalDate.now(clock.withZone(BERLIN)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<PreviewWeek> weeks = new ArrayList<>();
        Set<LocalDate> seen = new LinkedHashSet<>();
        for (int week = 0; week < PREVIEW_WEEKS; week++) {
            LocalDate start = monday.plusWeeks(week);
            String at = start.atTime(12, 0).toString();
            Optional<TenantApi.ScheduleStatus> status = status(schedule, at);
            if (status.isEmpty() || status.get().week() == null) {
                break;
            }
            List<PreviewDay> days = status.get().week().stream().filter(day -> seen.add(day.date()))
                    .map(day -> new PreviewDay(GermanFormats.german(day.date()), day.weekdayName(),
                            day.intervals() == null || day.intervals().isEmpty() ? "geschlossen"
                                    : intervals(day.intervals()),
                            dayKind(day), day.kind() != null && !"REGULAR".equals(day.kind())))
                    .toList();
            weeks.add(new PreviewWeek("Woche ab " + GermanFormats.german(start), days));
        }
        return weeks;
    }

    private Optional<TenantApi.ScheduleStatus> status(TenantApi.Schedule schedule, String at) {
        if (schedule.serviceCenter() != null) {
            return Answers.optional(() -> tenants.centerStatusAt(schedule.serviceCenter(), at));
        }
        return Answers.optional(() -> tenants.openingStatusAt(schedule.town(), schedule.serviceArea(), at))
                .map(TenantApi.OpeningStatus::office);
    }

    private static String dayKind(TenantApi.Day day) {
        String kind = DAY_KINDS.getOrDefault(day.kind(), "");
        if (day.note() != null && !day.note().isBlank()) {
            return kind.isEmpty() ? day.note() : kind + ": " + day.note();
        }
        return kind;
    }

    private static String intervals(List<TenantApi.Interval> intervals) {
        return String.join(", ", intervals.stream().map(i -> GermanFormats.german(i.opens()) + "–"
                + GermanFormats.german(i.closes())).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    /** The period valid today, else the next one to start, else the first (by place in the sorted list). */
    private int currentPeriod(TenantApi.Schedule schedule) {
        List<TenantApi.WeeklyPeriod> periods = WeeklyPeriods.sorted(schedule.weeklyPeriods());
        int inForce = inForce(periods);
        if (inForce >= 0) {
            return inForce;
        }
        LocalDate today = today();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).validFrom().isAfter(today)) {
                return i;
            }
        }
        return 0;
    }

    /** The period valid today, or -1. */
    private int inForce(List<TenantApi.WeeklyPeriod> sorted) {
        LocalDate today = today();
        for (int i = 0; i < sorted.size(); i++) {
            TenantApi.WeeklyPeriod period = sorted.get(i);
            if (!period.validFrom().isAfter(today) && (period.validUntil() == null || !period.validUntil().isBefore(today))) {
                return i;
            }
        }
        return -1;
    }

    private static List<TenantApi.WeeklyRule> rules(TenantApi.Schedule schedule, int period) {
        List<TenantApi.WeeklyPeriod> sorted = WeeklyPeriods.sorted(schedule.weeklyPeriods());
        return sorted.isEmpty() ? List.of() : sorted.get(period).rules();
    }

    private static String owner(TenantApi.Schedule schedule) {
        if (schedule.serviceCenter() != null) {
            return "Service-Center " + schedule.serviceCenter();
        }
        return schedule.town() + (schedule.serviceArea() == null ? "" : ", Bereich " + schedule.serviceArea());
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "hours" -> "Die Wochenzeiten sind gespeichert. Die Vorschau zeigt sie, wie Anrufende und Portale sie sehen.";
            case "exception" -> "Die Ausnahme ist eingetragen.";
            case "removed" -> "Die Ausnahme ist entfernt.";
            case "planned" -> "Der neue Zeitraum ist angelegt, vorerst mit den bisherigen Zeiten. Tragen Sie unten seine "
                    + "Wochenzeiten ein; bis zu seinem ersten Tag gelten die bisherigen.";
            case "withdrawn" -> "Der geplante Zeitraum ist zurückgenommen; die Zeiten davor gelten weiter.";
            default -> null;
        };
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            errors.put(field, "Bitte ein Datum wählen (TT.MM.JJJJ).");
            return null;
        }
    }
}
