package de.servicecenter.contact.contactlog;

import de.servicecenter.commons.problem.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rules a contact must satisfy on its own, before anyone looks at towns, centers and contracts. */
final class ContactRules {

    /** Phone systems' clocks drift; a contact up to this far in the future is accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** endedAt may differ from arrivedAt + waiting + talk by rounding of whole seconds. */
    static final long END_TOLERANCE_SECONDS = 2;
    /** A note is a line or two for the follow-up, not a case file. */
    static final int NOTE_MAX_LENGTH = 500;

    private ContactRules() {
    }

    /**
     * @param path prefix of the fields named in the errors: empty, or {@code contacts[3].} in a batch
     */
    static List<FieldError> check(ContactRequest contact, String path, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Instant arrived = contact.arrivedAt().toInstant();
        if (arrived.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError(path + "arrivedAt", "lies in the future"));
        }
        if (contact.outcome() == Outcome.ABANDONED) {
            if (contact.talkSeconds() != 0) {
                errors.add(new FieldError(path + "talkSeconds", "must be 0 for an abandoned contact"));
            }
            if (contact.wrapUpSeconds() != 0) {
                errors.add(new FieldError(path + "wrapUpSeconds", "must be 0 for an abandoned contact"));
            }
        } else if (contact.talkSeconds() == 0) {
            errors.add(new FieldError(path + "talkSeconds", "must be positive for an answered contact ("
                    + contact.outcome() + ")"));
        }
        if (contact.transferredTo() != null && contact.outcome() != Outcome.FORWARDED) {
            errors.add(new FieldError(path + "transferredTo", "is only for a FORWARDED contact, not "
                    + contact.outcome()));
        }
        if (contact.endedAt() != null) {
            Instant ended = contact.endedAt().toInstant();
            Instant expected = arrived.plusSeconds((long) contact.waitingSeconds() + contact.talkSeconds());
            if (ended.isBefore(arrived)) {
                errors.add(new FieldError(path + "endedAt", "must not be before arrivedAt"));
            } else if (Math.abs(Duration.between(expected, ended).toSeconds()) > END_TOLERANCE_SECONDS) {
                errors.add(new FieldError(path + "endedAt", "must be arrivedAt + waitingSeconds + talkSeconds ("
                        + expected + "), not " + ended));
            }
        }
        return errors;
    }
}
