package de.servicecenter.contact.planning;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The host's plan held against what happened, half-hour by half-hour. */
@Schema(description = "Per half-hour with planned agents or calls: the service level the plan predicted (with the "
        + "forecast made at the start of its week), the one the same agents give for the calls that came, and the "
        + "one measured")
public record PlanVsActual(
        @Schema(description = "The center", example = "servicecenter-bochum") String serviceCenter,
        @Schema(description = "First day compared", example = "2026-11-23") LocalDate from,
        @Schema(description = "Last day compared", example = "2026-11-27") LocalDate to,
        @Schema(description = "What the predictions rest on") PlanningAssumptions assumptions,
        @Schema(description = "All half-hours together, weighted by calls") Totals totals,
        @Schema(description = "Each half-hour with agents planned or calls offered") List<Interval> intervals) {

    @Schema(name = "PlanVsActualTotals")
    public record Totals(@Schema(description = "Calls forecast", example = "2512.0") double forecastCalls,
                         @Schema(description = "Calls offered", example = "2480") long offeredCalls,
                         @Schema(nullable = true, description = "Service level the plan predicted, over the planned half-hours", example = "0.82") Double predictedServiceLevel,
                         @Schema(nullable = true, description = "Service level measured", example = "0.79") Double measuredServiceLevel) {
    }

    @Schema(name = "PlanVsActualInterval")
    public record Interval(
            @Schema(description = "The Berlin day", example = "2026-11-23") LocalDate date,
            @Schema(description = "Berlin clock time the half-hour begins", example = "09:00") String start,
            @Schema(nullable = true, description = "Agents planned; null when none were entered", example = "7")
            Integer plannedAgents,
            @Schema(description = "Calls forecast at the start of the week", example = "40.3") double forecastCalls,
            @Schema(nullable = true, description = "Service level the planned agents were to reach with the "
                    + "forecast calls", example = "0.86") Double predictedServiceLevel,
            @Schema(description = "Calls offered", example = "44") long offeredCalls,
            @Schema(nullable = true, description = "Service level the planned agents give for the calls that came: "
                    + "tells a wrong forecast from a wrong model", example = "0.79") Double expectedForOfferedCalls,
            @Schema(nullable = true, description = "Answered within the target's seconds among offered calls",
                    example = "0.77") Double measuredServiceLevel) {
    }
}
