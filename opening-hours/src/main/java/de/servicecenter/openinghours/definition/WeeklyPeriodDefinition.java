package de.servicecenter.openinghours.definition;

import java.time.LocalDate;
import java.util.List;

/**
 * Weekly hours from {@code validFrom} to {@code validUntil} (both inclusive; {@code validUntil} null when
 * open-ended).
 */
public record WeeklyPeriodDefinition(LocalDate validFrom, LocalDate validUntil, List<WeeklyRuleDefinition> rules) {
}
