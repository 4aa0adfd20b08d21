package de.servicecenter.contact.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint decides whether a request replays a stored contact or conflicts with it. Contacts stored by an
 * earlier release keep theirs: a phone system that retries across an upgrade must get its replay, not a 409.
 */
class FingerprintTest {

    private static ContactRequest call(String note) {
        return new ContactRequest("pbx-1", "bottrop", "call-duisburg", Channel.PHONE,
                OffsetDateTime.parse("2026-11-23T09:14:05+01:00"), null, 18, 204, 45, Outcome.RESOLVED,
                "buergerbuero", null, List.of("a-1"), "agent-7f3a", null, note, null);
    }

    private static byte[] fingerprint(ContactRequest request) {
        return new AdmittedContact("pbx-1", request, "duisburg", Optional.empty(), Optional.of("c0ffee"),
                Optional.of("c0ffee"), request.trimmedNote()).fingerprint();
    }

    @Test
    void aContactWithoutANoteHasTheFingerprintItHadBeforeNotesExisted() throws Exception {
        // the canonical form of the release before notes, written out
        String before = String.join("\u001f", "bottrop", "call-duisburg", "PHONE", "2026-11-23T08:14:05Z", "", "18",
                "204", "45", "RESOLVED", "buergerbuero", "", "a-1", "agent-7f3a", "c0ffee");
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(before.getBytes(StandardCharsets.UTF_8));

        assertThat(fingerprint(call(null))).isEqualTo(expected);
        assertThat(fingerprint(call("  \n "))).as("a blank note is no note").isEqualTo(expected);
    }

    @Test
    void theNoteIsPartOfTheFingerprintAsStored() {
        assertThat(fingerprint(call("Rückruf erbeten"))).isNotEqualTo(fingerprint(call(null)))
                .isNotEqualTo(fingerprint(call("Unterlagen per Post")))
                .isEqualTo(fingerprint(call("  Rückruf erbeten\n")));
    }

    @Test
    void aTransferTargetIsPartOfTheFingerprintAndNeverTakenForANote() {
        ContactRequest forwarded = call(null).withTransferTarget(new TransferTarget("standesamt", null, "+492305106341"));
        ContactRequest elsewhere = call(null).withTransferTarget(new TransferTarget("standesamt", "standesamt-a-k",
                "+492305106341"));
        assertThat(fingerprint(forwarded)).isNotEqualTo(fingerprint(call(null))).isNotEqualTo(fingerprint(elsewhere))
                .isNotEqualTo(fingerprint(call(forwarded.transferredTo().json())))
                .isEqualTo(fingerprint(call(null).withTransferTarget(new TransferTarget("standesamt", null,
                        "+492305106341"))));
    }
}
