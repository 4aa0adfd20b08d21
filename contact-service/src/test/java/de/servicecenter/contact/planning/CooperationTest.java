package de.servicecenter.contact.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CooperationTest {

    private static final int WEEK = 7 * 48;
    private static final Cooperation.Prices PRICES = new Cooperation.Prices(new BigDecimal("62000.00"),
            new BigDecimal("2.85"), new BigDecimal("0.95"), new BigDecimal("4500.00"));

    /** Monday to Friday 08:00–16:00: 16 half-hours a day. */
    private static boolean[] weekdaysEightToFour() {
        boolean[] open = new boolean[WEEK];
        for (int day = 0; day < 5; day++) {
            for (int halfHour = 16; halfHour < 32; halfHour++) {
                open[day * 48 + halfHour] = true;
            }
        }
        return open;
    }

    private static double[] flat(boolean[] open, double perOpenHalfHour) {
        double[] calls = new double[WEEK];
        for (int i = 0; i < WEEK; i++) {
            calls[i] = open[i] ? perOpenHalfHour : 0;
        }
        return calls;
    }

    @Test
    void takingOverFourThousandCallsAMonth() {
        boolean[] open = weekdaysEightToFour();
        Staffing staffing = new Staffing(270, 120.0, ServiceTarget.BEHOERDENNUMMER_115, 0.30, 39, 1);
        // the host answers 25 calls a half-hour of its own; the town calls as evenly over the same hours
        Cooperation.Outcome outcome = Cooperation.plan(staffing, flat(open, 25), open, flat(open, 1), 4000, PRICES);

        double townWeek = outcome.intervals().stream().mapToDouble(Cooperation.Interval::townCalls).sum();
        assertThat(townWeek).isCloseTo(4000 * 12 / Cooperation.WEEKS_PER_YEAR, within(1e-6));
        assertThat(outcome.intervals()).allSatisfy(interval -> {
            assertThat(interval.additionalAgents()).isGreaterThanOrEqualTo(0);
            if (!interval.open()) {
                assertThat(interval.townCalls()).isZero();
                assertThat(interval.agentsWithTown()).isZero();
            }
        });
        Cooperation.Interval monday9 = outcome.intervals().get(18);
        assertThat(monday9.townCalls()).isCloseTo(townWeek / 80, within(1e-9));
        assertThat(monday9.additionalAgents()).isPositive();
        // with today's agents and the town's calls on top, the 115 promise breaks
        assertThat(monday9.serviceLevelTodayWithTown()).isLessThan(0.75);
        assertThat(staffing.with(25, monday9.agentsToday()).serviceLevel()).isGreaterThanOrEqualTo(0.75);

        assertThat(outcome.additionalFte()).isPositive();
        assertThat(outcome.additionalFte()).isCloseTo(
                outcome.intervals().stream().mapToInt(Cooperation.Interval::additionalAgents).sum() * 0.5 / (39 * 0.7),
                within(1e-9));
        double answered = 48_000 * outcome.answeredShare();
        assertThat(outcome.answeredShare()).isBetween(0.9, 1.0);
        assertThat(outcome.cost().fteShare()).isEqualByComparingTo(money(outcome.additionalFte() * 62000));
        assertThat(outcome.cost().perCall()).isEqualByComparingTo(money(answered * 2.85));
        assertThat(outcome.cost().perMinute()).isEqualByComparingTo(money(answered * 270 / 60 * 0.95));
        assertThat(outcome.cost().flatFee()).isEqualByComparingTo("54000.00");
    }

    @Test
    void aModelWithoutPriceIsNotCostedAndErlangCAnswersEveryone() {
        boolean[] open = weekdaysEightToFour();
        Staffing staffing = new Staffing(270, null, ServiceTarget.EIGHTY_TWENTY, 0.30, 39, 1);
        Cooperation.Outcome outcome = Cooperation.plan(staffing, flat(open, 10), open, flat(open, 1), 2500,
                new Cooperation.Prices(new BigDecimal("62000"), null, null, null));
        assertThat(outcome.answeredShare()).isEqualTo(1.0);
        assertThat(outcome.cost().perCall()).isNull();
        assertThat(outcome.cost().perMinute()).isNull();
        assertThat(outcome.cost().flatFee()).isNull();
        assertThat(outcome.cost().fteShare()).isPositive();
    }

    @Test
    void aTownCallingOnlyWhenTheHostIsClosedCannotBePlanned() {
        boolean[] open = weekdaysEightToFour();
        double[] nightOnly = new double[WEEK];
        nightOnly[2] = 1;
        Staffing staffing = new Staffing(270, null, ServiceTarget.EIGHTY_TWENTY, 0.30, 39, 1);
        assertThatThrownBy(() -> Cooperation.plan(staffing, flat(open, 10), open, nightOnly, 100, PRICES))
                .hasMessageContaining("opening hours");
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
