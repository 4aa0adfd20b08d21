package de.servicecenter.openinghours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class BerlinTimeTest {

    @Test
    void parsesTimesWithOffsetAsTheyAre() {
        assertThat(BerlinTime.parse("2026-11-28T10:00:00+01:00")).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(BerlinTime.parse("2026-11-28T09:00:00Z")).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void parsesWallClockTimesAsBerlinTime() {
        assertThat(BerlinTime.parse("2026-11-28T10:00")).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(BerlinTime.parse("2026-07-01T10:00:30")).isEqualTo(Instant.parse("2026-07-01T08:00:30Z"));
        // the missing spring hour: the clocks jump to 03:00 CEST
        assertThat(BerlinTime.parse("2026-03-29T02:30")).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        // the repeated autumn hour: its first occurrence, in CEST
        assertThat(BerlinTime.parse("2026-10-25T02:30")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void aTimeWithSecondsInTheSpringGapIsTheInstantTheClocksJumpTo() {
        Instant jump = Instant.parse("2026-03-29T01:00:00Z");
        assertThat(BerlinTime.parse("2026-03-29T02:30:45")).isEqualTo(jump);
        assertThat(BerlinTime.parse("2026-03-29T02:00:00.001")).isEqualTo(jump);
        assertThat(BerlinTime.parse("2026-03-29T02:59:59.999")).isEqualTo(jump);
        assertThat(BerlinTime.parse("2026-03-29T03:00:59")).isEqualTo(jump.plusSeconds(59));
    }

    @Test
    void wallClockTimesNeverMapBackwardsAcrossTheSwitchDays() {
        for (String day : new String[] {"2026-03-29", "2026-10-25"}) {
            java.time.LocalDateTime wallClock = java.time.LocalDate.parse(day).atTime(1, 0);
            Instant previous = BerlinTime.instantOf(wallClock);
            for (int second = 1; second < 3 * 3600; second++) {
                Instant next = BerlinTime.instantOf(wallClock.plusSeconds(second));
                assertThat(next).as("%s + %d s", wallClock, second).isAfterOrEqualTo(previous);
                previous = next;
            }
        }
    }

    @Test
    void refusesWhatIsNoTime() {
        assertThatThrownBy(() -> BerlinTime.parse("28.11.2026 10:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> BerlinTime.parse("2026-11-28")).isInstanceOf(DateTimeParseException.class);
    }
}
