package de.servicecenter.contact.planning;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How well the forecast would have predicted the history it has, against the two naive forecasts. */
@Schema(description = "Rolling-origin backtest: WAPE (sum of absolute half-hour errors / calls) per horizon for the "
        + "forecast, for \"same weekday last week\" and for \"mean of the last four same weekdays\"")
public record BacktestReport(
        @Schema(example = "call-duisburg") String serviceCenter,
        @Schema(nullable = true, example = "bottrop") String town,
        @Schema(nullable = true, example = "buergerbuero") String serviceArea,
        @Schema(description = "First day of the history replayed", example = "2026-06-01") LocalDate historyFrom,
        @Schema(description = "First day after it", example = "2026-11-30") LocalDate historyUntil,
        @Schema(description = "Per horizon; a horizon the history has no origin for is left out")
        List<ForecastBacktest.Horizon> horizons) {
}
