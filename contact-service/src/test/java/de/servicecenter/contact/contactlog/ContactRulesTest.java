package de.servicecenter.contact.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.problem.FieldError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static ContactRequest call(String arrivedAt, String endedAt, int waiting, int talk, int wrapUp,
                                       Outcome outcome) {
        return new ContactRequest(null, "bottrop", "call-duisburg", Channel.PHONE, OffsetDateTime.parse(arrivedAt),
                endedAt == null ? null : OffsetDateTime.parse(endedAt), waiting, talk, wrapUp, outcome, "zentrale",
                null, null, null, null, null, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aConsistentCallPasses() {
        assertThat(ContactRules.check(call("2026-11-23T09:14:05+01:00", "2026-11-23T09:17:47+01:00", 18, 204, 45,
                Outcome.RESOLVED), "", NOW)).isEmpty();
    }

    @Test
    void theEndMustFollowFromWaitAndTalkWithinTwoSeconds() {
        assertThat(ContactRules.check(call("2026-11-23T09:14:05+01:00", "2026-11-23T09:17:49+01:00", 18, 204, 45,
                Outcome.RESOLVED), "", NOW)).isEmpty();
        assertThat(fields(ContactRules.check(call("2026-11-23T09:14:05+01:00", "2026-11-23T09:17:50+01:00", 18, 204,
                45, Outcome.RESOLVED), "", NOW))).containsExactly("endedAt");
        assertThat(ContactRules.check(call("2026-11-23T09:14:05+01:00", "2026-11-23T09:14:04+01:00", 0, 0, 0,
                Outcome.ABANDONED), "contacts[7].", NOW))
                .containsExactly(new FieldError("contacts[7].endedAt", "must not be before arrivedAt"));
    }

    @Test
    void abandonedMeansNoTalkAndAnsweredMeansSome() {
        assertThat(fields(ContactRules.check(call("2026-11-23T09:00:00+01:00", null, 30, 5, 10, Outcome.ABANDONED),
                "", NOW))).containsExactly("talkSeconds", "wrapUpSeconds");
        assertThat(fields(ContactRules.check(call("2026-11-23T09:00:00+01:00", null, 30, 0, 0, Outcome.FORWARDED),
                "", NOW))).containsExactly("talkSeconds");
    }

    @Test
    void theFutureIsRefusedBeyondClockSkew() {
        assertThat(ContactRules.check(call("2026-11-23T11:04:00+01:00", null, 0, 10, 0, Outcome.RESOLVED), "", NOW))
                .as("4 minutes ahead: a drifting clock").isEmpty();
        assertThat(fields(ContactRules.check(call("2026-11-23T11:06:00+01:00", null, 0, 10, 0, Outcome.RESOLVED),
                "", NOW))).containsExactly("arrivedAt");
    }
}
