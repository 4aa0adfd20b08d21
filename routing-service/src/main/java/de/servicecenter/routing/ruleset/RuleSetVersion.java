package de.servicecenter.routing.ruleset;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a town's rule set, with who wrote and who published it when. */
@Schema(name = "RuleSetVersion")
public record RuleSetVersion(
        @Schema(example = "castrop-rauxel") String town,
        @Schema(example = "3") int version,
        @Schema(example = "PUBLISHED") RuleSetStatus status,
        @Schema(example = "bochum-admin") String writtenBy,
        Instant writtenAt,
        @Schema(example = "bochum-admin") String publishedBy,
        Instant publishedAt,
        @Schema(example = "1", description = "For a roll back: the version this one copies") Integer copiedFrom,
        RuleSetDefinition definition) {
}
