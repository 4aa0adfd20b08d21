package de.servicecenter.contact.contactlog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A logged contact. The caller's number is never returned, not even as its hash. */
@Schema(name = "Contact", description = "A logged citizen contact")
public record ContactResponse(
        @Schema(description = "The contact's id", example = "0d6c1f1e-2f4b-4d8e-9a51-7c3e2b8f9a10") UUID id,
        @Schema(nullable = true, description = "The key it was recorded under (the phone system's call id)",
                example = "pbx-duisburg-20261123-091405-4711")
        String idempotencyKey,
        @Schema(example = "bottrop") String town,
        @Schema(example = "call-duisburg") String serviceCenter,
        @Schema(nullable = true, example = "7b2e4c1a-0f3d-4e59-8a6b-1c2d3e4f5a6b",
                description = "The contract the center served under; null when it served its own town")
        String contract,
        @Schema(description = "How the citizen came: phone, e-mail, chat, letter or in person", example = "PHONE")
        Channel channel,
        @Schema(example = "2026-11-23T09:14:05+01:00", description = "In Europe/Berlin") OffsetDateTime arrivedAt,
        @Schema(nullable = true, description = "When the conversation (or, for an abandoned call, the wait) ended; "
                + "null when the phone system did not say", example = "2026-11-23T09:17:47+01:00")
        OffsetDateTime endedAt,
        @Schema(description = "Seconds in the queue before an agent answered or the caller hung up", example = "18")
        int waitingSeconds,
        @Schema(description = "Seconds of conversation; 0 when abandoned", example = "204") int talkSeconds,
        @Schema(description = "Seconds of wrap-up after the conversation", example = "45") int wrapUpSeconds,
        @Schema(description = "How it ended: resolved, forwarded, callback, abandoned …", example = "RESOLVED")
        Outcome outcome,
        @Schema(example = "buergerbuero") String serviceArea,
        @Schema(nullable = true, description = "LeiKa key of the service asked about, if known",
                example = "99115005104000")
        String leikaKey,
        @Schema(description = "Knowledge articles used") List<String> articles,
        @Schema(nullable = true, description = "Pseudonymous reference of the agent — never a name",
                example = "agent-7f3a")
        String agent,
        @Schema(nullable = true, description = "The agent's note; null without one, and once erased 30 days after the "
                + "contact arrived", example = "Unterlagen zur Ummeldung kommen per Post; Termin am 2. Dezember vereinbart.")
        String note,
        @Schema(nullable = true, description = "Whom a FORWARDED contact was put through to; null when not told")
        TransferTarget transferredTo,
        @Schema(description = "When the platform stored it") Instant recordedAt) {
}
