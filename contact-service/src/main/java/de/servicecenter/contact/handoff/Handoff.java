package de.servicecenter.contact.handoff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A handoff as its parties see it: the serving host (the agent's center) and the caller's town. Personal data
 * (question, name, number, comments) is null once erased.
 */
@Schema(name = "Handoff", description = "A question handed over to the town's responsible unit, and what became of it")
public record Handoff(
        @Schema(example = "0193a1d0-7c1e-7a41-9c2f-5b0e4d3a2f10", description = "The handoff's id") UUID id,
        @Schema(example = "castrop-rauxel", description = "The caller's town, whose unit answers") String town,
        @Schema(example = "bochum", description = "The tenant whose center took the call") String hostTenant,
        @Schema(example = "servicecenter-bochum", description = "The center that took the call") String serviceCenter,
        @Schema(example = "buergerbuero", description = "Service-area code of the concern") String serviceArea,
        @Schema(nullable = true, example = "99115005104000", description = "LeiKa key of the service") String leikaKey,
        @Schema(nullable = true, example = "0193a1d0-7c1e-7a41-9c2f-5b0e4d3a2f11",
                description = "The logged contact it follows") UUID contact,
        @Schema(description = "The unit that answers it") Unit unit,
        @Schema(nullable = true, description = "The citizen's question; null once erased",
                example = "Wann wird die Geburtsurkunde zugeschickt?") String question,
        @Schema(nullable = true, example = "Frau Beispiel", description = "How the caller wants to be addressed")
        String callerName,
        @Schema(nullable = true, example = "+4923051234567", description = "Number to call back") String callbackNumber,
        @Schema(nullable = true, example = "2026-06-03T16:00:00+02:00",
                description = "When the caller agreed to be called back at that number") OffsetDateTime callbackConsentAt,
        @Schema(example = "2026-06-03T16:00:00+02:00", description = "When it was handed over") OffsetDateTime createdAt,
        @Schema(example = "2026-06-05T16:00:00+02:00", description = "When the promise runs out: 24 hours counted "
                + "on the town's working days (weekends, its state's holidays and its closures excluded)")
        OffsetDateTime dueAt,
        @Schema(example = "OPEN", description = "OPEN, IN_PROGRESS, ANSWERED or RETURNED") HandoffStatus status,
        @Schema(nullable = true, example = "2026-06-05T10:12:00+02:00", description = "When it was answered or returned")
        OffsetDateTime closedAt,
        @Schema(example = "false", description = "Not closed, and the due time has passed") boolean overdue,
        @Schema(nullable = true, example = "true", description = "Once answered: whether within the promise; null "
                + "until then, and for a returned one") Boolean answeredWithinPromise,
        @Schema(nullable = true, example = "2026-06-03T16:00:05+02:00",
                description = "When the unit's mailbox was notified; null until it was") OffsetDateTime notifiedAt,
        @Schema(nullable = true, example = "2026-07-05T03:00:00+02:00", description = "When its personal data was "
                + "erased (retention after closing, or a citizen's request)") OffsetDateTime erasedAt,
        @Schema(description = "Who did what when, oldest first") List<Event> history) {

    /** The receiving organisation unit of the town, with the functional mailbox that was notified. */
    @Schema(name = "HandoffUnit", description = "The receiving unit of the town")
    public record Unit(
            @Schema(example = "standesamt", description = "The unit's id in the town's directory") String id,
            @Schema(example = "Standesamt – Geburten, Namen A–K", description = "The unit's name (and function)")
            String name,
            @Schema(example = "standesamt@castrop-rauxel.de", description = "The functional mailbox notified")
            String mail) {
    }

    /** One step of the handoff's history. */
    @Schema(name = "HandoffEvent", description = "One step of a handoff's history")
    public record Event(
            @Schema(example = "2026-06-04T09:30:00+02:00", description = "When") OffsetDateTime at,
            @Schema(example = "IN_PROGRESS", description = "The status it moved to") HandoffStatus status,
            @Schema(example = "4f1c2a8e-agent", description = "Who (a pseudonym: the account's subject)") String actor,
            @Schema(nullable = true, example = "castrop-rauxel", description = "The actor's tenant") String actorTenant,
            @Schema(nullable = true, example = "Rückruf erfolgt.", description = "The comment; null once erased")
            String comment) {
    }
}
