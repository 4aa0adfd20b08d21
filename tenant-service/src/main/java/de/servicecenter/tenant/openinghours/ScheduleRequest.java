package de.servicecenter.tenant.openinghours;

import de.servicecenter.commons.validation.TenantSlug;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A schedule to create or replace. It belongs either to a service center ({@code serviceCenter}), or to a
 * town's office: for one service area, or (area omitted) the town's general hours.
 *
 * @param publicHolidays ISO 3166-2 code of the state whose holidays close it; the town's state when omitted,
 *                       {@code NONE} for none
 */
@Schema(name = "ScheduleRequest", description = "Opening hours of a service center or of a town's office")
public record ScheduleRequest(
        @TenantSlug
        @Schema(nullable = true, example = "castrop-rauxel", description = "The town owning it; required for an office, implied by a center")
        String town,

        @TenantSlug
        @Schema(nullable = true, example = "servicecenter-bochum", description = "The center whose phone hours these are")
        String serviceCenter,

        @TenantSlug
        @Schema(nullable = true, example = "buergerbuero", description = "The office's service area; omit for the town's general hours")
        String serviceArea,

        @NotBlank @Size(max = 200)
        @Schema(description = "The schedule's name, shown to citizens", required = true, example = "Bürgerbüro Castrop-Rauxel")
        String name,

        @Size(max = 5)
        @Schema(nullable = true, example = "DE-NW", description = "Holidays of this state close it; the town's state when omitted, NONE for none")
        String publicHolidays,

        @NotNull @Size(max = 50)
        @Schema(required = true, description = "Weekly hours with validity; periods must not overlap")
        List<WeeklyPeriodDefinition> weeklyPeriods) {

    /** Value of {@code publicHolidays} for a schedule that ignores public holidays. */
    public static final String NO_HOLIDAYS = "NONE";
}
