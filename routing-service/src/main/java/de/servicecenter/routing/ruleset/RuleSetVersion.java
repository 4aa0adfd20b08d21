package de.servicecenter.routing.ruleset;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a town's rule set, with who wrote and who published it when. */
@Schema(name = "RuleSetVersion")
public record RuleSetVersion(
        @Schema(example = "castrop-rauxel") String town,
        @Schema(description = "The version's number, from 1", example = "3") int version,
        @Schema(description = "DRAFT, PUBLISHED (the one in force) or RETIRED", example = "PUBLISHED")
        RuleSetStatus status,
        @Schema(description = "Who wrote it (user name from the token)", example = "bochum-admin") String writtenBy,
        @Schema(description = "When it was written") Instant writtenAt,
        @Schema(nullable = true, description = "Who published it", example = "bochum-admin") String publishedBy,
        @Schema(nullable = true, description = "When it was published") Instant publishedAt,
        @Schema(nullable = true, example = "1", description = "For a roll back: the version this one copies")
        Integer copiedFrom,
        @Schema(description = "The rules") RuleSetDefinition definition) {
}
