package de.servicecenter.knowledge.article;

/** OpenAPI examples for articles. */
final class ArticleExamples {

    static final String LOCAL_ARTICLE = """
            {"owner": "castrop-rauxel", "scope": "LOCAL", "serviceArea": "ordnungswesen", "audience": "PUBLIC",
             "status": "PUBLISHED", "title": "Fischereischein beantragen",
             "teaser": "Wer in NRW angeln will, braucht einen Fischereischein.",
             "requiredDocuments": "Personalausweis, Zeugnis über die bestandene Fischerprüfung, ein Lichtbild",
             "costs": "Fünf Jahre: 48 Euro, zuzüglich Fischereiabgabe",
             "responsibleOffice": "Bürgerbüro, Europaplatz 1, 44575 Castrop-Rauxel",
             "procedure": "Antrag im Bürgerbüro am Europaplatz abgeben; der Schein wird sofort ausgestellt.",
             "keywords": ["Angelschein", "Angeln", "Fischerprüfung"]}""";

    static final String BAD_INPUT = """
            {"type": "urn:problem:servicecenter-verbund:validation-failed", "title": "Invalid input", "status": 400,
             "detail": "2 fields are invalid.", "instance": "/api/v1/articles",
             "errors": [{"field": "leikaKey", "message": "must be a 14-digit LeiKa key"},
                        {"field": "title", "message": "must not be blank"}]}""";

    private ArticleExamples() {
    }
}
