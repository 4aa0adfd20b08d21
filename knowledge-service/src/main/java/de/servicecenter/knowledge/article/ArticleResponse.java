package de.servicecenter.knowledge.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Article", description = "A knowledge article (Wissensdatenbank entry)")
public record ArticleResponse(
        @Schema(description = "The article's id") UUID id,
        @Schema(description = "The town that owns it: the host for a shared article, the town for a local one",
                example = "castrop-rauxel")
        String owner,
        @Schema(description = "SHARED (the host's, for all its clients) or LOCAL (one town's own specifics)",
                example = "LOCAL")
        ArticleScope scope,
        @Schema(example = "buergerbuero") String serviceArea,
        @Schema(nullable = true, description = "Key of the service in the LeiKa (Leistungskatalog), 14 digits",
                example = "99050012104000")
        String leikaKey,
        @Schema(description = "PUBLIC (citizens may read it) or INTERNAL (agents only)", example = "PUBLIC")
        Audience audience,
        @Schema(description = "DRAFT, PUBLISHED or ARCHIVED", example = "PUBLISHED") ArticleStatus status,
        @Schema(nullable = true, description = "First day it applies; always when null") LocalDate validFrom,
        @Schema(nullable = true, description = "Last day it applies; open-ended when null") LocalDate validUntil,
        @Schema(description = "The service's name (Leistungsname)", example = "Fischereischein beantragen")
        String title,
        @Schema(nullable = true, description = "Short text (Kurztext)") String teaser,
        @Schema(nullable = true, description = "Full text (Volltext)") String fullText,
        @Schema(nullable = true, description = "Required documents (Erforderliche Unterlagen)")
        String requiredDocuments,
        @Schema(nullable = true, description = "Prerequisites (Voraussetzungen)") String prerequisites,
        @Schema(nullable = true, description = "Fees (Kosten)") String costs,
        @Schema(nullable = true, description = "Deadlines (Fristen)") String deadlines,
        @Schema(nullable = true, description = "Procedure (Verfahrensablauf)") String procedure,
        @Schema(description = "Forms to download (Formulare)") List<FormLink> forms,
        @Schema(nullable = true, description = "Notes (Hinweise)") String notes,
        @Schema(nullable = true, description = "Responsible office (Zuständige Stelle)") String responsibleOffice,
        @Schema(nullable = true, description = "Contact (Kontakt)") String contact,
        @Schema(description = "Further words it is found by (Stichworte)") List<String> keywords,
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
