package de.servicecenter.knowledge.directory;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of a town's directory found by words, with whether it answers now. */
@Schema(name = "DirectoryEntry", description = "A unit or contact point of a town's directory, and whether it "
        + "answers now")
public record DirectoryEntry(
        @Schema(description = "The unit, or the contact point within it") TransferResponse.TargetView entry,
        @Schema(description = "Whether its unit answers the phone now (a unit without hours always does)",
                example = "true") boolean answersNow,
        @Schema(nullable = true, description = "When closed: when it answers again", example = "2026-11-24T08:00:00+01:00")
        OffsetDateTime answersFrom) {
}
