package de.servicecenter.contact.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingTest {

    private static final Staffing ERLANG_C = new Staffing(180, null, ServiceTarget.EIGHTY_TWENTY, 0.30, 39, 1);

    @Test
    void aWeekOfHalfHoursAddsUpToFullTimePosts() {
        // five days of eight open hours, 100 calls in each half-hour: Call Centre Helper's example, 14 agents each
        double[] calls = new double[5 * 16];
        boolean[] open = new boolean[calls.length];
        Arrays.fill(calls, 100);
        Arrays.fill(open, true);
        List<Staffing.Interval> week = ERLANG_C.intervals(calls, open);
        assertThat(week).allSatisfy(interval -> assertThat(interval.agents()).isEqualTo(14));
        // 80 half-hours × 14 agents = 560 agent-hours; a post gives 39 h × 70 % = 27.3 of them
        assertThat(ERLANG_C.fullTimeEquivalents(week)).isCloseTo(560 / 27.3, within(1e-9));
    }

    @Test
    void closedHalfHoursNeedNobodyAndOpenOnesAtLeastTheLeast() {
        List<Staffing.Interval> intervals = ERLANG_C.intervals(new double[] {0.2, 0.2, 0}, new boolean[] {true, false,
                true});
        assertThat(intervals).extracting(Staffing.Interval::agents).containsExactly(1, 0, 1);
        assertThat(intervals.get(0).performance().serviceLevel()).isGreaterThan(0.95);
        assertThat(intervals.get(1).performance()).isNull();
    }

    @Test
    void impatientCallersAreStaffedByErlangA() {
        Staffing erlangA = new Staffing(180, 90.0, ServiceTarget.EIGHTY_TWENTY, 0.30, 39, 1);
        assertThat(erlangA.model(100)).isInstanceOf(ErlangA.class);
        assertThat(erlangA.intervals(new double[] {100}, new boolean[] {true}).getFirst().agents())
                .isLessThanOrEqualTo(14).isGreaterThanOrEqualTo(12);
    }

    @Test
    void patienceIsEstimatedFromAbandonedCallsAndAllWaiting() {
        // 1,000 calls waited 20,000 s in all; 50 hung up: θ = 50 / 20,000 s, a mean patience of 400 s
        assertThat(ErlangA.patienceFrom(20_000, 50)).hasValue(400);
        assertThat(ErlangA.patienceFrom(20_000, 0)).isEmpty();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new Staffing(180, null, ServiceTarget.EIGHTY_TWENTY, 1.0, 39, 1))
                .hasMessageContaining("shrinkage");
        assertThatThrownBy(() -> new Staffing(0, null, ServiceTarget.EIGHTY_TWENTY, 0.3, 39, 1))
                .hasMessageContaining("handlingSeconds");
        assertThatThrownBy(() -> new ServiceTarget(1.0, 20)).hasMessageContaining("share");
        assertThatThrownBy(() -> new ErlangA(1, 180, Double.NaN)).hasMessageContaining("patienceSeconds");
    }
}
