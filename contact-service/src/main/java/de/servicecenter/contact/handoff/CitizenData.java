package de.servicecenter.contact.handoff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was exported or erased for a citizen, with the audit entry recording it. */
@Schema(name = "CitizenData", description = "A citizen's handoffs as exported (or as they were before erasure)")
public record CitizenData(
        @Schema(description = "The audit entry of this request") DataSubjectRequest audit,
        @Schema(description = "The handoffs: for an export as stored; for an erasure, empty") List<Handoff> handoffs) {
}
