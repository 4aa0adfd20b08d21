package de.servicecenter.openinghours;

import static de.servicecenter.openinghours.Schedules.closed;
import static de.servicecenter.openinghours.Schedules.kreisSoestPeriod;
import static de.servicecenter.openinghours.Schedules.rule;
import static de.servicecenter.openinghours.Schedules.special;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleCompilerTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private static List<Violation> violations(ScheduleDefinition definition) {
        return catchThrowableOfType(InvalidScheduleException.class, () -> ScheduleCompiler.compile(definition))
                .violations();
    }

    private static ScheduleDefinition weekly(WeeklyRuleDefinition... rules) {
        return new ScheduleDefinition("DE-NW", List.of(new WeeklyPeriodDefinition(FROM, null, List.of(rules))),
                List.of());
    }

    private static ScheduleDefinition withExceptions(ExceptionDefinition... exceptions) {
        return new ScheduleDefinition("DE-NW", List.of(kreisSoestPeriod(FROM, LocalDate.of(2026, 12, 31))),
                Arrays.asList(exceptions));
    }

    @Test
    void reversedIntervalIsNamedByItsClosingField() {
        assertThat(violations(weekly(rule("17:00", "08:00", "MONDAY"))))
                .extracting(Violation::path).containsExactly("weeklyPeriods[0].rules[0].closes");
    }

    @Test
    void overlappingRulesOnTheSameDayAreNamedWithTheDay() {
        List<Violation> violations = violations(weekly(rule("08:00", "12:00", "MONDAY", "TUESDAY"),
                rule("11:00", "15:00", "TUESDAY")));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("weeklyPeriods[0].rules[1]");
            assertThat(violation.message()).contains("rules[0]", "TUESDAY", "08:00-12:00");
        });
    }

    @Test
    void touchingIntervalsAreFine() throws InvalidScheduleException {
        Schedule schedule = ScheduleCompiler.compile(weekly(rule("08:00", "12:00", "MONDAY"),
                rule("12:00", "17:00", "MONDAY")));

        assertThat(schedule.periods().getFirst().hoursOn(java.time.DayOfWeek.MONDAY)).hasSize(2);
    }

    @Test
    void unknownWeekdayIsNamedByItsIndex() {
        assertThat(violations(weekly(rule("08:00", "12:00", "MONDAY", "FREITAG"))))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.path()).isEqualTo("weeklyPeriods[0].rules[0].days[1]");
                    assertThat(violation.message()).contains("FREITAG", "FRIDAY");
                });
    }

    @Test
    void malformedAndImpossibleTimesAreRejected() {
        assertThat(violations(weekly(rule("8 Uhr", "24:01", "MONDAY"), rule("24:00", "24:00", "TUESDAY"))))
                .extracting(Violation::path).containsExactly(
                        "weeklyPeriods[0].rules[0].opens", "weeklyPeriods[0].rules[0].closes",
                        "weeklyPeriods[0].rules[1].opens");
    }

    @Test
    void periodEndingBeforeItStartsIsNamedByValidUntil() {
        var definition = new ScheduleDefinition(null, List.of(kreisSoestPeriod(FROM, FROM.minusDays(1))), List.of());

        assertThat(violations(definition)).extracting(Violation::path)
                .containsExactly("weeklyPeriods[0].validUntil");
    }

    @Test
    void overlappingPeriodsAreRejected() {
        var definition = new ScheduleDefinition(null, List.of(kreisSoestPeriod(FROM, null),
                kreisSoestPeriod(LocalDate.of(2026, 6, 1), null)), List.of());

        assertThat(violations(definition)).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("weeklyPeriods[1].validFrom");
            assertThat(violation.message()).contains("weeklyPeriods[0]");
        });
    }

    @Test
    void exceptionEndingBeforeItStartsIsNamedByLastDay() {
        assertThat(violations(withExceptions(closed(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24), "x"))))
                .extracting(Violation::path).containsExactly("exceptions[0].lastDay");
    }

    @Test
    void exceptionOutsideEveryWeeklyPeriodIsRejected() {
        List<Violation> violations = violations(withExceptions(
                closed(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 2), "Zwischen den Jahren")));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("exceptions[0].firstDay");
            assertThat(violation.message()).contains("2027-01-01");
        });
    }

    @Test
    void overlappingExceptionsAreRejected() {
        assertThat(violations(withExceptions(
                closed(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), "Zwischen den Jahren"),
                special(LocalDate.of(2026, 12, 30), "08:00", "12:00", "Notdienst"))))
                .extracting(Violation::path).containsExactly("exceptions[1].firstDay");
    }

    @Test
    void exceptionMustSayClosedOrGiveHoursAndWhy() {
        var neither = new ExceptionDefinition(FROM.plusDays(10), FROM.plusDays(10), false, List.of(), " ");
        var both = new ExceptionDefinition(FROM.plusDays(20), FROM.plusDays(20), true,
                List.of(new IntervalDefinition("08:00", "12:00")), "Betriebsausflug");

        assertThat(violations(withExceptions(neither, both))).extracting(Violation::path).containsExactly(
                "exceptions[0].reason", "exceptions[0].hours", "exceptions[1].hours");
    }

    @Test
    void unknownFederalStateIsRejected() {
        var definition = new ScheduleDefinition("DE-XY", List.of(kreisSoestPeriod(FROM, null)), List.of());

        assertThat(violations(definition)).extracting(Violation::path).containsExactly("publicHolidays");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        var definition = new ScheduleDefinition("Nordrhein-Westfalen",
                List.of(new WeeklyPeriodDefinition(null, null, List.of(rule("09:00", "08:00", "MONTAG")))),
                List.of());

        assertThat(violations(definition)).extracting(Violation::path).containsExactly("publicHolidays",
                "weeklyPeriods[0].validFrom", "weeklyPeriods[0].rules[0].days[0]",
                "weeklyPeriods[0].rules[0].closes");
    }
}
