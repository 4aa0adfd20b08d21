package de.servicecenter.contact.handoff;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audit entry of a citizen's request about their handoffs (DSGVO Art. 15 export, Art. 17 erasure): who handled
 * it, under which reference, when, and how many handoffs it concerned — never the callback number itself.
 */
@Schema(name = "DataSubjectRequest", description = "The audit entry of a citizen's export or erasure request")
public record DataSubjectRequest(
        @Schema(example = "0193a1d0-7c1e-7a41-9c2f-5b0e4d3a2f12", description = "The entry's id") UUID id,
        @Schema(example = "castrop-rauxel", description = "The tenant that handled it") String tenant,
        @Schema(example = "ERASURE", description = "EXPORT (Art. 15) or ERASURE (Art. 17)") Kind kind,
        @Schema(example = "DS-2026-117", description = "The tenant's reference of the citizen's request") String reference,
        @Schema(example = "4f1c2a8e-admin", description = "Who handled it (the account's subject)") String actor,
        @Schema(example = "2026-12-01T10:15:00Z", description = "When") Instant at,
        @Schema(example = "2", description = "How many handoffs it concerned") int handoffs) {

    @Schema(name = "DataSubjectRequestKind", description = "EXPORT (Art. 15) or ERASURE (Art. 17)")
    public enum Kind {
        EXPORT,
        ERASURE
    }
}
