package de.servicecenter.knowledge.search;

import de.servicecenter.knowledge.article.Article;
import de.servicecenter.knowledge.article.ArticleContent;
import de.servicecenter.knowledge.article.ArticleContents;
import de.servicecenter.knowledge.article.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles as _bulk lines: published ones are indexed, drafts and archived ones removed. Every line carries
 * the article's version as an external version, so an older write never overwrites a newer one, whichever
 * indexer (or replica) sends it last.
 */
@ApplicationScoped
class ArticleDocuments {

    private final ArticleContents contents;
    private final Elasticsearch elasticsearch;

    ArticleDocuments(ArticleContents contents, Elasticsearch elasticsearch) {
        this.contents = contents;
        this.elasticsearch = elasticsearch;
    }

    byte[] bulk(String index, List<Article> articles) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(articles.size() * 2048);
        try {
            for (Article article : articles) {
                Map<String, Object> target = Map.of("_index", index, "_id", article.id().toString(),
                        "version", article.version(), "version_type", "external_gte");
                if (article.status() == ArticleStatus.PUBLISHED) {
                    lines.write(elasticsearch.bytes(Map.of("index", target)));
                    lines.write('\n');
                    lines.write(elasticsearch.bytes(document(article)));
                } else {
                    lines.write(elasticsearch.bytes(Map.of("delete", target)));
                }
                lines.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.toByteArray();
    }

    private Map<String, Object> document(Article article) {
        ArticleContent content = contents.read(article);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", article.id().toString());
        document.put("owner", article.ownerTenantId());
        document.put("scope", article.scope().name());
        document.put("serviceArea", article.serviceArea());
        document.put("audience", article.audience().name());
        article.leikaKey().ifPresent(key -> document.put("leikaKey", key));
        article.validFrom().ifPresent(from -> document.put("validFrom", from.toString()));
        article.validUntil().ifPresent(until -> document.put("validUntil", until.toString()));
        document.put("updatedAt", article.updatedAt().toString());
        document.put("title", content.title());
        document.put("titleSuggest", content.title());
        document.put("keywords", content.keywords());
        putIfPresent(document, "teaser", content.teaser());
        putIfPresent(document, "fullText", content.fullText());
        putIfPresent(document, "requiredDocuments", content.requiredDocuments());
        putIfPresent(document, "prerequisites", content.prerequisites());
        putIfPresent(document, "procedure", content.procedure());
        putIfPresent(document, "costs", content.costs());
        putIfPresent(document, "deadlines", content.deadlines());
        putIfPresent(document, "notes", content.notes());
        putIfPresent(document, "responsibleOffice", content.responsibleOffice());
        return document;
    }

    private static void putIfPresent(Map<String, Object> document, String field, String value) {
        if (value != null && !value.isBlank()) {
            document.put(field, value);
        }
    }
}
