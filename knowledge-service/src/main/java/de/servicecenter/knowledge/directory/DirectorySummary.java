package de.servicecenter.knowledge.directory;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import stored. */
@Schema(name = "DirectorySummary", description = "A town's directory as stored: how much of it, when, by whom")
public record DirectorySummary(
        @Schema(example = "castrop-rauxel") String town,
        @Schema(description = "Organisation units", example = "12") int organisationUnits,
        @Schema(description = "Contact points", example = "30") int contactPoints,
        @Schema(description = "Responsibilities", example = "45") int responsibilities,
        @Schema(description = "Absences", example = "2") int absences,
        @Schema(description = "When it was stored") Instant updatedAt,
        @Schema(description = "Who stored it (token subject)", example = "3b7f2c1e-…") String updatedBy) {

    static DirectorySummary of(TownDirectory stored, DirectoryDocument document) {
        return new DirectorySummary(stored.town(), size(document.organisationUnits()), size(document.contactPoints()),
                size(document.responsibilities()), size(document.absences()), stored.updatedAt(), stored.updatedBy());
    }

    private static int size(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }
}
