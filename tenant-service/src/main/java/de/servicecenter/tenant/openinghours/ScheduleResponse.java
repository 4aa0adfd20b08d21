package de.servicecenter.tenant.openinghours;

import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Schedule", description = "Opening hours of a service center or of a town's office")
public record ScheduleResponse(
        @Schema(description = "The schedule's id") UUID id,
        @Schema(nullable = true, description = "The town whose office hours these are; for a center, its host",
                example = "castrop-rauxel")
        String town,
        @Schema(nullable = true, description = "The center whose phone hours these are; null for a town's office hours",
                example = "null")
        String serviceCenter,
        @Schema(nullable = true, description = "The service area the office hours are for; null for the town's general hours",
                example = "buergerbuero")
        String serviceArea,
        @Schema(description = "The schedule's name", example = "Bürgerbüro Castrop-Rauxel") String name,
        @Schema(nullable = true, example = "DE-NW", description = "State whose public holidays close it; null for none")
        String publicHolidays,
        @Schema(description = "Weekly hours, each period with its validity") List<WeeklyPeriodDefinition> weeklyPeriods,
        @Schema(description = "Closures and special hours, by first day") List<ExceptionResponse> exceptions,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "ScheduleException", description = "A one-off closure or special hours")
    public record ExceptionResponse(
            @Schema(description = "The exception's id") UUID id,
            @Schema(example = "2026-12-24") LocalDate firstDay,
            @Schema(example = "2026-12-31") LocalDate lastDay,
            @Schema(description = "true when closed all day; then hours is empty", example = "true") boolean closed,
            @Schema(description = "The special hours when not closed") List<IntervalDefinition> hours,
            @Schema(description = "Shown to citizens", example = "Rathausschließung zwischen den Jahren")
            String reason) {
    }
}
