package de.servicecenter.contact.handoff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The responsible unit takes a handoff up, answers it or gives it back. */
@Schema(name = "HandoffStatusChange", description = "The next status of a handoff, with an optional comment")
public record StatusChange(
        @NotNull
        @Schema(required = true, example = "ANSWERED", description = "IN_PROGRESS, ANSWERED or RETURNED (with a "
                + "comment saying why)")
        HandoffStatus status,

        @Size(max = 500)
        @Schema(nullable = true, maxLength = 500, example = "Rückruf erfolgt, Urkunde geht heute in die Post.",
                description = "What was done; stored encrypted, erased with the handoff's personal data")
        String comment) {
}
