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
 * An article to create or replace, field by field as in a national service description (XZuFi): the
 * Leistungsname is the title, the text modules follow.
 */
@Schema(name = "ArticleRequest", description = "A knowledge article (Wissensdatenbank entry)")
public record ArticleRequest(
        @NotNull @TenantSlug
        @Schema(required = true, example = "castrop-rauxel", description = "The host (shared) or the town (local)")
        String owner,

        @NotNull
        @Schema(description = "SHARED (the host's, for all its clients) or LOCAL (one town's own specifics)",
                required = true, example = "LOCAL")
        ArticleScope scope,

        @NotNull @TenantSlug
        @Schema(required = true, example = "buergerbuero", description = "Service area code of the catalog")
        String serviceArea,

        @Pattern(regexp = "[0-9]{14}", message = "must be a 14-digit LeiKa key")
        @Schema(nullable = true, example = "99050012104000",
                description = "Key of the Leistungskatalog (LeiKa), 14 digits")
        String leikaKey,

        @NotNull
        @Schema(description = "PUBLIC (citizens may read it) or INTERNAL (agents only)", required = true,
                example = "PUBLIC")
        Audience audience,

        @Schema(nullable = true, description = "DRAFT, PUBLISHED or ARCHIVED; DRAFT when omitted",
                example = "PUBLISHED", defaultValue = "DRAFT")
        ArticleStatus status,

        @Schema(nullable = true, description = "First day it applies; always when omitted", example = "2026-01-01")
        LocalDate validFrom,
        @Schema(nullable = true, description = "Last day it applies; open-ended when omitted", example = "2027-12-31")
        LocalDate validUntil,

        @NotBlank @Size(max = 200)
        @Schema(required = true, example = "Fischereischein beantragen", description = "Leistungsname")
        String title,

        @Size(max = 1000) @Schema(nullable = true, description = "Short text (Kurztext)",
                example = "Wer in NRW angeln will, braucht einen Fischereischein.")
        String teaser,
        @Schema(nullable = true, description = "Full text (Volltext)") @Size(max = 20000) String fullText,
        @Size(max = 5000) @Schema(nullable = true, description = "Required documents (Erforderliche Unterlagen)",
                example = "Personalausweis, Nachweis der Fischerprüfung, Lichtbild")
        String requiredDocuments,
        @Schema(nullable = true, description = "Prerequisites (Voraussetzungen)")
        @Size(max = 5000) String prerequisites,
        @Size(max = 5000) @Schema(nullable = true, description = "Fees (Kosten)",
                example = "Fünf Jahre: 48 Euro; Fischereiabgabe zusätzlich")
        String costs,
        @Schema(nullable = true, description = "Deadlines (Fristen)") @Size(max = 5000) String deadlines,
        @Schema(nullable = true, description = "Procedure (Verfahrensablauf)") @Size(max = 5000) String procedure,
        @Schema(nullable = true, description = "Forms to download (Formulare)")
        @Size(max = 20) List<@NotNull @Valid FormLink> forms,
        @Schema(nullable = true, description = "Notes (Hinweise)") @Size(max = 5000) String notes,
        @Size(max = 500) @Schema(nullable = true, description = "Responsible office (Zuständige Stelle)",
                example = "Bürgerbüro, Europaplatz 1")
        String responsibleOffice,
        @Size(max = 1000) @Schema(nullable = true, description = "Contact (Kontakt)", example = "Telefon 02305 106-0")
        String contact,
        @Size(max = 50)
        @Schema(nullable = true, description = "Further words it is found by (Stichworte)",
                example = "[\"Angelschein\", \"Angeln\"]")
        List<@NotBlank @Size(max = 60) String> keywords) {

    ArticleContent content() {
        return new ArticleContent(title.strip(), teaser, fullText, requiredDocuments, prerequisites, costs, deadlines,
                procedure, forms, notes, responsibleOffice, contact, keywords);
    }

    ArticleStatus effectiveStatus() {
        return status == null ? ArticleStatus.DRAFT : status;
    }
}
