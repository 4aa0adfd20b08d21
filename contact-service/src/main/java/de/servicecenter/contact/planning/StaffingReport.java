package de.servicecenter.contact.planning;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Agents needed per half-hour for the forecast calls, and full-time posts per week. */
@Schema(description = "Agents needed per open half-hour for the forecast calls, and full-time posts per week")
public record StaffingReport(
        @Schema(description = "The center", example = "servicecenter-bochum") String serviceCenter,
        @Schema(description = "What the plan rests on") PlanningAssumptions assumptions,
        @Schema(description = "Each week: calls, agent-hours and posts") List<Week> weeks,
        @Schema(description = "Each open half-hour") List<Interval> intervals) {

    @Schema(name = "StaffingWeek")
    public record Week(@Schema(description = "Monday", example = "2026-12-07") LocalDate weekStart,
                       @Schema(description = "Calls expected", example = "2690.5") double calls,
                       @Schema(description = "Agent-hours on the phone", example = "476.5") double agentHours,
                       @Schema(description = "Full-time posts those hours take with shrinkage", example = "17.45")
                       double fullTimeEquivalents) {
    }

    @Schema(name = "StaffingInterval")
    public record Interval(@Schema(description = "The Berlin day", example = "2026-12-07") LocalDate date,
                           @Schema(description = "Berlin clock time the half-hour begins", example = "09:30")
                           String start,
                           @Schema(description = "Calls expected", example = "41.2") double calls,
                           @Schema(description = "Agents needed", example = "7") int agents,
                           @Schema(description = "Service level they reach", example = "0.83") double serviceLevel,
                           @Schema(description = "Share of callers hanging up (Erlang A)", example = "0.021")
                           double abandonment,
                           @Schema(description = "Mean wait of all calls, seconds", example = "9.4")
                           double averageWaitSeconds,
                           @Schema(description = "Share of the agents' time on calls", example = "0.71")
                           double occupancy) {
    }
}
