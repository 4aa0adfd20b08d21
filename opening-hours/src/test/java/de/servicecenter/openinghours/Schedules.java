package de.servicecenter.openinghours;

import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Schedules of the real scenario, written the way admins write them. */
final class Schedules {

    static final LocalDate SOEST_START = LocalDate.of(2016, 1, 1);

    private Schedules() {
    }

    /** Kreis Soest's joint center: Mon-Wed 8-17, Thu 8-18, Fri 8-13, NRW holidays. */
    static ScheduleDefinition kreisSoest(ExceptionDefinition... exceptions) {
        return new ScheduleDefinition("DE-NW", List.of(kreisSoestPeriod(SOEST_START, null)), List.of(exceptions));
    }

    static WeeklyPeriodDefinition kreisSoestPeriod(LocalDate from, LocalDate until) {
        return new WeeklyPeriodDefinition(from, until, List.of(
                rule("08:00", "17:00", "MONDAY", "TUESDAY", "WEDNESDAY"),
                rule("08:00", "18:00", "THURSDAY"),
                rule("08:00", "13:00", "FRIDAY")));
    }

    static WeeklyRuleDefinition rule(String opens, String closes, String... days) {
        return new WeeklyRuleDefinition(List.of(days), opens, closes);
    }

    static ExceptionDefinition closed(LocalDate first, LocalDate last, String reason) {
        return new ExceptionDefinition(first, last, true, List.of(), reason);
    }

    static ExceptionDefinition special(LocalDate day, String opens, String closes, String reason) {
        return new ExceptionDefinition(day, day, false, List.of(new IntervalDefinition(opens, closes)), reason);
    }

    static Schedule compile(ScheduleDefinition definition) {
        try {
            return ScheduleCompiler.compile(definition);
        } catch (InvalidScheduleException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The instant a Berlin wall clock shows {@code text} (ISO local date-time), resolved by java.time itself. */
    static Instant berlin(String text) {
        return LocalDateTime.parse(text).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }
}
