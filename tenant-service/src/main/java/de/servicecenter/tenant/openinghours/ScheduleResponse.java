package de.servicecenter.tenant.openinghours;

import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Schedule", description = "Opening hours of a service center or of a tenant's office")
public record ScheduleResponse(
        UUID id,
        @Schema(example = "castrop-rauxel") String tenant,
        @Schema(example = "null") String serviceCenter,
        @Schema(example = "buergerbuero") String serviceArea,
        @Schema(example = "Bürgerbüro Castrop-Rauxel") String name,
        @Schema(example = "DE-NW", description = "State whose public holidays close it; null for none") String publicHolidays,
        List<WeeklyPeriodDefinition> weeklyPeriods,
        List<ExceptionResponse> exceptions,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "ScheduleException", description = "A one-off closure or special hours")
    public record ExceptionResponse(
            UUID id,
            @Schema(example = "2026-12-24") LocalDate firstDay,
            @Schema(example = "2026-12-31") LocalDate lastDay,
            @Schema(example = "true") boolean closed,
            List<IntervalDefinition> hours,
            @Schema(example = "Rathausschließung zwischen den Jahren") String reason) {
    }
}
