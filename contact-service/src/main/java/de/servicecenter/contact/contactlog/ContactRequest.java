package de.servicecenter.contact.contactlog;

import de.servicecenter.commons.validation.PhoneNumber;
import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One citizen contact as the phone system or an agent reports it. Carries no personal data but, optionally, the
 * caller's number, which is replaced by a keyed hash on arrival and never stored or logged.
 */
@Schema(name = "ContactRequest", description = "One citizen contact, reported once")
public record ContactRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = IdempotencyKeys.PATTERN, message = IdempotencyKeys.MESSAGE)
        @Schema(nullable = true, example = "pbx-duisburg-20261123-091405-4711", description = "Required in a batch. In a single "
                + "POST give the Idempotency-Key header instead (if given here too, both must be equal).")
        String idempotencyKey,

        @NotNull @TenantSlug
        @Schema(required = true, example = "bottrop", description = "The caller's town, from the call tag")
        String town,

        @NotNull @TenantSlug
        @Schema(required = true, example = "call-duisburg", description = "The service center that served")
        String serviceCenter,

        @NotNull
        @Schema(description = "How the citizen came: phone, e-mail, chat, letter or in person", required = true,
                example = "PHONE")
        Channel channel,

        @NotNull
        @Schema(required = true, example = "2026-11-23T09:14:05+01:00", description = "When the contact reached "
                + "the center (for calls: entered the queue), with offset")
        OffsetDateTime arrivedAt,

        @Schema(nullable = true, example = "2026-11-23T09:17:47+01:00", description = "Optional: when the conversation (or, for "
                + "an abandoned call, the wait) ended; must equal arrivedAt + waitingSeconds + talkSeconds")
        OffsetDateTime endedAt,

        @NotNull @PositiveOrZero @Max(86_400)
        @Schema(required = true, example = "18", description = "Seconds in the queue before an agent answered "
                + "or the caller hung up")
        Integer waitingSeconds,

        @NotNull @PositiveOrZero @Max(86_400)
        @Schema(required = true, example = "204", description = "Seconds of conversation; 0 when abandoned")
        Integer talkSeconds,

        @NotNull @PositiveOrZero @Max(86_400)
        @Schema(required = true, example = "45", description = "Seconds of wrap-up after the conversation; 0 when "
                + "abandoned")
        Integer wrapUpSeconds,

        @NotNull
        @Schema(description = "How it ended: resolved, forwarded, callback, abandoned …", required = true,
                example = "RESOLVED")
        Outcome outcome,

        @NotNull @TenantSlug
        @Schema(required = true, example = "buergerbuero", description = "Service-area code of the concern")
        String serviceArea,

        @Pattern(regexp = "[0-9]{14}", message = "must be a LeiKa key of 14 digits")
        @Schema(nullable = true, example = "99115005104000",
                description = "LeiKa key of the service asked about, if known")
        String leikaKey,

        @Size(max = 20)
        @Schema(nullable = true, example = "[\"3f0c9a52-6d1e-4f7a-9c55-2b1d0e8f6a11\"]",
                description = "Knowledge articles used")
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,63}", message = "must be an article id") String> articles,

        @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be a pseudonymous reference (letters, digits, "
                + ". _ : -), at most 64 characters")
        @Schema(nullable = true, example = "agent-7f3a",
                description = "Pseudonymous reference of the agent — never a name")
        String agent,

        @PhoneNumber
        @Schema(nullable = true, example = "+4920411234567", description = "Optional caller's number (E.164) for repeat-caller "
                + "statistics: only a keyed hash is kept, and only for the retention period")
        String callerNumber,

        @Size(max = ContactRules.NOTE_MAX_LENGTH)
        @Schema(nullable = true, maxLength = ContactRules.NOTE_MAX_LENGTH,
                example = "Unterlagen zur Ummeldung kommen per Post; Termin am 2. Dezember vereinbart.",
                description = "Optional note of the agent for the follow-up: at most 500 characters, line breaks "
                        + "and tabs allowed. Write no names, addresses or numbers: the note is "
                        + "readable by the contact's host and town, and erased 30 days after the contact arrived "
                        + "(a contact older than that keeps none). Surrounding white space is dropped; a blank note "
                        + "is no note.")
        String note,

        @Valid
        @Schema(nullable = true, description = "Only with outcome FORWARDED: whom the caller was put through to, as "
                + "the town's directory named it (GET /api/v1/towns/{town}/directory/transfer in knowledge-service)")
        TransferTarget transferredTo) {

    public List<String> articlesOrEmpty() {
        return articles == null ? List.of() : articles;
    }

    /** The same contact under another idempotency key, e.g. the one from the header. */
    public ContactRequest withIdempotencyKey(String key) {
        return new ContactRequest(key, town, serviceCenter, channel, arrivedAt, endedAt, waitingSeconds, talkSeconds,
                wrapUpSeconds, outcome, serviceArea, leikaKey, articles, agent, callerNumber, note, transferredTo);
    }

    /** The same contact, put through to {@code target}. */
    ContactRequest withTransferTarget(TransferTarget target) {
        return new ContactRequest(idempotencyKey, town, serviceCenter, channel, arrivedAt, endedAt, waitingSeconds,
                talkSeconds, wrapUpSeconds, outcome, serviceArea, leikaKey, articles, agent, callerNumber, note, target);
    }

    /** The note as stored: trimmed, and none when blank. */
    public Optional<String> trimmedNote() {
        return note == null || note.isBlank() ? Optional.empty() : Optional.of(note.strip());
    }
}
