package de.servicecenter.knowledge.article;

import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Articles for import and export, in a JSON shape after XZuFi (the national exchange standard for service
 * descriptions): one owner and scope, then one {@code leistung} per service with its LeiKa key
 * ({@code leistungsschluessel}), name and text modules named as in XZuFi. Importing is idempotent: a service
 * is matched by LeiKa key and owner (by its name where a local service has no key), so the same document
 * imported twice changes nothing.
 */
@Schema(name = "ArticleExchange", description = "Articles in a JSON shape after XZuFi, for import and export")
public record ExchangeDocument(
        @NotNull @TenantSlug @Schema(description = "The town the articles belong to", required = true,
                example = "bochum")
        String owner,
        @NotNull
        @Schema(description = "SHARED or LOCAL, for every article of the document", required = true, example = "SHARED")
        ArticleScope scope,
        @NotNull @Size(max = 5000) @Schema(required = true, description = "The services (Leistungen), one article each")
        List<@NotNull @Valid Leistung> leistungen) {

    ArticleRequest request(int index) {
        return leistungen.get(index).request(owner, scope);
    }

    static ExchangeDocument of(String owner, ArticleScope scope, List<Leistung> leistungen) {
        return new ExchangeDocument(owner, scope, leistungen);
    }

    /** One service (Leistung). */
    @Schema(name = "Leistung")
    public record Leistung(
            @Pattern(regexp = "[0-9]{14}", message = "must be a 14-digit LeiKa key")
            @Schema(nullable = true, description = "LeiKa key (Leistungsschlüssel), 14 digits",
                    example = "99050012104000")
            String leistungsschluessel,
            @NotBlank @Size(max = 200)
            @Schema(required = true, description = "The service's name (Leistungsname)",
                    example = "Fischereischein beantragen")
            String leistungsname,
            @NotNull @TenantSlug @Schema(required = true, example = "ordnungswesen",
                    description = "Service area code of the catalog") String leistungsbereich,
            @Schema(nullable = true, description = "Audience: PUBLIC or INTERNAL; PUBLIC when omitted",
                    example = "PUBLIC", defaultValue = "PUBLIC")
            Audience zielgruppe,
            @Schema(nullable = true, description = "DRAFT, PUBLISHED or ARCHIVED; PUBLISHED when omitted",
                    example = "PUBLISHED", defaultValue = "PUBLISHED")
            ArticleStatus status,
            @Schema(nullable = true, description = "First day it applies (gültig ab)") LocalDate gueltigAb,
            @Schema(nullable = true, description = "Last day it applies (gültig bis)") LocalDate gueltigBis,
            @Schema(nullable = true, description = "The text modules (Module)") @Valid Module module,
            @Schema(nullable = true, description = "Keywords (Stichworte)")
            @Size(max = 50) List<@NotBlank @Size(max = 60) String> stichworte) {

        ArticleRequest request(String owner, ArticleScope scope) {
            Module texts = module == null ? Module.EMPTY : module;
            return new ArticleRequest(owner, scope, leistungsbereich, leistungsschluessel,
                    zielgruppe == null ? Audience.PUBLIC : zielgruppe,
                    status == null ? ArticleStatus.PUBLISHED : status, gueltigAb, gueltigBis, leistungsname,
                    texts.kurztext(), texts.volltext(), texts.erforderlicheUnterlagen(), texts.voraussetzungen(),
                    texts.kosten(), texts.fristen(), texts.verfahrensablauf(), texts.formulare(), texts.hinweise(),
                    texts.zustaendigeStelle(), texts.kontakt(), stichworte);
        }

        static Leistung of(Article article, ArticleContent content) {
            return new Leistung(article.leikaKey().orElse(null), content.title(), article.serviceArea(),
                    article.audience(), article.status(), article.validFrom().orElse(null),
                    article.validUntil().orElse(null),
                    new Module(content.teaser(), content.fullText(), content.requiredDocuments(),
                            content.prerequisites(), content.costs(), content.deadlines(), content.procedure(),
                            content.forms(), content.notes(), content.responsibleOffice(), content.contact()),
                    content.keywords());
        }
    }

    /** The text modules (Modultexte) of XZuFi. */
    @Schema(name = "Leistungsmodule")
    public record Module(
            @Size(max = 1000) @Schema(nullable = true, description = "Kurztext") String kurztext,
            @Size(max = 20000) @Schema(nullable = true, description = "Volltext") String volltext,
            @Size(max = 5000) @Schema(nullable = true, description = "Erforderliche Unterlagen")
            String erforderlicheUnterlagen,
            @Size(max = 5000) @Schema(nullable = true, description = "Voraussetzungen") String voraussetzungen,
            @Size(max = 5000) @Schema(nullable = true, description = "Kosten") String kosten,
            @Size(max = 5000) @Schema(nullable = true, description = "Fristen") String fristen,
            @Size(max = 5000) @Schema(nullable = true, description = "Verfahrensablauf") String verfahrensablauf,
            @Schema(nullable = true, description = "Forms (Formulare)")
            @Size(max = 20) List<@NotNull @Valid FormLink> formulare,
            @Size(max = 5000) @Schema(nullable = true, description = "Hinweise") String hinweise,
            @Size(max = 500) @Schema(nullable = true, description = "Zuständige Stelle") String zustaendigeStelle,
            @Size(max = 1000) @Schema(nullable = true, description = "Kontakt") String kontakt) {

        static final Module EMPTY = new Module(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** How an import went: nothing is written unless every service is valid. */
    @Schema(name = "ImportResult")
    public record ImportResult(
            @Schema(description = "Articles created", example = "12") int created,
            @Schema(description = "Articles changed", example = "3") int updated,
            @Schema(description = "Articles already as in the document", example = "28") int unchanged) {
    }
}
