package de.servicecenter.openinghours.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A one-off deviation on {@code firstDay} to {@code lastDay} (inclusive): either {@code closed}, or open only
 * during {@code hours}. Overrides weekly hours and public holidays.
 *
 * @param reason shown to citizens, e.g. "Rathausschließung zwischen den Jahren" or "Dienstleistungsabend"
 */
@Schema(name = "ScheduleExceptionRequest", description = "A closure (closed: true) or special hours on a day or a "
        + "range of days; overrides the weekly hours and public holidays")
public record ExceptionDefinition(
        @Schema(required = true, example = "2026-12-24", description = "First day it applies") LocalDate firstDay,
        @Schema(required = true, example = "2026-12-31", description = "Last day it applies (inclusive)")
        LocalDate lastDay,
        @Schema(example = "true", description = "True to close all day; then hours stays empty") boolean closed,
        @Schema(description = "The special hours when not closed") List<IntervalDefinition> hours,
        @Schema(required = true, maxLength = 200, example = "Rathausschließung zwischen den Jahren",
                description = "Shown to citizens") String reason) {
}
