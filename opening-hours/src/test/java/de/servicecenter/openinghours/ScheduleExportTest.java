package de.servicecenter.openinghours;

import static de.servicecenter.openinghours.Schedules.closed;
import static de.servicecenter.openinghours.Schedules.compile;
import static de.servicecenter.openinghours.Schedules.kreisSoest;
import static de.servicecenter.openinghours.Schedules.kreisSoestPeriod;
import static de.servicecenter.openinghours.Schedules.rule;
import static de.servicecenter.openinghours.Schedules.special;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.export.ICalendarOpeningHours;
import de.servicecenter.openinghours.export.OsmOpeningHours;
import de.servicecenter.openinghours.export.SchemaOrgOpeningHours;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ScheduleExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final Schedule soest = compile(kreisSoest(
            special(LocalDate.of(2026, 11, 26), "08:00", "19:30", "Dienstleistungsabend"),
            closed(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), "Rathausschließung zwischen den Jahren"),
            closed(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 31), "Rathausschließung 2025")));

    /** RFC 5545, read back with ical4j: openings in Berlin time, closures all day, UIDs stable and unique. */
    @Test
    void iCalendarHasEveryOpeningAndClosureOfTheComingDays() throws Exception {
        Instant stamp = Instant.parse("2026-11-20T23:00:00Z");
        String feed = ICalendarOpeningHours.format("soest", "ServiceCenter Kreis Soest", soest, LocalDate.of(2026, 11, 23),
                45, stamp);

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, VEvent> byStart = new TreeMap<>();
        events.forEach(event -> byStart.put(value(event, Property.DTSTART), event));
        assertThat(feed).contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin")
                .contains("DTSTART;TZID=Europe/Berlin:20261123T080000", "DTEND;TZID=Europe/Berlin:20261123T170000")
                .contains("DTSTART;TZID=Europe/Berlin:20261126T080000", "DTEND;TZID=Europe/Berlin:20261126T193000")
                .contains("DTSTART;VALUE=DATE:20261225", "SUMMARY:ServiceCenter Kreis Soest geschlossen: "
                        + "Rathausschließung zwischen den Jahren")
                .doesNotContain("20261128T"); // Saturday: closed, no event
        assertThat(value(byStart.get("20261126T080000"), Property.DESCRIPTION)).isEqualTo("Dienstleistungsabend");
        assertThat(events).extracting(event -> value(event, Property.UID)).doesNotHaveDuplicates();
        assertThat(ICalendarOpeningHours.format("soest", "ServiceCenter Kreis Soest", soest, LocalDate.of(2026, 11, 23),
                45, stamp)).as("the same day's feed is the same, for its ETag").isEqualTo(feed);
        // 23 Nov – 6 Jan: 5 working weeks minus the 8 days between the years (5 of them working days) and New Year
        long openings = events.stream().filter(event -> value(event, Property.SUMMARY).endsWith("geöffnet")).count();
        assertThat(openings).isEqualTo(33 - 6 - 1 + 0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void osmListsWeeklyHoursThenHolidaysThenExceptionsStillAhead() {
        assertThat(OsmOpeningHours.format(soest, TODAY)).isEqualTo(
                "Mo-We 08:00-17:00; Th 08:00-18:00; Fr 08:00-13:00; PH off; "
                        + "2026 Nov 26 08:00-19:30 open \"Dienstleistungsabend\"; "
                        + "2026 Dec 24-2026 Dec 31 off \"Rathausschließung zwischen den Jahren\"");
    }

    @Test
    void osmDatesBoundedAndFuturePeriodsAndGroupsSplitDays() {
        Schedule schedule = compile(new ScheduleDefinition(null, List.of(
                new WeeklyPeriodDefinition(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(
                        rule("08:00", "12:00", "MONDAY", "TUESDAY", "THURSDAY"),
                        rule("14:00", "18:00", "MONDAY", "TUESDAY", "THURSDAY"),
                        rule("08:00", "24:00", "SATURDAY"))),
                kreisSoestPeriod(LocalDate.of(2027, 1, 1), null)), List.of()));

        assertThat(OsmOpeningHours.format(schedule, TODAY)).isEqualTo(
                "2026 Nov 21-2026 Dec 31 Mo,Tu,Th 08:00-12:00,14:00-18:00; 2026 Nov 21-2026 Dec 31 Sa 08:00-24:00; "
                        + "2027+ Mo-We 08:00-17:00; 2027+ Th 08:00-18:00; 2027+ Fr 08:00-13:00");
    }

    /** "2027 Mar 15+" is no date opening_hours.js reads: the first year's rest, then the open range of years. */
    @Test
    void osmPeriodStartingLaterInTheYearAndNeverEnding() {
        Schedule schedule = compile(new ScheduleDefinition(null, List.of(
                kreisSoestPeriod(LocalDate.of(2016, 1, 1), LocalDate.of(2027, 3, 14)),
                new WeeklyPeriodDefinition(LocalDate.of(2027, 3, 15), null, List.of(
                        rule("09:00", "12:00", "MONDAY")))), List.of()));

        assertThat(OsmOpeningHours.format(schedule, TODAY)).isEqualTo(
                "2026 Nov 21-2027 Mar 14 Mo-We 08:00-17:00; 2026 Nov 21-2027 Mar 14 Th 08:00-18:00; "
                        + "2026 Nov 21-2027 Mar 14 Fr 08:00-13:00; "
                        + "2027 Mar 15-2027 Dec 31 Mo 09:00-12:00; 2028+ Mo 09:00-12:00");
    }

    @Test
    void osmOfAScheduleWithoutHoursIsOff() {
        assertThat(OsmOpeningHours.format(compile(new ScheduleDefinition(null, List.of(), List.of())), TODAY))
                .isEqualTo("off");
    }

    @Test
    void schemaOrgSpecifiesWeeklyHoursHolidaysAndExceptions() {
        List<Map<String, Object>> specifications = SchemaOrgOpeningHours.specifications(soest, TODAY);

        assertThat(specifications.getFirst()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "@type", "OpeningHoursSpecification", "opens", "08:00", "closes", "17:00",
                "dayOfWeek", List.of("https://schema.org/Monday", "https://schema.org/Tuesday",
                        "https://schema.org/Wednesday"),
                "validFrom", "2016-01-01"));
        assertThat(specifications).anySatisfy(specification -> assertThat(specification)
                .containsEntry("validFrom", "2027-05-27").containsEntry("description", "Fronleichnam")
                .containsEntry("opens", "00:00").containsEntry("closes", "00:00"));
        assertThat(specifications).anySatisfy(specification -> assertThat(specification)
                .containsEntry("validFrom", "2026-12-24").containsEntry("validThrough", "2026-12-31")
                .containsEntry("closes", "00:00"));
        assertThat(specifications).anySatisfy(specification -> assertThat(specification)
                .containsEntry("validFrom", "2026-11-26").containsEntry("closes", "19:30"));
        // 25/26 Dec fall inside the closure: listed once, as the closure, not again as holidays
        assertThat(specifications).noneSatisfy(specification -> assertThat(specification)
                .containsEntry("validFrom", "2026-12-25"));
        assertThat(specifications).noneSatisfy(specification -> assertThat(specification)
                .containsEntry("description", "Rathausschließung 2025"));
    }
}
