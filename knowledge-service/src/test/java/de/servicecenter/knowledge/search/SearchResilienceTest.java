package de.servicecenter.knowledge.search;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import de.servicecenter.knowledge.KnowledgeFixtures;
import de.servicecenter.testing.ElasticsearchProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is the truth, the index follows: with the connection to Elasticsearch cut (a real network fault,
 * see ElasticsearchProxy), writes still succeed; once it is back, they become searchable within seconds
 * without anyone doing anything.
 */
@QuarkusTest
class SearchResilienceTest {

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void emptyKnowledgeBase() {
        fixtures.reset();
    }

    @AfterEach
    void reconnect() {
        ElasticsearchProxy.restore();
    }

    @Test
    void writesSucceedWhileElasticsearchIsDownAndAreSearchableSoonAfterItIsBack() throws InterruptedException {
        ElasticsearchProxy.cut();

        as("castrop-rauxel-admin").body(article("castrop-rauxel", "LOCAL", "ordnungswesen", "PUBLIC",
                "Hundesteuer anmelden", "Jeder Hund in Castrop-Rauxel muss angemeldet werden", "Hund"))
                .post("/api/v1/articles").then().statusCode(201);
        as("castrop-rauxel-admin").get("/api/v1/search?q=Hundesteuer&town=castrop-rauxel").then().statusCode(503)
                .contentType("application/problem+json");

        ElasticsearchProxy.restore();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        int total = 0;
        while (total == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            total = as("castrop-rauxel-admin").get("/api/v1/search?q=Hundesteuer&town=castrop-rauxel").then()
                    .extract().path("totalItems") instanceof Integer found ? found : 0;
        }
        as("castrop-rauxel-admin").get("/api/v1/search?q=Hundesteuer&town=castrop-rauxel").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.title", contains("Hundesteuer anmelden"));
    }
}
