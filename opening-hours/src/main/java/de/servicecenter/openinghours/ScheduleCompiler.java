package de.servicecenter.openinghours;

import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link ScheduleDefinition} into a {@link Schedule}, or reports every mistake with the path of the
 * field: reversed or overlapping intervals, unknown weekdays, date ranges ending before they start,
 * overlapping periods or exceptions, exceptions on days no weekly period covers, unknown states.
 */
public final class ScheduleCompiler {

    /** Longer closures are new weekly periods, not exceptions. */
    public static final int MAX_EXCEPTION_DAYS = 366;
    public static final int MAX_REASON_LENGTH = 200;

    private ScheduleCompiler() {
    }

    public static Schedule compile(ScheduleDefinition definition) throws InvalidScheduleException {
        var compilation = new Compilation();
        HolidayCalendar holidays = compilation.holidays(definition.publicHolidays());
        List<WeeklyPeriod> periods = compilation.periods(nullToEmpty(definition.weeklyPeriods()));
        List<ScheduleException> exceptions = compilation.exceptions(nullToEmpty(definition.exceptions()), periods);
        if (!compilation.violations.isEmpty()) {
            throw new InvalidScheduleException(compilation.violations);
        }
        return Schedule.of(periods, exceptions, holidays);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static final class Compilation {

        private final List<Violation> violations = new ArrayList<>();

        private void reject(String path, String message) {
            violations.add(new Violation(path, message));
        }

        HolidayCalendar holidays(String state) {
            if (state == null) {
                return HolidayCalendar.NONE;
            }
            if (!GermanHolidays.STATES.contains(state)) {
                reject("publicHolidays", "must be the ISO 3166-2 code of a German federal state, e.g. DE-NW");
                return HolidayCalendar.NONE;
            }
            return GermanHolidays.of(state);
        }

        List<WeeklyPeriod> periods(List<WeeklyPeriodDefinition> definitions) {
            List<WeeklyPeriod> periods = new ArrayList<>();
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                String path = "weeklyPeriods[" + i + "]";
                WeeklyPeriodDefinition definition = definitions.get(i);
                if (definition == null) {
                    reject(path, "must not be null");
                    continue;
                }
                boolean datesValid = dateRange(path, "validFrom", definition.validFrom(), "validUntil",
                        definition.validUntil(), false);
                Map<DayOfWeek, List<TimeInterval>> hours = weeklyHours(path, nullToEmpty(definition.rules()));
                if (!datesValid) {
                    continue;
                }
                WeeklyPeriod period = new WeeklyPeriod(definition.validFrom(), definition.validUntil(), hours);
                for (int k = 0; k < periods.size(); k++) {
                    if (overlap(periods.get(k), period)) {
                        reject(path + ".validFrom", "the period overlaps weeklyPeriods[" + indices.get(k)
                                + "]; end the earlier period the day before the new one starts");
                    }
                }
                periods.add(period);
                indices.add(i);
            }
            return periods;
        }

        private static boolean overlap(WeeklyPeriod a, WeeklyPeriod b) {
            LocalDate aEnd = a.validUntil().orElse(LocalDate.MAX);
            LocalDate bEnd = b.validUntil().orElse(LocalDate.MAX);
            return !a.validFrom().isAfter(bEnd) && !b.validFrom().isAfter(aEnd);
        }

        private Map<DayOfWeek, List<TimeInterval>> weeklyHours(String periodPath, List<WeeklyRuleDefinition> rules) {
            Map<DayOfWeek, List<TimeInterval>> hours = new EnumMap<>(DayOfWeek.class);
            Map<DayOfWeek, List<Integer>> ruleOfInterval = new EnumMap<>(DayOfWeek.class);
            for (int j = 0; j < rules.size(); j++) {
                String path = periodPath + ".rules[" + j + "]";
                WeeklyRuleDefinition rule = rules.get(j);
                if (rule == null) {
                    reject(path, "must not be null");
                    continue;
                }
                Set<DayOfWeek> days = days(path, rule.days());
                TimeInterval interval = interval(path, rule.opens(), rule.closes());
                if (interval == null) {
                    continue;
                }
                for (DayOfWeek day : days) {
                    List<TimeInterval> sameDay = hours.computeIfAbsent(day, d -> new ArrayList<>());
                    List<Integer> owners = ruleOfInterval.computeIfAbsent(day, d -> new ArrayList<>());
                    for (int k = 0; k < sameDay.size(); k++) {
                        if (sameDay.get(k).overlaps(interval)) {
                            reject(path, "overlaps rules[" + owners.get(k) + "] on " + day + " ("
                                    + sameDay.get(k) + ")");
                        }
                    }
                    sameDay.add(interval);
                    owners.add(j);
                }
            }
            return hours;
        }

        private Set<DayOfWeek> days(String rulePath, List<String> names) {
            Set<DayOfWeek> days = new LinkedHashSet<>();
            if (names == null || names.isEmpty()) {
                reject(rulePath + ".days", "must name at least one weekday, MONDAY to SUNDAY");
                return days;
            }
            for (int k = 0; k < names.size(); k++) {
                DayOfWeek day = weekday(names.get(k));
                if (day == null) {
                    reject(rulePath + ".days[" + k + "]", "unknown weekday '" + names.get(k)
                            + "'; use MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY");
                } else if (!days.add(day)) {
                    reject(rulePath + ".days[" + k + "]", day + " is listed twice");
                }
            }
            return days;
        }

        private static DayOfWeek weekday(String name) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().equals(name)) {
                    return day;
                }
            }
            return null;
        }

        /** Parses one interval; null (with violations recorded) when it is not one. */
        private TimeInterval interval(String path, String opensText, String closesText) {
            Integer opens = clockTime(path + ".opens", opensText);
            Integer closes = clockTime(path + ".closes", closesText);
            if (opens == null || closes == null) {
                return null;
            }
            if (opens == TimeInterval.END_OF_DAY) {
                reject(path + ".opens", "must be before 24:00");
                return null;
            }
            if (closes <= opens) {
                reject(path + ".closes", "must be after opens (" + opensText + "); an interval does not cross "
                        + "midnight, so split a night into two days");
                return null;
            }
            return new TimeInterval(opens, closes);
        }

        private Integer clockTime(String path, String text) {
            if (text == null) {
                reject(path, "must be given as HH:mm");
                return null;
            }
            try {
                return ClockTimes.parse(text);
            } catch (IllegalArgumentException e) {
                reject(path, e.getMessage());
                return null;
            }
        }

        private boolean dateRange(String path, String fromName, LocalDate from, String untilName, LocalDate until,
                                  boolean untilRequired) {
            boolean valid = true;
            if (from == null) {
                reject(path + "." + fromName, "must be given as a date, e.g. 2026-01-01");
                valid = false;
            }
            if (until == null && untilRequired) {
                reject(path + "." + untilName, "must be given as a date, e.g. 2026-12-31");
                valid = false;
            }
            if (from != null && until != null && until.isBefore(from)) {
                reject(path + "." + untilName, "must not be before " + fromName + " (" + from + ")");
                valid = false;
            }
            return valid;
        }

        List<ScheduleException> exceptions(List<ExceptionDefinition> definitions, List<WeeklyPeriod> periods) {
            List<ScheduleException> exceptions = new ArrayList<>();
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                String path = "exceptions[" + i + "]";
                ExceptionDefinition definition = definitions.get(i);
                if (definition == null) {
                    reject(path, "must not be null");
                    continue;
                }
                int before = violations.size();
                boolean datesValid = dateRange(path, "firstDay", definition.firstDay(), "lastDay",
                        definition.lastDay(), true);
                if (datesValid && ChronoUnit.DAYS.between(definition.firstDay(), definition.lastDay())
                        >= MAX_EXCEPTION_DAYS) {
                    reject(path + ".lastDay", "an exception spans at most " + MAX_EXCEPTION_DAYS
                            + " days; longer changes are a new weekly period");
                    datesValid = false;
                }
                if (definition.reason() == null || definition.reason().isBlank()) {
                    reject(path + ".reason", "must say why, e.g. \"Rathausschließung zwischen den Jahren\"");
                } else if (definition.reason().length() > MAX_REASON_LENGTH) {
                    reject(path + ".reason", "must be at most " + MAX_REASON_LENGTH + " characters");
                }
                List<TimeInterval> hours = exceptionHours(path, definition);
                if (datesValid) {
                    uncoveredDay(definition.firstDay(), definition.lastDay(), periods).ifPresent(day ->
                            reject(path + ".firstDay", "the exception lies outside every weekly period of the "
                                    + "schedule (" + day + " is not covered); add or extend a weekly period first"));
                }
                if (violations.size() > before) {
                    continue;
                }
                var exception = new ScheduleException(definition.firstDay(), definition.lastDay(), hours,
                        definition.reason().strip());
                for (int k = 0; k < exceptions.size(); k++) {
                    ScheduleException other = exceptions.get(k);
                    if (!other.firstDay().isAfter(exception.lastDay())
                            && !exception.firstDay().isAfter(other.lastDay())) {
                        reject(path + ".firstDay", "overlaps exceptions[" + indices.get(k) + "] ("
                                + other.firstDay() + " to " + other.lastDay() + ")");
                    }
                }
                exceptions.add(exception);
                indices.add(i);
            }
            return exceptions;
        }

        private List<TimeInterval> exceptionHours(String path, ExceptionDefinition definition) {
            List<IntervalDefinition> given = nullToEmpty(definition.hours());
            if (definition.closed()) {
                if (!given.isEmpty()) {
                    reject(path + ".hours", "must be empty when closed is true");
                }
                return List.of();
            }
            if (given.isEmpty()) {
                reject(path + ".hours", "must list the special hours, or set closed to true to close");
                return List.of();
            }
            List<TimeInterval> hours = new ArrayList<>();
            for (int k = 0; k < given.size(); k++) {
                String intervalPath = path + ".hours[" + k + "]";
                IntervalDefinition definitionOfInterval = given.get(k);
                if (definitionOfInterval == null) {
                    reject(intervalPath, "must not be null");
                    continue;
                }
                TimeInterval interval = interval(intervalPath, definitionOfInterval.opens(),
                        definitionOfInterval.closes());
                if (interval == null) {
                    continue;
                }
                for (TimeInterval earlier : hours) {
                    if (earlier.overlaps(interval)) {
                        reject(intervalPath, "overlaps " + earlier);
                    }
                }
                hours.add(interval);
            }
            return hours;
        }

        private static Optional<LocalDate> uncoveredDay(LocalDate first, LocalDate last,
                                                                  List<WeeklyPeriod> periods) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                LocalDate candidate = day;
                if (periods.stream().noneMatch(period -> period.isValidOn(candidate))) {
                    return Optional.of(day);
                }
            }
            return Optional.empty();
        }
    }
}
