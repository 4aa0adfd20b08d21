package de.servicecenter.knowledge.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Article content to and from its JSON column. */
@ApplicationScoped
public class ArticleContents {

    private final ObjectMapper json;

    ArticleContents(ObjectMapper json) {
        this.json = json;
    }

    public ArticleContent read(Article article) {
        try {
            return json.readValue(article.contentJson(), ArticleContent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    ArticleResponse readResponse(String snapshotJson) {
        try {
            return json.readValue(snapshotJson, ArticleResponse.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
