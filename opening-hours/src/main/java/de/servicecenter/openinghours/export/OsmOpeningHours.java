package de.servicecenter.openinghours.export;

import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleException;
import de.servicecenter.openinghours.TimeInterval;
import de.servicecenter.openinghours.WeeklyPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a schedule in OpenStreetMap's {@code opening_hours} syntax
 * (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification), e.g.
 * {@code Mo-We 08:00-17:00; Th 08:00-18:00; Fr 08:00-13:00; PH off; 2026 Dec 24-2026 Dec 31 off "Rathausschließung"}.
 * Later rules override earlier ones for the days they name, so the order is: weekly hours, public holidays
 * off, then exceptions (which may open a holiday).
 *
 * <p>Written in the forms the reference implementation (opening_hours.js, which most OSM tools use) reads as meant:
 * every exception states {@code open} or {@code off} (hours with only a comment would read as <em>unknown</em>), and a
 * period that starts in the future and never ends is its first year's rest plus an open year range
 * ({@code 2027 Mar 15-2027 Dec 31 …; 2028+ …}) — the date form {@code 2027 Mar 15+} is not read at all.
 */
public final class OsmOpeningHours {

    private static final String[] DAY = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    private static final String[] MONTH = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private OsmOpeningHours() {
    }

    /** The schedule as it stands from {@code from} on: periods and exceptions that ended before are left out. */
    public static String format(Schedule schedule, LocalDate from) {
        List<String> rules = new ArrayList<>();
        for (WeeklyPeriod period : schedule.periods()) {
            if (period.validUntil().map(until -> until.isBefore(from)).orElse(false)) {
                continue;
            }
            for (String dates : periodSelectors(period, from)) {
                for (WeekdayGroups group : WeekdayGroups.of(period)) {
                    rules.add(dates + weekdays(group.days()) + " " + intervals(group.intervals()));
                }
            }
        }
        if (rules.isEmpty()) {
            return "off";
        }
        if (!schedule.holidays().holidays(from.getYear()).isEmpty()) {
            rules.add("PH off");
        }
        for (ScheduleException exception : schedule.exceptions()) {
            if (exception.lastDay().isBefore(from)) {
                continue;
            }
            String when = date(exception.firstDay())
                    + (exception.lastDay().equals(exception.firstDay()) ? "" : "-" + date(exception.lastDay()));
            String hours = exception.closes() ? "off" : intervals(exception.hours()) + " open";
            rules.add(when + " " + hours + " \"" + exception.reason().replace('"', '\'') + "\"");
        }
        return String.join("; ", rules);
    }

    /**
     * The date selectors of a period, each with a trailing blank: none (one empty selector) for a period already
     * running with no end; its dates for one that ends; for one that starts later and never ends, the rest of its
     * first year and the open range of the years after ({@code 2028+}), or only the latter when it starts on 1 January.
     */
    private static List<String> periodSelectors(WeeklyPeriod period, LocalDate from) {
        boolean started = !period.validFrom().isAfter(from);
        LocalDate first = started ? from : period.validFrom();
        if (period.validUntil().isPresent()) {
            return List.of(date(first) + "-" + date(period.validUntil().get()) + " ");
        }
        if (started) {
            return List.of("");
        }
        String followingYears = (first.getYear() + (first.getDayOfYear() == 1 ? 0 : 1)) + "+ ";
        if (first.getDayOfYear() == 1) {
            return List.of(followingYears);
        }
        return List.of(date(first) + "-" + date(first.withDayOfYear(first.lengthOfYear())) + " ", followingYears);
    }

    static String weekdays(List<DayOfWeek> days) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            boolean runEnds = i == days.size() || days.get(i).ordinal() != days.get(i - 1).ordinal() + 1;
            if (runEnds) {
                String first = DAY[days.get(start).ordinal()];
                String last = DAY[days.get(i - 1).ordinal()];
                int length = i - start;
                ranges.add(length == 1 ? first : length == 2 ? first + "," + last : first + "-" + last);
                start = i;
            }
        }
        return String.join(",", ranges);
    }

    private static String intervals(List<TimeInterval> intervals) {
        return intervals.stream().map(TimeInterval::toString).collect(Collectors.joining(","));
    }

    private static String date(LocalDate date) {
        return date.getYear() + " " + MONTH[date.getMonthValue() - 1] + " " + String.format("%02d", date.getDayOfMonth());
    }
}
