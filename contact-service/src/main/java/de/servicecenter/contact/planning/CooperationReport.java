package de.servicecenter.contact.planning;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What serving a town means for the host: agents, posts, service level and the year's cost. */
@Schema(description = "What serving the town means for the host, for a typical week (the next weeks' normal days)")
public record CooperationReport(
        @Schema(description = "The host's center", example = "servicecenter-bochum") String serviceCenter,
        @Schema(nullable = true, description = "The town, as named in the question or the contract's client", example = "castrop-rauxel") String town,
        @Schema(description = "The service areas handed over; empty: all", example = "[\"buergerbuero\", \"ordnungswesen\"]") List<String> serviceAreas,
        @Schema(description = "The town's calls a month planned with", example = "4000") double callsPerMonth,
        @Schema(nullable = true, description = "The town whose week the calls were spread like; null: the center's "
                + "own calls in the areas", example = "bochum") String profileFrom,
        @Schema(description = "What the plan rests on") PlanningAssumptions assumptions,
        @Schema(description = "Full-time posts for the center's calls without the town", example = "15.2")
        double fteToday,
        @Schema(description = "Full-time posts with the town's calls", example = "17.1") double fteWithTown,
        @Schema(description = "The difference: what the town's calls take", example = "1.9") double additionalFte,
        @Schema(description = "Service level of today's calls with today's agents", example = "0.84")
        double serviceLevelToday,
        @Schema(description = "Service level with the town's calls and only today's agents", example = "0.52")
        double serviceLevelWithTownAndTodaysAgents,
        @Schema(description = "Share of the town's calls answered with the agents planned (the rest hang up)",
                example = "0.98") double answeredShare,
        @Schema(description = "The prices the year was costed with") CooperationRequest.Prices prices,
        @Schema(description = "The year's cost under each cost model that has a price, EUR") Cooperation.YearlyCost
                yearlyCost,
        @Schema(description = "The open half-hours of the typical week") List<Interval> week) {

    @Schema(name = "CooperationInterval")
    public record Interval(
            @Schema(description = "The weekday", example = "MONDAY") java.time.DayOfWeek day,
            @Schema(description = "Berlin clock time the half-hour begins", example = "08:00") String start,
            @Schema(description = "The center's own calls expected", example = "31.5") double hostCalls,
            @Schema(description = "The town's calls expected", example = "6.2") double townCalls,
            @Schema(description = "Agents for the center's own calls", example = "6") int agentsToday,
            @Schema(description = "Agents with the town's calls", example = "7") int agentsWithTown,
            @Schema(description = "Agents more", example = "1") int additionalAgents,
            @Schema(description = "Service level with the town's calls and only today's agents", example = "0.61")
            double serviceLevelWithTownAndTodaysAgents) {
    }
}
