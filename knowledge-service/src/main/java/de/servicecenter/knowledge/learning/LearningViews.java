package de.servicecenter.knowledge.learning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the learning organisation. */
public final class LearningViews {

    private LearningViews() {
    }

    @Schema(name = "OpenedArticle", description = "Which article of a search's hits the agent opened")
    public record Opened(@NotNull @Schema(description = "The article opened from the results", required = true)
    UUID articleId) {
    }

    @Schema(name = "FeedbackRequest")
    public record FeedbackRequest(
            @NotNull @Schema(description = "What is wrong with it", required = true, example = "OUTDATED")
            FeedbackKind kind,
            @Size(max = 1000) @Schema(nullable = true, description = "What the agent noticed",
                    example = "Die Gebühr ist seit Januar 37 Euro.")
            String comment) {
    }

    @Schema(name = "KnowledgeGaps", description = "What callers of a town asked in a week that the knowledge base "
            + "did not answer: searches without hits, or without an opened article")
    public record KnowledgeGaps(
            @Schema(example = "castrop-rauxel") String town,
            @Schema(description = "The ISO week reported", example = "2026-W47") String week,
            @Schema(description = "Its Monday", example = "2026-11-16") LocalDate from,
            @Schema(description = "Its Sunday", example = "2026-11-22") LocalDate until,
            @Schema(description = "The queries agents asked that found nothing useful, most frequent first")
            List<Gap> gaps) {
    }

    @Schema(name = "KnowledgeGap")
    public record Gap( @Schema(description = "The query, normalised", example = "sperrmüll online anmelden")
    String query,
                      @Schema(description = "How often it was searched", example = "7") long searches,
                      @Schema(description = "How often it found nothing", example = "5") long withoutHits,
                      @Schema(description = "How often no article was opened from its results", example = "7")
                      long withoutOpenedArticle) {
    }

    @Schema(name = "ReviewItem", description = "An article flagged outdated since its last change")
    public record ReviewItem(
            @Schema(description = "The article to review") UUID articleId,
            @Schema(description = "Its title", example = "Personalausweis beantragen") String title,
            @Schema(description = "When it last changed") Instant lastChanged,
            @Schema(description = "Open feedback on it", example = "3") long flags,
            @Schema(description = "When feedback last came") Instant lastFlagged,
                             @Schema(nullable = true, description = "The latest feedback's comment",
                                     example = "Die Gebühr ist seit Januar 37 Euro.")
                             String lastComment) {
    }
}
