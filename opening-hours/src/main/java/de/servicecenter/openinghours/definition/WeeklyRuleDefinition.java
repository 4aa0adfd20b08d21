package de.servicecenter.openinghours.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * One opening interval on some weekdays, e.g. {@code MONDAY, TUESDAY, WEDNESDAY 08:00-17:00}. Several rules
 * give a day several intervals (08:00-12:00 and 14:00-18:00).
 *
 * @param days   {@code MONDAY} ... {@code SUNDAY}
 * @param opens  {@code HH:mm}
 * @param closes {@code HH:mm}, up to {@code 24:00}; after {@code opens}
 */
@Schema(name = "WeeklyRule", description = "One opening interval on some weekdays; several rules give a day several "
        + "intervals. Europe/Berlin wall-clock times, minute precision; intervals of a day must not overlap.")
public record WeeklyRuleDefinition(
        @Schema(required = true, example = "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\"]",
                enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
        List<String> days,
        @Schema(required = true, example = "08:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String opens,
        @Schema(required = true, example = "17:00", description = "After opens; up to 24:00 (intervals do not cross "
                + "midnight)") String closes) {
}
