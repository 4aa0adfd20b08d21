package de.servicecenter.openinghours.definition;

import java.time.DayOfWeek;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(required = true, type = SchemaType.ARRAY, implementation = DayOfWeek.class,
                example = "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\"]", description = "The weekdays these hours apply on")
        List<String> days,
        @Schema(required = true, example = "08:00", description = "Opening time (HH:mm)", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String opens,
        @Schema(required = true, example = "17:00", description = "After opens; up to 24:00 (intervals do not cross "
                + "midnight)") String closes) {
}
