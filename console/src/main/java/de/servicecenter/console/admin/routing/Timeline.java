package de.servicecenter.console.admin.routing;

import de.servicecenter.console.platform.RoutingApi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The week simulation as a timeline: per day in Berlin (23 or 25 hours on the days the clocks change), the stretches
 * of one decision, each placed by its share of the day for the bar and written out for the table beside it.
 */
public final class Timeline {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd.MM.", Locale.GERMANY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One stretch of a day: from, until (24:00 for midnight), what happens, which rule; left and width in %. */
    public record Stretch(String from, String until, String what, int rule, String ruleName, String kind,
                          String left, String width) {
    }

    public record Day(String label, List<Stretch> stretches) {
    }

    private Timeline() {
    }

    public static List<Day> of(List<RoutingApi.SimulatedInterval> intervals) {
        Map<LocalDate, List<Stretch>> days = new LinkedHashMap<>();
        for (RoutingApi.SimulatedInterval interval : intervals) {
            ZonedDateTime from = interval.from().atZone(BERLIN);
            ZonedDateTime until = interval.until().atZone(BERLIN);
            ZonedDateTime start = from;
            while (start.isBefore(until)) {
                ZonedDateTime dayStart = start.toLocalDate().atStartOfDay(BERLIN);
                ZonedDateTime dayEnd = start.toLocalDate().plusDays(1).atStartOfDay(BERLIN);
                ZonedDateTime end = until.isBefore(dayEnd) ? until : dayEnd;
                double dayLength = Duration.between(dayStart, dayEnd).toSeconds();
                double left = Duration.between(dayStart, start).toSeconds() / dayLength * 100;
                double width = Duration.between(start, end).toSeconds() / dayLength * 100;
                days.computeIfAbsent(start.toLocalDate(), day -> new ArrayList<>()).add(new Stretch(
                        start.format(TIME), end.equals(dayEnd) ? "24:00" : end.format(TIME), what(interval),
                        interval.rule(), interval.ruleName(), kind(interval.action()),
                        String.format(Locale.ROOT, "%.3f", left), String.format(Locale.ROOT, "%.3f", width)));
                start = end;
            }
        }
        List<Day> timeline = new ArrayList<>();
        days.forEach((date, stretches) -> timeline.add(new Day(date.format(DAY), stretches)));
        return timeline;
    }

    static String what(RoutingApi.SimulatedInterval interval) {
        return switch (interval.action()) {
            case "ROUTE_TO_CENTER" -> "Service-Center" + (interval.target() == null ? "" : " (" + interval.target() + ")");
            case "ROUTE_TO_NUMBER" -> "Nummer " + interval.target();
            case "ANNOUNCEMENT" -> "Ansage „" + ReadableRules.ANNOUNCEMENTS.getOrDefault(interval.announcement(),
                    String.valueOf(interval.announcement())) + "“";
            case "VOICEMAIL" -> "Sprachbox";
            case "CALLBACK_OFFER" -> "Rückruf anbieten";
            default -> interval.action();
        };
    }

    /** The bar's pattern class: routed, announced or other — also written out, never colour alone. */
    private static String kind(String action) {
        return switch (action) {
            case "ROUTE_TO_CENTER", "ROUTE_TO_NUMBER" -> "routed";
            case "ANNOUNCEMENT" -> "announced";
            default -> "other";
        };
    }
}
