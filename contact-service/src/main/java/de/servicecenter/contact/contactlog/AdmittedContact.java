package de.servicecenter.contact.contactlog;

import de.servicecenter.openinghours.BerlinTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A contact that passed every rule, ready to store: who hosts it (the scope of its idempotency key), the contract
 * it was served under, and the caller's hash instead of the number.
 *
 * @param contractId       empty when the center served its own town
 * @param callerHash       the keyed hash of the caller's number, if given; part of the fingerprint
 * @param storedCallerHash the same, unless the contact is already past the hash's retention period
 * @param storedNote       the request's note, trimmed, unless the contact is already past the note's retention period
 */
record AdmittedContact(String idempotencyKey, ContactRequest request, String hostTenant, Optional<String> contractId,
                       Optional<String> callerHash, Optional<String> storedCallerHash, Optional<String> storedNote) {


    Instant arrivedAt() {
        return request.arrivedAt().toInstant();
    }

    /** The month whose statement includes this contact: Berlin's calendar month of its arrival. */
    YearMonth billingMonth() {
        return YearMonth.from(request.arrivedAt().atZoneSameInstant(BerlinTime.ZONE));
    }

    /**
     * SHA-256 of everything stored about the contact, normalised (instants, not their offsets): a replay with the
     * same content matches whatever offset or field order the sender used.
     */
    byte[] fingerprint() {
        ContactRequest c = request;
        String canonical = String.join("\u001f", c.town(), c.serviceCenter(), c.channel().name(),
                arrivedAt().toString(), c.endedAt() == null ? "" : c.endedAt().toInstant().toString(),
                c.waitingSeconds().toString(), c.talkSeconds().toString(), c.wrapUpSeconds().toString(),
                c.outcome().name(), c.serviceArea(), nullToEmpty(c.leikaKey()), String.join(",", c.articlesOrEmpty()),
                nullToEmpty(c.agent()), callerHash.orElse(""))
                // the note came later: only a contact with one has the field, so that every contact stored before
                // keeps its fingerprint, and a phone system's retry across the upgrade still replays
                + c.trimmedNote().map(note -> "\u001f" + note).orElse("")
                // so did the transfer target, marked apart from a note
                + (c.transferredTo() == null ? "" : "\u001etransferredTo\u001f" + c.transferredTo().json());
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
