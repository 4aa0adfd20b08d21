package de.servicecenter.openinghours.definition;

import java.time.LocalDate;
import java.util.List;

/**
 * A one-off deviation on {@code firstDay} to {@code lastDay} (inclusive): either {@code closed}, or open only
 * during {@code hours}. Overrides weekly hours and public holidays.
 *
 * @param reason shown to citizens, e.g. "Rathausschließung zwischen den Jahren" or "Dienstleistungsabend"
 */
public record ExceptionDefinition(LocalDate firstDay, LocalDate lastDay, boolean closed,
                                  List<IntervalDefinition> hours, String reason) {
}
