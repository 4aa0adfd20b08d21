package de.servicecenter.openinghours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    private static final DayRange OCTOBER_TERM = DayRange.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

    @Test
    void containsItsFirstAndLastDayAndNothingAround() {
        assertThat(OCTOBER_TERM.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(OCTOBER_TERM.contains(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(OCTOBER_TERM.contains(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(OCTOBER_TERM.contains(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(DayRange.from(LocalDate.of(2015, 9, 1)).contains(LocalDate.of(2199, 12, 31))).isTrue();
    }

    /** The last day ends at Berlin midnight: 23:59 CET on 31 October is in, 00:00 CET on 1 November is not. */
    @Test
    void instantsCountByTheBerlinDayTheyFallOn() {
        assertThat(OCTOBER_TERM.contains(Instant.parse("2026-10-31T22:59:00Z"))).isTrue();
        assertThat(OCTOBER_TERM.contains(Instant.parse("2026-10-31T23:00:00Z"))).isFalse();
        assertThat(OCTOBER_TERM.contains(Instant.parse("2026-09-30T22:00:00Z"))).isTrue(); // 00:00 CEST, 1 October
        assertThat(OCTOBER_TERM.end()).contains(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(OCTOBER_TERM.start()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    }

    /** The range spans the autumn switch: its days are 25 hours long where the clocks go back. */
    @Test
    void aRangeAcrossTheAutumnSwitchLastsItsRealLength() {
        DayRange switchWeekend = DayRange.between(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25));
        assertThat(java.time.Duration.between(switchWeekend.start(), switchWeekend.end().orElseThrow()).toHours())
                .isEqualTo(49);
    }

    @Test
    void overlapsAndIntersections() {
        DayRange openFromMid = DayRange.from(LocalDate.of(2026, 10, 15));
        assertThat(OCTOBER_TERM.intersection(openFromMid))
                .contains(DayRange.between(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 31)));
        assertThat(openFromMid.intersection(DayRange.from(LocalDate.of(2027, 1, 1))))
                .contains(DayRange.from(LocalDate.of(2027, 1, 1)));
        assertThat(OCTOBER_TERM.overlaps(DayRange.between(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 31)))).isTrue();
        assertThat(OCTOBER_TERM.overlaps(DayRange.from(LocalDate.of(2026, 11, 1)))).isFalse();
    }

    @Test
    void theDaysOfAMonthARangeCovers() {
        assertThat(DayRange.from(LocalDate.of(2015, 9, 14)).within(YearMonth.of(2015, 9)))
                .contains(DayRange.between(LocalDate.of(2015, 9, 14), LocalDate.of(2015, 9, 30)));
        assertThat(OCTOBER_TERM.within(YearMonth.of(2026, 11))).isEmpty();
        assertThat(DayRange.of(YearMonth.of(2028, 2)).last()).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aRangeCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new DayRange(LocalDate.of(2026, 10, 2), Optional.of(LocalDate.of(2026, 10, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
