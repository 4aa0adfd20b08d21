package de.servicecenter.openinghours;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to "open now?" at one instant.
 *
 * @param open         whether the place is open at {@code at}
 * @param closesAt     when open: the end of the current opening, across contiguous intervals
 * @param nextOpening  when closed: the next instant it opens, if any within the search horizon
 * @param today        the hours of {@code at}'s local day
 * @param closedReason when closed: why ({@link ClosedReason})
 */
public record OpeningStatus(Instant at, boolean open, Optional<Instant> closesAt, Optional<Instant> nextOpening,
                            DayHours today, Optional<ClosedReason> closedReason) {

    /** The next instant the answer changes: the closing time when open, the next opening when closed. */
    public Optional<Instant> nextChange() {
        return open ? closesAt : nextOpening;
    }

    /** Why a place is closed: the kind, and the holiday's name or the exception's reason where there is one. */
    public record ClosedReason(Kind kind, Optional<String> text) {

        public enum Kind {
            OUTSIDE_OPENING_HOURS,
            PUBLIC_HOLIDAY,
            EXCEPTION,
            NO_REGULAR_HOURS
        }
    }
}
