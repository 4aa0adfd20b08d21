package de.servicecenter.openinghours.definition;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A schedule as people write it and as it travels as JSON: weekly periods, exceptions and the federal
 * state whose public holidays close it. Deliberately loose (strings, nulls allowed) so that
 * {@link de.servicecenter.openinghours.ScheduleCompiler} can name every mistake by its field.
 *
 * @param publicHolidays ISO 3166-2 code of the federal state (e.g. {@code DE-NW}); {@code null} for none
 */
public record ScheduleDefinition(
        @Schema(nullable = true, example = "DE-NW",
                description = "The federal state (ISO 3166-2) whose public holidays close it; null for none")
        String publicHolidays,
        @Schema(description = "Its weekly hours, each period with its validity")
        List<WeeklyPeriodDefinition> weeklyPeriods,
        @Schema(description = "Closures and special hours") List<ExceptionDefinition> exceptions) {
}
