package de.servicecenter.openinghours.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Weekly hours from {@code validFrom} to {@code validUntil} (both inclusive; {@code validUntil} null when
 * open-ended).
 */
@Schema(name = "WeeklyPeriod", description = "Weekly hours valid from one day to another (both inclusive); new hours "
        + "from a date are a new period. Periods of a schedule must not overlap.")
public record WeeklyPeriodDefinition(
        @Schema(required = true, example = "2016-01-01", description = "First day these hours apply") LocalDate validFrom,
        @Schema(nullable = true, example = "2026-12-31", description = "Last day; open-ended when omitted") LocalDate validUntil,
        @Schema(required = true, description = "Opening intervals by weekday; days without a rule are closed")
        List<WeeklyRuleDefinition> rules) {
}
