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
    public record Opened(@NotNull @Schema(required = true) UUID articleId) {
    }

    @Schema(name = "FeedbackRequest")
    public record FeedbackRequest(
            @NotNull @Schema(required = true, example = "OUTDATED") FeedbackKind kind,
            @Size(max = 1000) @Schema(example = "Die Gebühr ist seit Januar 37 Euro.") String comment) {
    }

    @Schema(name = "KnowledgeGaps", description = "What callers of a town asked in a week that the knowledge base "
            + "did not answer: searches without hits, or without an opened article")
    public record KnowledgeGaps(@Schema(example = "castrop-rauxel") String town,
                                @Schema(example = "2026-W47") String week,
                                LocalDate from, LocalDate until, List<Gap> gaps) {
    }

    @Schema(name = "KnowledgeGap")
    public record Gap(@Schema(example = "sperrmüll online anmelden") String query,
                      @Schema(example = "7") long searches,
                      @Schema(example = "5") long withoutHits,
                      @Schema(example = "7") long withoutOpenedArticle) {
    }

    @Schema(name = "ReviewItem", description = "An article flagged outdated since its last change")
    public record ReviewItem(UUID articleId, @Schema(example = "Personalausweis beantragen") String title,
                             Instant lastChanged, @Schema(example = "3") long flags, Instant lastFlagged,
                             @Schema(example = "Die Gebühr ist seit Januar 37 Euro.") String lastComment) {
    }
}
