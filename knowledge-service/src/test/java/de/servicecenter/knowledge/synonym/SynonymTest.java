package de.servicecenter.knowledge.synonym;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import de.servicecenter.knowledge.KnowledgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Synonyms per host network: kept through the API, in effect after the background rebuild. */
@QuarkusTest
class SynonymTest {

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void oneArticle() {
        fixtures.reset();
        as("bochum-admin").body(article("bochum", "SHARED", "buergerbuero", "PUBLIC", "Personalausweis beantragen",
                "Ausweis für Deutsche ab 16 Jahren")).post("/api/v1/articles").then().statusCode(201);
        fixtures.indexNow();
    }

    private static int hits(String query) {
        return as("bochum-agent").get("/api/v1/search?q=" + query + "&town=castrop-rauxel").then().statusCode(200)
                .extract().path("totalItems");
    }

    @Test
    void citizensWordsFindTheAuthoritiesArticleOnceTheHostAddsThem() throws InterruptedException {
        // "Perso" shares no word, lemma or compound part with the article (and is no typo of one).
        int before = hits("Perso");

        as("bochum-admin").body("{\"rules\": [\"Angelschein, Fischereischein\", \"perso => personalausweis\"]}")
                .put("/api/v1/synonyms/bochum").then().statusCode(200)
                .body("rules", contains("angelschein, fischereischein", "perso => personalausweis"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int after = 0;
        while (after == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            after = hits("Perso");
        }
        assertThat(before).isZero();
        assertThat(after).isEqualTo(1);
        as("bochum-agent").get("/api/v1/synonyms/bochum").then().statusCode(200)
                .body("updatedBy", equalTo("bochum-admin"));
    }

    @Test
    void malformedRulesAreNamedAndOthersCannotChangeTheNetworksSynonyms() {
        as("bochum-admin").body("{\"rules\": [\"perso => personalausweis\", \"=> ausweis\", \"angelschein\"]}")
                .put("/api/v1/synonyms/bochum").then().statusCode(422)
                .body("errors.field", contains("rules[1]", "rules[2]"));
        as("duisburg-admin").body("{\"rules\": [\"perso => personalausweis\"]}")
                .put("/api/v1/synonyms/bochum").then().statusCode(404);
        as("bochum-agent").body("{\"rules\": [\"perso => personalausweis\"]}")
                .put("/api/v1/synonyms/bochum").then().statusCode(403);
        as("bochum-admin").get("/api/v1/synonyms/bochum").then().statusCode(404);
    }
}
