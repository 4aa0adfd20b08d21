package de.servicecenter.knowledge.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Article", description = "A knowledge article (Wissensdatenbank entry)")
public record ArticleResponse(
        UUID id,
        @Schema(example = "castrop-rauxel") String owner,
        @Schema(example = "LOCAL") ArticleScope scope,
        @Schema(example = "buergerbuero") String serviceArea,
        @Schema(example = "99050012104000") String leikaKey,
        @Schema(example = "PUBLIC") Audience audience,
        @Schema(example = "PUBLISHED") ArticleStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        @Schema(example = "Fischereischein beantragen") String title,
        String teaser,
        String fullText,
        String requiredDocuments,
        String prerequisites,
        String costs,
        String deadlines,
        String procedure,
        List<FormLink> forms,
        String notes,
        String responsibleOffice,
        String contact,
        List<String> keywords,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static ArticleResponse of(Article article, ArticleContent content) {
        return new ArticleResponse(article.id(), article.ownerTenantId(), article.scope(), article.serviceArea(),
                article.leikaKey().orElse(null), article.audience(), article.status(),
                article.validFrom().orElse(null), article.validUntil().orElse(null), content.title(), content.teaser(),
                content.fullText(), content.requiredDocuments(), content.prerequisites(), content.costs(),
                content.deadlines(), content.procedure(), content.forms(), content.notes(),
                content.responsibleOffice(), content.contact(), content.keywords(), article.version(),
                article.createdAt(), article.createdBy(), article.updatedAt(), article.updatedBy());
    }
}
