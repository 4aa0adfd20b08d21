package de.servicecenter.openinghours;

import static de.servicecenter.openinghours.Schedules.berlin;
import static de.servicecenter.openinghours.Schedules.closed;
import static de.servicecenter.openinghours.Schedules.compile;
import static de.servicecenter.openinghours.Schedules.kreisSoest;
import static de.servicecenter.openinghours.Schedules.kreisSoestPeriod;
import static de.servicecenter.openinghours.Schedules.rule;
import static de.servicecenter.openinghours.Schedules.special;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.openinghours.OpeningStatus.ClosedReason;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleEvaluationTest {

    private final Schedule soest = compile(kreisSoest());

    @Nested
    class Boundaries {

        @ParameterizedTest(name = "{0} -> open={1}")
        @CsvSource({
                "2026-11-23T07:59:59, false",
                "2026-11-23T08:00:00, true",
                "2026-11-23T16:59:59, true",
                "2026-11-23T17:00:00, false",
                "2026-11-26T17:30:00, true",
                "2026-11-26T18:00:00, false",
                "2026-11-27T12:59:00, true",
                "2026-11-27T13:00:00, false",
                "2026-11-28T10:00:00, false"})
        void openingIsHalfOpenToTheMinute(String wallClock, boolean open) {
            assertThat(soest.statusAt(berlin(wallClock)).open()).isEqualTo(open);
        }

        @Test
        void openSaysUntilWhen() {
            OpeningStatus status = soest.statusAt(berlin("2026-11-23T08:00:00"));

            assertThat(status.closesAt()).contains(berlin("2026-11-23T17:00:00"));
            assertThat(status.nextChange()).isEqualTo(status.closesAt());
            assertThat(status.closedReason()).isEmpty();
        }

        @Test
        void closedBeforeOpeningSaysWhenItOpensTheSameDay() {
            OpeningStatus status = soest.statusAt(berlin("2026-11-23T07:59:00"));

            assertThat(status.nextOpening()).contains(berlin("2026-11-23T08:00:00"));
            assertThat(status.closedReason()).contains(
                    new ClosedReason(ClosedReason.Kind.OUTSIDE_OPENING_HOURS, Optional.empty()));
        }

        @Test
        void fridayAfternoonOpensAgainOnMonday() {
            assertThat(soest.statusAt(berlin("2026-11-27T13:00:00")).nextOpening())
                    .contains(berlin("2026-11-30T08:00:00"));
        }
    }

    @Nested
    class PublicHolidays {

        @Test
        void closedOnFronleichnamInNrw() {
            OpeningStatus status = soest.statusAt(berlin("2026-06-04T10:00:00"));

            assertThat(status.open()).isFalse();
            assertThat(status.closedReason()).contains(
                    new ClosedReason(ClosedReason.Kind.PUBLIC_HOLIDAY, Optional.of("Fronleichnam")));
            assertThat(status.nextOpening()).contains(berlin("2026-06-05T08:00:00"));
        }

        @Test
        void openOnFronleichnamInBerlin() {
            Schedule berlinOffice = compile(new ScheduleDefinition("DE-BE",
                    List.of(kreisSoestPeriod(Schedules.SOEST_START, null)), List.of()));

            assertThat(berlinOffice.statusAt(berlin("2026-06-04T10:00:00")).open()).isTrue();
        }

        @Test
        void anExceptionOpensAHoliday() {
            Schedule schedule = compile(kreisSoest(
                    special(LocalDate.of(2026, 6, 4), "10:00", "14:00", "Sonderöffnung Wahlunterlagen")));

            assertThat(schedule.statusAt(berlin("2026-06-04T09:59:00")).open()).isFalse();
            OpeningStatus open = schedule.statusAt(berlin("2026-06-04T10:00:00"));
            assertThat(open.open()).isTrue();
            assertThat(open.closesAt()).contains(berlin("2026-06-04T14:00:00"));
            assertThat(open.today().kind()).isEqualTo(DayHours.Kind.SPECIAL_HOURS);
            assertThat(schedule.statusAt(berlin("2026-06-04T07:00:00")).nextOpening())
                    .contains(berlin("2026-06-04T10:00:00"));
        }

        @Test
        void nextOpeningSpansTheEasterWeekendFromKarfreitagToOstermontag() {
            OpeningStatus thursdayEvening = soest.statusAt(berlin("2026-04-02T18:00:00"));

            assertThat(thursdayEvening.nextOpening()).contains(berlin("2026-04-07T08:00:00"));
            OpeningStatus goodFriday = soest.statusAt(berlin("2026-04-03T09:00:00"));
            assertThat(goodFriday.closedReason().flatMap(ClosedReason::text)).contains("Karfreitag");
            assertThat(soest.statusAt(berlin("2026-04-06T09:00:00")).closedReason().flatMap(ClosedReason::text))
                    .contains("Ostermontag");
        }
    }

    @Nested
    class Exceptions {

        @Test
        void closureBetweenTheYearsNamesItsReasonAndEndsAfterNewYear() {
            Schedule schedule = compile(kreisSoest(closed(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31),
                    "Rathausschließung zwischen den Jahren")));

            OpeningStatus status = schedule.statusAt(berlin("2026-12-28T10:00:00"));

            assertThat(status.open()).isFalse();
            assertThat(status.closedReason()).contains(new ClosedReason(ClosedReason.Kind.EXCEPTION,
                    Optional.of("Rathausschließung zwischen den Jahren")));
            // 1 Jan is Neujahr (a Friday), so the first day back is Monday 4 Jan
            assertThat(status.nextOpening()).contains(berlin("2027-01-04T08:00:00"));
        }

        @Test
        void dienstleistungsabendKeepsTheDayOpenUntilHalfPastSeven() {
            Schedule schedule = compile(kreisSoest(
                    special(LocalDate.of(2026, 11, 24), "08:00", "19:30", "Dienstleistungsabend")));

            assertThat(schedule.statusAt(berlin("2026-11-24T19:29:00")).open()).isTrue();
            assertThat(schedule.statusAt(berlin("2026-11-24T19:30:00")).open()).isFalse();
            assertThat(schedule.statusAt(berlin("2026-11-24T12:00:00")).closesAt())
                    .contains(berlin("2026-11-24T19:30:00"));
        }
    }

    @Nested
    class DaylightSavingSwitch {

        /** A night line open Sundays 01:00-04:00, across the hour the clocks change. */
        private final Schedule nightLine = compile(new ScheduleDefinition(null, List.of(new WeeklyPeriodDefinition(
                Schedules.SOEST_START, null, List.of(rule("01:00", "04:00", "SUNDAY"),
                rule("22:00", "24:00", "SATURDAY"), rule("00:00", "00:30", "SUNDAY")))), List.of()));

        @Test
        void springForwardShortensTheIntervalToTwoHours() {
            Instant opens = Instant.parse("2026-03-29T00:00:00Z"); // 01:00 CET
            Instant closes = Instant.parse("2026-03-29T02:00:00Z"); // 04:00 CEST

            OpeningStatus status = nightLine.statusAt(opens);
            assertThat(status.open()).isTrue();
            assertThat(status.closesAt()).contains(closes);
            assertThat(Duration.between(opens, closes)).hasHours(2);
            assertThat(nightLine.statusAt(Instant.parse("2026-03-29T00:59:59Z")).open()).isTrue(); // 01:59:59 CET
            assertThat(nightLine.statusAt(Instant.parse("2026-03-29T01:00:00Z")).open()).isTrue(); // 03:00 CEST
            assertThat(nightLine.statusAt(closes).open()).isFalse();
        }

        @Test
        void fallBackLengthensTheIntervalToFourHours() {
            Instant opens = Instant.parse("2026-10-24T23:00:00Z"); // 01:00 CEST
            Instant closes = Instant.parse("2026-10-25T03:00:00Z"); // 04:00 CET

            assertThat(nightLine.statusAt(opens).closesAt()).contains(closes);
            assertThat(nightLine.statusAt(Instant.parse("2026-10-25T00:30:00Z")).open()).isTrue(); // 02:30 CEST
            assertThat(nightLine.statusAt(Instant.parse("2026-10-25T01:30:00Z")).open()).isTrue(); // 02:30 CET
            assertThat(nightLine.statusAt(closes).open()).isFalse();
        }

        @Test
        void anOpeningInsideTheSpringGapStartsWhenTheClocksJump() {
            Schedule schedule = compile(new ScheduleDefinition(null, List.of(new WeeklyPeriodDefinition(
                    Schedules.SOEST_START, null, List.of(rule("02:30", "05:00", "SUNDAY")))), List.of()));

            assertThat(schedule.statusAt(Instant.parse("2026-03-28T23:00:00Z")).nextOpening())
                    .contains(Instant.parse("2026-03-29T01:00:00Z")); // 03:00 CEST
            assertThat(schedule.statusAt(Instant.parse("2026-03-29T00:59:00Z")).open()).isFalse(); // 01:59 CET
        }

        @Test
        void aClosingInsideTheAutumnOverlapIsItsFirstOccurrence() {
            Schedule schedule = compile(new ScheduleDefinition(null, List.of(new WeeklyPeriodDefinition(
                    Schedules.SOEST_START, null, List.of(rule("01:00", "02:30", "SUNDAY")))), List.of()));

            assertThat(schedule.statusAt(Instant.parse("2026-10-25T00:00:00Z")).closesAt())
                    .contains(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST
            assertThat(schedule.statusAt(Instant.parse("2026-10-25T01:15:00Z")).open()).isFalse(); // 02:15 CET
        }

        @Test
        void contiguousIntervalsAcrossMidnightReportTheRealEnd() {
            OpeningStatus saturdayNight = nightLine.statusAt(berlin("2026-11-28T23:00:00"));

            assertThat(saturdayNight.closesAt()).contains(berlin("2026-11-29T00:30:00"));
        }
    }

    @Nested
    class ValidityPeriods {

        private final Schedule changing = compile(new ScheduleDefinition("DE-NW", List.of(
                kreisSoestPeriod(Schedules.SOEST_START, LocalDate.of(2026, 11, 30)),
                new WeeklyPeriodDefinition(LocalDate.of(2026, 12, 1), null,
                        List.of(rule("07:00", "19:00", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))),
                List.of()));

        @Test
        void newHoursApplyFromMidnightOfTheirFirstDay() {
            assertThat(changing.statusAt(berlin("2026-11-30T07:30:00")).open()).isFalse();
            assertThat(changing.statusAt(berlin("2026-11-30T17:30:00")).open()).isFalse();
            OpeningStatus lastMinute = changing.statusAt(berlin("2026-11-30T23:59:59"));
            assertThat(lastMinute.nextOpening()).contains(berlin("2026-12-01T07:00:00"));
            assertThat(changing.statusAt(berlin("2026-12-01T07:00:00")).open()).isTrue();
            assertThat(changing.statusAt(berlin("2026-12-01T18:59:00")).closesAt())
                    .contains(berlin("2026-12-01T19:00:00"));
        }

        @Test
        void noPeriodMeansClosedForThatReason() {
            OpeningStatus before = soest.statusAt(berlin("2015-12-30T10:00:00"));

            assertThat(before.open()).isFalse();
            assertThat(before.closedReason().map(ClosedReason::kind)).contains(ClosedReason.Kind.NO_REGULAR_HOURS);
            assertThat(before.nextOpening()).contains(berlin("2016-01-04T08:00:00")); // 1 Jan holiday, then weekend
        }
    }

    @Test
    void weekListsMondayToSundayWithReasons() {
        List<DayHours> week = soest.week(LocalDate.of(2026, 6, 3));

        assertThat(week).extracting(DayHours::date).first().isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(week).hasSize(7);
        assertThat(week.get(3).kind()).isEqualTo(DayHours.Kind.PUBLIC_HOLIDAY);
        assertThat(week.get(3).note()).contains("Fronleichnam");
        assertThat(week.get(4).intervals()).containsExactly(new TimeInterval(8 * 60, 13 * 60));
        assertThat(week.get(5).isOpenAtAll()).isFalse();
    }
}
