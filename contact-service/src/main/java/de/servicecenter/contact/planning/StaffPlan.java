package de.servicecenter.contact.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Agents a host plans per half-hour: entered over the API or uploaded as CSV ({@code date;start;agents}). */
@Schema(name = "StaffPlan", description = "Agents planned per Berlin half-hour; each replaces what was planned for "
        + "its half-hour before")
public record StaffPlan(
        @NotEmpty @Size(max = MAX_INTERVALS)
        @Schema(required = true, maxItems = MAX_INTERVALS, description = "The half-hours planned")
        List<@NotNull @Valid Interval> intervals) {

    /** 62 days of 48 half-hours: two months at a time. */
    public static final int MAX_INTERVALS = 2976;

    @Schema(name = "StaffPlanInterval")
    public record Interval(
            @NotNull @Schema(required = true, description = "The Berlin day", example = "2026-12-07") LocalDate date,
            @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):(00|30)", message = "must be the start of a half-hour, "
                    + "HH:00 or HH:30")
            @Schema(required = true, example = "08:00", description = "Berlin clock time the half-hour begins")
            String start,
            @NotNull @Min(0) @Max(10_000)
            @Schema(required = true, example = "6", description = "Agents on the phone") Integer agents) {

        int halfHour() {
            return Integer.parseInt(start.substring(0, 2)) * 2 + (start.endsWith("30") ? 1 : 0);
        }
    }

    /** What was stored. */
    @Schema(name = "StaffPlanSaved")
    public record Saved(@Schema(description = "The center", example = "servicecenter-bochum") String serviceCenter,
                        @Schema(description = "Half-hours stored", example = "110") int intervals,
                        @Schema(description = "First day stored", example = "2026-12-07") LocalDate from,
                        @Schema(description = "Last day stored", example = "2026-12-11") LocalDate to) {
    }
}
