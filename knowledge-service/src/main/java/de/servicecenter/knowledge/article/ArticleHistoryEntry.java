package de.servicecenter.knowledge.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of an article. */
@Schema(name = "ArticleHistoryEntry")
public record ArticleHistoryEntry(
        @Schema(example = "3") long version,
        @Schema(description = "When", example = "2026-11-21T09:00:00Z") Instant changedAt,
        @Schema(description = "Who (user name from the token)", example = "castrop-rauxel-admin") String changedBy,
        @Schema(description = "The article as it was after this change") ArticleResponse article) {
}
