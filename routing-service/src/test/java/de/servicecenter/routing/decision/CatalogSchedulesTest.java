package de.servicecenter.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.openinghours.HolidayCalendar;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogSchedulesTest {

    private static ScheduleDefinition weekdays(String opens, String closes) {
        return new ScheduleDefinition("DE-NW", List.of(new WeeklyPeriodDefinition(LocalDate.of(2020, 1, 1), null,
                List.of(new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        opens, closes)))), List.of());
    }

    private static final CatalogSchedules SCHEDULES = new CatalogSchedules(new ScheduleCatalog(List.of(
            new PublishedSchedule("bochum", "servicecenter-bochum", null, "ServiceCenter Bochum", weekdays("08:00", "18:00")),
            new PublishedSchedule("castrop-rauxel", null, null, "Rathaus", weekdays("08:00", "12:00")),
            new PublishedSchedule("castrop-rauxel", null, "buergerbuero", "Bürgerbüro", weekdays("07:30", "16:00"))),
            Map.of("castrop-rauxel", "DE-NW", "augsburg", "DE-BY")));

    private static boolean openAt(ScheduleReference reference, String instant) {
        return SCHEDULES.schedule(reference).orElseThrow().schedule().statusAt(Instant.parse(instant)).open();
    }

    @Test
    void centersAndOfficesAreFoundByReference() {
        assertThat(openAt(ScheduleReference.ofCenter("servicecenter-bochum"), "2026-11-23T16:30:00Z")).isTrue();
        assertThat(SCHEDULES.schedule(ScheduleReference.ofOffice("castrop-rauxel", "buergerbuero")).orElseThrow().name())
                .isEqualTo("Bürgerbüro");
        assertThat(SCHEDULES.schedule(ScheduleReference.ofCenter("call-atlantis"))).isEmpty();
    }

    @Test
    void anAreaWithoutOwnHoursHasTheTownsGeneralHours() {
        assertThat(SCHEDULES.schedule(ScheduleReference.ofOffice("castrop-rauxel", "standesamt")).orElseThrow().name())
                .isEqualTo("Rathaus");
        assertThat(SCHEDULES.schedule(ScheduleReference.ofOffice("bottrop", "standesamt"))).isEmpty();
    }

    @Test
    void holidaysAreThoseOfTheTownsState() {
        assertThat(SCHEDULES.holidays("castrop-rauxel").holidayName(LocalDate.of(2026, 6, 4))).contains("Fronleichnam");
        assertThat(SCHEDULES.holidays("augsburg").holidayName(LocalDate.of(2026, 1, 6))).contains("Heilige Drei Könige");
        assertThat(SCHEDULES.holidays("castrop-rauxel").holidayName(LocalDate.of(2026, 1, 6))).isEmpty();
        assertThat(SCHEDULES.holidays("nowhere")).isSameAs(HolidayCalendar.NONE);
    }
}
