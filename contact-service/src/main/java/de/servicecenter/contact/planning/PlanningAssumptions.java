package de.servicecenter.contact.planning;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a plan rests on, so that whoever reads it can check and argue it. */
@Schema(description = "What the plan rests on: the model, the target and the figures taken from the history")
public record PlanningAssumptions(
        @Schema(description = "The queueing model used", example = "ERLANG_A") QueueModelName model,
        @Schema(description = "Share of calls to answer within targetSeconds", example = "0.8") double targetShare,
        @Schema(description = "The target's seconds", example = "20") int targetSeconds,
        @Schema(description = "Mean talk and wrap-up time of answered calls in the history, seconds", example = "214.3")
        double handlingSeconds,
        @Schema(nullable = true, description = "Callers' mean patience estimated from abandoned calls, seconds; null "
                + "with Erlang C", example = "187.0") Double patienceSeconds,
        @Schema(description = "Share of paid hours not on the phone (breaks, training, absence)", example = "0.3")
        double shrinkage,
        @Schema(description = "Paid hours of a full-time post a week", example = "39") double weeklyHours,
        @Schema(description = "Agents present whenever the center is open", example = "1") int leastAgentsWhileOpen,
        @Schema(description = "Abandoned calls that waited less were not offered to agents and are left out",
                example = "5") int shortAbandonSeconds,
        @Schema(description = "First day of the history the forecast was made from", example = "2026-06-01")
        LocalDate historyFrom,
        @Schema(description = "First day after that history: the forecast's origin", example = "2026-11-30")
        LocalDate historyUntil,
        @Schema(description = "First day of the history handling time and patience were measured on",
                example = "2026-10-05") LocalDate queueHistoryFrom) {
}
