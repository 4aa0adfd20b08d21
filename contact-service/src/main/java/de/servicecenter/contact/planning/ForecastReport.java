package de.servicecenter.contact.planning;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Expected phone calls per day and half-hour. */
@Schema(description = "Expected phone calls offered to the agents, per Berlin day and half-hour")
public record ForecastReport(
        @Schema(description = "The center", example = "servicecenter-bochum") String serviceCenter,
        @Schema(nullable = true, description = "Only this town's calls; null for all the center answers",
                example = "castrop-rauxel") String town,
        @Schema(nullable = true, description = "Only this service area's calls", example = "buergerbuero")
        String serviceArea,
        @Schema(description = "First day of the history the forecast was made from", example = "2026-06-01")
        LocalDate historyFrom,
        @Schema(description = "First day after that history: the forecast's origin", example = "2026-11-30")
        LocalDate historyUntil,
        @Schema(description = "Trend believed, as a share per week (0.01: 1 % more each week)", example = "0.004")
        double weeklyTrend,
        @Schema(description = "How many times a normal day's calls the day after a holiday or closure brings",
                example = "1.31") double catchUpFactor,
        @Schema(description = "Each day of the forecast") List<Day> days) {

    /** One day: closed days have no calls and no half-hours. */
    @Schema(name = "ForecastDay")
    public record Day(@Schema(description = "The Berlin day", example = "2026-12-07") LocalDate date,
                      @Schema(description = "Whether the center takes calls that day") boolean open,
                      @Schema(description = "Calls expected that day", example = "512.4") double calls,
                      @Schema(description = "The half-hours the center is open") List<HalfHour> halfHours) {
    }

    @Schema(name = "ForecastHalfHour")
    public record HalfHour(@Schema(description = "Berlin clock time the half-hour begins", example = "08:00")
                           String start,
                           @Schema(description = "Calls expected", example = "23.7") double calls) {
    }
}
