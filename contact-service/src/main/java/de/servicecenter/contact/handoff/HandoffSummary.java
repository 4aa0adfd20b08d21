package de.servicecenter.contact.handoff;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A handoff in a list: what it is about and where it stands, without the citizen's data. */
@Schema(name = "HandoffSummary", description = "A handoff in a list, without personal data")
public record HandoffSummary(
        @Schema(example = "0193a1d0-7c1e-7a41-9c2f-5b0e4d3a2f10", description = "The handoff's id") UUID id,
        @Schema(example = "castrop-rauxel", description = "The caller's town") String town,
        @Schema(example = "bochum", description = "The tenant whose center took the call") String hostTenant,
        @Schema(example = "buergerbuero", description = "Service-area code of the concern") String serviceArea,
        @Schema(nullable = true, example = "99115005104000", description = "LeiKa key of the service") String leikaKey,
        @Schema(description = "The unit that answers it") Handoff.Unit unit,
        @Schema(example = "2026-06-03T16:00:00+02:00", description = "When it was handed over") OffsetDateTime createdAt,
        @Schema(example = "2026-06-05T16:00:00+02:00", description = "When the promise runs out") OffsetDateTime dueAt,
        @Schema(example = "OPEN", description = "OPEN, IN_PROGRESS, ANSWERED or RETURNED") HandoffStatus status,
        @Schema(example = "true", description = "Not closed, and the due time has passed") boolean overdue) {
}
