package de.servicecenter.contact.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A town's working days: its state's holidays, and only the whole-day closures of its own general office hours —
 * not a service area's, not a center's, not another town's, not special hours.
 */
class WorkingDaysTest {

    private static final Duration DAY = Duration.ofHours(24);

    private static ExceptionDefinition closed(String day) {
        return new ExceptionDefinition(LocalDate.parse(day), LocalDate.parse(day), true, List.of(), "geschlossen");
    }

    private static PublishedSchedule schedule(String tenant, String center, String area, ExceptionDefinition... exceptions) {
        return new PublishedSchedule(tenant, center, area, "hours", new ScheduleDefinition("DE-NW", List.of(),
                List.of(exceptions)));
    }

    private static java.time.Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    @Test
    void onlyTheTownsOwnWholeDayClosuresCount() {
        ScheduleCatalog catalog = new ScheduleCatalog(List.of(
                schedule("castrop-rauxel", null, null, closed("2026-12-01"),
                        new ExceptionDefinition(LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-02"), false,
                                List.of(new IntervalDefinition("08:00", "12:00")), "nur vormittags")),
                schedule("castrop-rauxel", null, "buergerbuero", closed("2026-12-03")),
                schedule("bochum", "servicecenter-bochum", null, closed("2026-12-04")),
                schedule("bottrop", null, null, closed("2026-12-07"))),
                Map.of("castrop-rauxel", "DE-NW", "bottrop", "DE-NW"));
        Schedule castropRauxel = WorkingDays.compile(catalog, "castrop-rauxel");

        // Monday 30 Nov 12:00: 12 hours, Tuesday closed, Wednesday's special hours do not shorten a working day
        assertThat(castropRauxel.afterOpenTime(berlin("2026-11-30T12:00"), DAY)).contains(berlin("2026-12-02T12:00"));
        // the Bürgerbüro's, the center's and Bottrop's closures are not the town hall's
        assertThat(castropRauxel.afterOpenTime(berlin("2026-12-03T00:00"), DAY.multipliedBy(2)))
                .contains(berlin("2026-12-05T00:00"));
        assertThat(WorkingDays.compile(catalog, "bottrop").afterOpenTime(berlin("2026-12-04T12:00"), DAY))
                .as("Bottrop's own closure on Monday 7 Dec").contains(berlin("2026-12-08T12:00"));
    }

    @Test
    void theStatesHolidaysCountAndATownWithoutAStateHasNone() {
        ScheduleCatalog catalog = new ScheduleCatalog(List.of(), Map.of("castrop-rauxel", "DE-NW"));
        // Allerheiligen, Monday 1 Nov 2027, is a statutory holiday in North Rhine-Westphalia
        assertThat(WorkingDays.compile(catalog, "castrop-rauxel").afterOpenTime(berlin("2027-10-29T12:00"), DAY))
                .as("Friday, the weekend, Allerheiligen: Tuesday").contains(berlin("2027-11-02T12:00"));
        assertThat(WorkingDays.compile(catalog, "nowhere").afterOpenTime(berlin("2027-10-29T12:00"), DAY))
                .as("no state known: weekends only").contains(berlin("2027-11-01T12:00"));
    }
}
