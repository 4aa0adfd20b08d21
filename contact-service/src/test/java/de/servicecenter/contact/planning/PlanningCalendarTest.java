package de.servicecenter.contact.planning;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.contact.calendar.NetworkCalendars;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When calls come in for a plan: the center's half-hours on the Berlin clock, its state's holidays, its closures and
 * special hours, and for one town also the town's own holidays and closures.
 */
class PlanningCalendarTest {

    /** Monday to Friday 08:00–12:30 and 13:30–18:00 (a lunch break), Thursday until 19:15, NRW's holidays. */
    private static Schedule center(ExceptionDefinition... exceptions) {
        return NetworkCalendars.compile(new ScheduleDefinition("DE-NW", List.of(new WeeklyPeriodDefinition(
                LocalDate.of(2015, 1, 1), null, List.of(
                        new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "FRIDAY"), "08:00", "12:30"),
                        new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "FRIDAY"), "13:30", "18:00"),
                        new WeeklyRuleDefinition(List.of("THURSDAY"), "08:00", "19:15")))),
                List.of(exceptions)), "a center");
    }

    /** A town whose holidays are another state's (Bavaria: Epiphany, 6 January) and whose town hall closes a day. */
    private static Schedule bavarianTown(ExceptionDefinition... closures) {
        return NetworkCalendars.compile(new ScheduleDefinition("DE-BY", List.of(new WeeklyPeriodDefinition(
                LocalDate.of(2015, 1, 1), null, List.of(new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY",
                        "WEDNESDAY", "THURSDAY", "FRIDAY"), "00:00", "24:00")))), List.of(closures)), "a town");
    }

    private static List<String> openHalfHours(PlanningCalendar calendar, String day) {
        boolean[] open = calendar.openHalfHours(LocalDate.parse(day));
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < open.length; i++) {
            if (open[i]) {
                starts.add(String.format("%02d:%02d", i / 2, i % 2 * 30));
            }
        }
        return starts;
    }

    @Test
    void aHalfHourCountsWhenTheCenterAnswersInAnyOfItsMinutes() {
        PlanningCalendar calendar = new PlanningCalendar(center(), Optional.empty());
        // Monday: 08:00–12:30 is nine half-hours, 13:30–18:00 nine more; 12:30–13:30 is the break
        assertThat(openHalfHours(calendar, "2026-11-30")).hasSize(18).startsWith("08:00").contains("12:00", "13:30")
                .doesNotContain("12:30", "13:00").endsWith("17:30");
        // Thursday until 19:15: the half-hour from 19:00 is answered for its first quarter
        assertThat(openHalfHours(calendar, "2026-12-03")).hasSize(23).endsWith("19:00");
        assertThat(openHalfHours(calendar, "2026-12-05")).isEmpty(); // Saturday
    }

    @Test
    void theClocksChangeButTheHalfHoursAreTheBerlinClocks() {
        PlanningCalendar calendar = new PlanningCalendar(center(), Optional.empty());
        // Monday after the switch to summer time and Monday after the switch back look the same
        assertThat(openHalfHours(calendar, "2026-03-30")).isEqualTo(openHalfHours(calendar, "2026-10-26"));
    }

    @Test
    void holidaysClosuresAndSpecialHoursOfTheCenter() {
        PlanningCalendar calendar = new PlanningCalendar(center(
                new ExceptionDefinition(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), false,
                        List.of(new IntervalDefinition("08:00", "12:00")), "Heiligabend nur vormittags"),
                new ExceptionDefinition(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 30), true, List.of(),
                        "zwischen den Jahren")), Optional.empty());
        assertThat(calendar.open(LocalDate.of(2026, 12, 25))).isFalse(); // Christmas Day
        assertThat(openHalfHours(calendar, "2026-12-24")).containsExactly("08:00", "08:30", "09:00", "09:30",
                "10:00", "10:30", "11:00", "11:30");
        assertThat(calendar.open(LocalDate.of(2026, 12, 29))).isFalse();
        assertThat(calendar.open(LocalDate.of(2026, 12, 31))).isTrue();
        // a typical week skips special hours, holidays and closures: the next normal Thursday, Friday (not New
        // Year's Day) and Monday
        assertThat(calendar.nextRegular(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.nextRegular(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(calendar.nextRegular(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void forOneTownItsOwnHolidaysAndClosuresCloseTheDayToo() {
        LocalDate epiphany = LocalDate.of(2027, 1, 6);
        PlanningCalendar wholeCenter = new PlanningCalendar(center(), Optional.empty());
        PlanningCalendar oneTown = new PlanningCalendar(center(), Optional.of(bavarianTown(new ExceptionDefinition(
                LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 8), true, List.of(), "Brückentag"))));
        assertThat(wholeCenter.open(epiphany)).isTrue(); // not a holiday in North Rhine-Westphalia
        assertThat(oneTown.open(epiphany)).isFalse();
        assertThat(oneTown.openHalfHours(epiphany)).containsOnly(false);
        assertThat(oneTown.open(LocalDate.of(2027, 1, 8))).isFalse();
        assertThat(oneTown.open(LocalDate.of(2027, 1, 7))).isTrue();
        assertThat(oneTown.nextRegular(epiphany)).isEqualTo(LocalDate.of(2027, 1, 13));
    }
}
