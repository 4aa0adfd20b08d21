package de.servicecenter.contact.handoff;

import java.util.Set;

/** Where a handoff stands: open, taken up by the unit, or closed — answered to the citizen, or returned. */
public enum HandoffStatus {
    OPEN,
    IN_PROGRESS,
    /** The unit answered the citizen. */
    ANSWERED,
    /** The unit gave it back (not responsible, or the citizen could not be reached); the comment says why. */
    RETURNED;

    public boolean closed() {
        return this == ANSWERED || this == RETURNED;
    }

    /** The statuses a handoff may move to from this one. */
    public Set<HandoffStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(IN_PROGRESS, ANSWERED, RETURNED);
            case IN_PROGRESS -> Set.of(ANSWERED, RETURNED);
            case ANSWERED, RETURNED -> Set.of();
        };
    }
}
