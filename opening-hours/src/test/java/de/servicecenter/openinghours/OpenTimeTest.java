package de.servicecenter.openinghours;

import static de.servicecenter.openinghours.Schedules.berlin;
import static de.servicecenter.openinghours.Schedules.closed;
import static de.servicecenter.openinghours.Schedules.compile;
import static de.servicecenter.openinghours.Schedules.kreisSoest;
import static de.servicecenter.openinghours.Schedules.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Due times counted in open time only: "within 24 hours on working days" over weekends, NRW's holidays and a town's
 * closures, and the same promise counted in office hours.
 */
class OpenTimeTest {

    private static final Duration DAY = Duration.ofHours(24);

    /** Working days in NRW: Monday to Friday, all day, public holidays excluded. */
    private static Schedule workingDays(ExceptionDefinition... closures) {
        return compile(new ScheduleDefinition("DE-NW", List.of(new WeeklyPeriodDefinition(LocalDate.of(2020, 1, 1),
                null, List.of(rule("00:00", "24:00", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))),
                List.of(closures)));
    }

    @Test
    void twentyFourHoursFromTheEveBeforeFronleichnamEndOnFriday() {
        // Corpus Christi, Thursday 4 June 2026, is a statutory holiday in North Rhine-Westphalia
        assertThat(workingDays().afterOpenTime(berlin("2026-06-03T16:00"), DAY)).contains(berlin("2026-06-05T16:00"));
        // and from the holiday itself, the count starts on Friday morning
        assertThat(workingDays().afterOpenTime(berlin("2026-06-04T16:00"), DAY)).contains(berlin("2026-06-06T00:00"));
    }

    @Test
    void aWeekendDoesNotCount() {
        assertThat(workingDays().afterOpenTime(berlin("2026-11-27T16:00"), DAY)).contains(berlin("2026-11-30T16:00"));
        assertThat(workingDays().afterOpenTime(berlin("2026-11-28T11:00"), DAY)).as("from Saturday: Monday's 24 hours")
                .contains(berlin("2026-12-01T00:00"));
    }

    @Test
    void theTownHallsClosureBetweenTheYearsDoesNotCount() {
        Schedule closedBetweenTheYears = workingDays(closed(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31),
                "Rathausschließung zwischen den Jahren"));
        // Wednesday 23 Dec 10:00: 14 hours that day, then closed, Neujahr (Friday), the weekend: Monday 4 Jan 10:00
        assertThat(closedBetweenTheYears.afterOpenTime(berlin("2026-12-23T10:00"), DAY))
                .contains(berlin("2027-01-04T10:00"));
    }

    @Test
    void countedInOfficeHoursThePromiseTakesLonger() {
        // Kreis Soest: Mon-Wed 8-17, Thu 8-18, Fri 8-13. From Wednesday 3 June 16:00: 1 h, the holiday, Friday 5 h,
        // Monday 9 h, Tuesday 9 h: 24 h on Tuesday 9 June at 17:00
        assertThat(compile(kreisSoest()).afterOpenTime(berlin("2026-06-03T16:00"), DAY))
                .contains(berlin("2026-06-09T17:00"));
    }

    @Test
    void acrossTheAutumnClockChangeHoursAreRealHours() {
        // Sunday 25 Oct 2026 has 25 hours; a schedule open every day all day counts them as they pass
        Schedule always = compile(new ScheduleDefinition(null, List.of(new WeeklyPeriodDefinition(
                LocalDate.of(2020, 1, 1), null, List.of(rule("00:00", "24:00", "MONDAY", "TUESDAY", "WEDNESDAY",
                "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")))), List.of()));
        assertThat(always.afterOpenTime(berlin("2026-10-25T00:00"), DAY)).contains(berlin("2026-10-25T23:00"));
    }

    @Test
    void nothingDueWithoutOpenTimeAndNoNegativeBudget() {
        assertThat(workingDays().afterOpenTime(berlin("2026-06-03T16:00"), Duration.ZERO))
                .contains(berlin("2026-06-03T16:00"));
        Schedule never = compile(new ScheduleDefinition(null, List.of(), List.of()));
        assertThat(never.afterOpenTime(berlin("2026-06-03T16:00"), DAY)).isEmpty();
        assertThatThrownBy(() -> workingDays().afterOpenTime(berlin("2026-06-03T16:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
