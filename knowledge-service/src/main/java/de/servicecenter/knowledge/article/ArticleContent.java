package de.servicecenter.knowledge.article;

import java.util.List;

/**
 * The text modules of an article, after XZuFi's Leistungsbeschreibung: stored as one JSON document per
 * version, indexed field by field.
 */
public record ArticleContent(String title, String teaser, String fullText, String requiredDocuments,
                             String prerequisites, String costs, String deadlines, String procedure,
                             List<FormLink> forms, String notes, String responsibleOffice, String contact,
                             List<String> keywords) {

    public ArticleContent {
        forms = forms == null ? List.of() : List.copyOf(forms);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
