package de.servicecenter.console.admin.hours;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.console.platform.TenantApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A week as admins write it, day by day, and as tenant-service keeps it, rule by rule — and back. */
class WeekHoursTest {

    @Test
    void theRulesTenantServiceKeepsAreWrittenOutPerWeekday() {
        Map<String, String> text = WeekHours.text(List.of(
                new TenantApi.WeeklyRule(List.of("MONDAY", "TUESDAY"), "14:00", "16:00"),
                new TenantApi.WeeklyRule(List.of("MONDAY", "FRIDAY"), "08:00", "12:30")));

        assertThat(text).containsEntry("MONDAY", "08:00–12:30, 14:00–16:00").containsEntry("TUESDAY", "14:00–16:00")
                .containsEntry("FRIDAY", "08:00–12:30").containsEntry("SUNDAY", "");
    }

    @Test
    void eachIntervalBecomesARuleThatRemembersItsDay() {
        WeekHours.Parsed parsed = WeekHours.parse(Map.of("MONDAY", "8:00-12:30, 14:00 – 16:00", "SATURDAY", "09:00–12:00"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rules()).containsExactly(
                new TenantApi.WeeklyRule(List.of("MONDAY"), "08:00", "12:30"),
                new TenantApi.WeeklyRule(List.of("MONDAY"), "14:00", "16:00"),
                new TenantApi.WeeklyRule(List.of("SATURDAY"), "09:00", "12:00"));
        assertThat(parsed.dayOfRule()).containsExactly("MONDAY", "MONDAY", "SATURDAY");
    }

    @Test
    void whatIsNoTimeSpanIsNamedAtItsDay() {
        WeekHours.Parsed parsed = WeekHours.parse(Map.of("WEDNESDAY", "morgens"));

        assertThat(parsed.errors()).containsOnlyKeys("WEDNESDAY");
        assertThat(parsed.errors().get("WEDNESDAY")).startsWith("Mittwoch: „morgens“ ist keine Zeitspanne");
        assertThat(parsed.rules()).isEmpty();
    }
}
