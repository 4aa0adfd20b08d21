package de.servicecenter.contact.contactlog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A logged contact. The caller's number is never returned, not even as its hash. */
@Schema(name = "Contact", description = "A logged citizen contact")
public record ContactResponse(
        @Schema(example = "0d6c1f1e-2f4b-4d8e-9a51-7c3e2b8f9a10") UUID id,
        @Schema(example = "pbx-duisburg-20261123-091405-4711") String idempotencyKey,
        @Schema(example = "bottrop") String town,
        @Schema(example = "call-duisburg") String serviceCenter,
        @Schema(example = "7b2e4c1a-0f3d-4e59-8a6b-1c2d3e4f5a6b",
                description = "The contract the center served under; null when it served its own town")
        String contract,
        @Schema(example = "PHONE") Channel channel,
        @Schema(example = "2026-11-23T09:14:05+01:00", description = "In Europe/Berlin") OffsetDateTime arrivedAt,
        @Schema(example = "2026-11-23T09:17:47+01:00") OffsetDateTime endedAt,
        @Schema(example = "18") int waitingSeconds,
        @Schema(example = "204") int talkSeconds,
        @Schema(example = "45") int wrapUpSeconds,
        @Schema(example = "RESOLVED") Outcome outcome,
        @Schema(example = "buergerbuero") String serviceArea,
        @Schema(example = "99115005104000") String leikaKey,
        List<String> articles,
        @Schema(example = "agent-7f3a") String agent,
        @Schema(description = "When the platform stored it") Instant recordedAt) {
}
