package de.servicecenter.openinghours;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a schedule says about one local day: the intervals it is open, and why the day looks the way it does.
 *
 * @param note the holiday's name or the exception's reason; empty for a regular day
 */
public record DayHours(LocalDate date, List<TimeInterval> intervals, Kind kind, Optional<String> note) {

    public enum Kind {
        /** The weekly hours apply (possibly none on that weekday). */
        REGULAR,
        /** Closed for a public holiday. */
        PUBLIC_HOLIDAY,
        /** An exception closes the day. */
        CLOSED_BY_EXCEPTION,
        /** An exception sets the day's hours. */
        SPECIAL_HOURS,
        /** No weekly period is valid on this day: the schedule does not say the place is open. */
        NO_REGULAR_HOURS
    }

    public boolean isOpenAtAll() {
        return !intervals.isEmpty();
    }
}
