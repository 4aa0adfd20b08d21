package de.servicecenter.console.admin.hours;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.console.platform.TenantApi.WeeklyPeriod;
import de.servicecenter.console.platform.TenantApi.WeeklyRule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyPeriodsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<WeeklyRule> UNTIL_SIX = List.of(new WeeklyRule(List.of("MONDAY"), "08:00", "18:00"));
    private static final List<WeeklyRule> UNTIL_FOUR = List.of(new WeeklyRule(List.of("MONDAY"), "08:00", "16:00"));

    private static WeeklyPeriod period(String from, String until, List<WeeklyRule> rules) {
        return new WeeklyPeriod(LocalDate.parse(from), until == null ? null : LocalDate.parse(until), rules);
    }

    @Test
    void aChangeFromNewYearEndsTheOpenPeriodOnNewYearsEveAndStartsWithItsHours() {
        WeeklyPeriods.Planned planned = WeeklyPeriods.plan(List.of(period("2026-01-01", null, UNTIL_SIX)),
                LocalDate.of(2027, 1, 1), TODAY);

        assertThat(planned.error()).isNull();
        assertThat(planned.index()).isEqualTo(1);
        assertThat(planned.periods()).containsExactly(period("2026-01-01", "2026-12-31", UNTIL_SIX),
                period("2027-01-01", null, UNTIL_SIX));
    }

    @Test
    void aChangeInsideABoundedPeriodKeepsItsEndAndTheNextPeriod() {
        List<WeeklyPeriod> periods = List.of(period("2027-07-01", null, UNTIL_FOUR),
                period("2026-01-01", "2027-06-30", UNTIL_SIX)); // as tenant-service may list them: not sorted

        WeeklyPeriods.Planned planned = WeeklyPeriods.plan(periods, LocalDate.of(2027, 3, 1), TODAY);

        assertThat(planned.index()).isEqualTo(1);
        assertThat(planned.periods()).containsExactly(period("2026-01-01", "2027-02-28", UNTIL_SIX),
                period("2027-03-01", "2027-06-30", UNTIL_SIX), period("2027-07-01", null, UNTIL_FOUR));
    }

    @Test
    void aChangeInAGapFillsItUpToTheNextPeriod() {
        List<WeeklyPeriod> periods = List.of(period("2026-01-01", "2026-12-31", UNTIL_SIX),
                period("2027-06-01", null, UNTIL_FOUR));

        WeeklyPeriods.Planned planned = WeeklyPeriods.plan(periods, LocalDate.of(2027, 2, 1), TODAY);

        assertThat(planned.periods()).containsExactly(period("2026-01-01", "2026-12-31", UNTIL_SIX),
                period("2027-02-01", "2027-05-31", UNTIL_SIX), period("2027-06-01", null, UNTIL_FOUR));
    }

    @Test
    void onlyTheFutureIsPlannedAndNotTwiceFromTheSameDay() {
        List<WeeklyPeriod> periods = List.of(period("2026-01-01", "2026-12-31", UNTIL_SIX),
                period("2027-01-01", null, UNTIL_FOUR));

        assertThat(WeeklyPeriods.plan(periods, TODAY, TODAY).error()).contains("nach heute");
        assertThat(WeeklyPeriods.plan(periods, TODAY.minusDays(30), TODAY).error()).contains("nach heute");
        assertThat(WeeklyPeriods.plan(periods, LocalDate.of(2027, 1, 1), TODAY).error())
                .contains("01.01.2027").contains("schon");
    }

    @Test
    void aPlannedPeriodWithdrawnLetsTheOneBeforeRunOn() {
        List<WeeklyPeriod> planned = WeeklyPeriods.plan(List.of(period("2026-01-01", null, UNTIL_SIX)),
                LocalDate.of(2027, 1, 1), TODAY).periods();

        assertThat(WeeklyPeriods.withdraw(planned, 1, TODAY)).containsExactly(period("2026-01-01", null, UNTIL_SIX));
        assertThat(WeeklyPeriods.withdraw(planned, 0, TODAY)).as("the period in force stays").isEmpty();
        assertThat(WeeklyPeriods.withdraw(planned, 1, LocalDate.of(2027, 1, 1))).as("once started, it stays").isEmpty();
        assertThat(WeeklyPeriods.withdraw(planned, 2, TODAY)).as("no such period").isEmpty();
    }

    @Test
    void aWithdrawnPeriodAfterAGapLeavesTheGap() {
        List<WeeklyPeriod> periods = List.of(period("2026-01-01", "2026-12-31", UNTIL_SIX),
                period("2027-06-01", null, UNTIL_FOUR));

        assertThat(WeeklyPeriods.withdraw(periods, 1, TODAY)).containsExactly(period("2026-01-01", "2026-12-31", UNTIL_SIX));
    }
}
