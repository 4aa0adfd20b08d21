package de.servicecenter.console.admin.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import de.servicecenter.console.platform.RoutingApi;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days in Berlin, not in UTC: a stretch split at local midnight, and the days the clocks change are 23 and 25 hours. */
class TimelineTest {

    private static RoutingApi.SimulatedInterval interval(String from, String until, String action, int rule) {
        return new RoutingApi.SimulatedInterval(Instant.parse(from), Instant.parse(until), action, "target",
                action.equals("ANNOUNCEMENT") ? "CLOSED" : null, rule, "rule " + rule);
    }

    @Test
    void aStretchOverMidnightIsSplitIntoItsTwoBerlinDays() {
        List<Timeline.Day> days = Timeline.of(List.of(
                interval("2026-11-23T17:00:00Z", "2026-11-24T07:00:00Z", "ANNOUNCEMENT", 5)));

        assertThat(days).extracting(Timeline.Day::label).containsExactly("Montag, 23.11.", "Dienstag, 24.11.");
        assertThat(days.get(0).stretches()).extracting(Timeline.Stretch::from, Timeline.Stretch::until)
                .containsExactly(tuple("18:00", "24:00"));
        assertThat(days.get(1).stretches()).extracting(Timeline.Stretch::from, Timeline.Stretch::until)
                .containsExactly(tuple("00:00", "08:00"));
        assertThat(days.get(0).stretches().get(0).left()).isEqualTo("75.000");
        assertThat(days.get(1).stretches().get(0).width()).isEqualTo("33.333");
    }

    @Test
    void theNightTheClocksGoBackHasTwentyFiveHours() {
        // Sunday 25 October 2026: 00:00 CEST (22:00Z the day before) to 24:00 CET (23:00Z) are 25 hours
        List<Timeline.Day> days = Timeline.of(List.of(
                interval("2026-10-24T22:00:00Z", "2026-10-25T07:00:00Z", "ANNOUNCEMENT", 5),
                interval("2026-10-25T07:00:00Z", "2026-10-25T23:00:00Z", "ROUTE_TO_CENTER", 4)));

        assertThat(days).hasSize(1);
        List<Timeline.Stretch> stretches = days.get(0).stretches();
        assertThat(stretches).extracting(Timeline.Stretch::from, Timeline.Stretch::until).containsExactly(
                tuple("00:00", "08:00"), tuple("08:00", "24:00"));
        assertThat(stretches.get(0).width()).as("9 of 25 hours").isEqualTo("36.000");
        assertThat(stretches.get(1).kind()).isEqualTo("routed");
    }

    @Test
    void theNightTheClocksGoForwardHasTwentyThreeHours() {
        // Sunday 29 March 2026: 23:00Z the day before to 22:00Z
        List<Timeline.Day> days = Timeline.of(List.of(
                interval("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z", "ANNOUNCEMENT", 1)));

        assertThat(days).hasSize(1);
        assertThat(days.get(0).stretches().get(0).width()).isEqualTo("100.000");
        assertThat(days.get(0).stretches().get(0).what()).isEqualTo("Ansage „geschlossen“");
    }
}
