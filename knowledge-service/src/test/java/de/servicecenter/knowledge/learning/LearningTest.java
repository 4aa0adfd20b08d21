package de.servicecenter.knowledge.learning;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import de.servicecenter.knowledge.KnowledgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The center learns: searches without an answer become knowledge gaps, flagged articles a review queue. */
@QuarkusTest
class LearningTest {

    @Inject
    KnowledgeFixtures fixtures;

    private String sperrmuell;

    @BeforeEach
    void oneArticle() {
        fixtures.reset();
        sperrmuell = as("bochum-admin").body(article("bochum", "SHARED", "buergerbuero", "PUBLIC",
                        "Sperrmüll anmelden", "Abholung von Möbeln zweimal im Jahr kostenlos"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        fixtures.indexNow();
    }

    private static String search(String query) {
        return as("bochum-agent").get("/api/v1/search?q=" + query + "&town=castrop-rauxel").then().statusCode(200)
                .body("searchId", notNullValue()).extract().path("searchId");
    }

    @Test
    void searchesWithoutHitsOrWithoutAnOpenedArticleAreTheTownsGaps() {
        search("Wertstoffhof Öffnungszeiten");
        search("wertstoffhof   öffnungszeiten");
        search("Sperrmüll");
        String answered = search("Sperrmüll");
        as("bochum-agent").body("{\"articleId\": \"" + sperrmuell + "\"}")
                .post("/api/v1/search/" + answered + "/opened").then().statusCode(204);

        as("castrop-rauxel-admin").get("/api/v1/reports/knowledge-gaps?town=castrop-rauxel").then().statusCode(200)
                .body("gaps.query", contains("wertstoffhof öffnungszeiten", "sperrmüll"))
                .body("gaps[0].searches", equalTo(2)).body("gaps[0].withoutHits", equalTo(2))
                .body("gaps[1].searches", equalTo(2)).body("gaps[1].withoutHits", equalTo(0))
                .body("gaps[1].withoutOpenedArticle", equalTo(1));
        as("bottrop-admin").get("/api/v1/reports/knowledge-gaps?town=castrop-rauxel").then().statusCode(404);
        as("castrop-rauxel-admin").get("/api/v1/reports/knowledge-gaps?town=castrop-rauxel&week=2026-W99").then()
                .statusCode(400).body("errors[0].field", equalTo("week"));
    }

    @Test
    void onlyTheSearchingTenantReportsWhatItOpened() {
        String searchId = search("Sperrmüll");
        as("duisburg-agent").body("{\"articleId\": \"" + sperrmuell + "\"}")
                .post("/api/v1/search/" + searchId + "/opened").then().statusCode(404);
    }

    @Test
    void articlesFlaggedOutdatedWaitInTheOwnersReviewQueueUntilChanged() {
        as("bochum-agent").body("{\"kind\": \"OUTDATED\", \"comment\": \"Nur noch einmal im Jahr kostenlos\"}")
                .post("/api/v1/articles/" + sperrmuell + "/feedback").then().statusCode(204);
        as("bochum-agent").body("{\"kind\": \"HELPFUL\"}").post("/api/v1/articles/" + sperrmuell + "/feedback")
                .then().statusCode(204);

        var queue = as("bochum-admin").get("/api/v1/reports/review-queue?owner=bochum").then().statusCode(200)
                .body("", hasSize(1)).body("[0].flags", equalTo(1))
                .body("[0].lastComment", equalTo("Nur noch einmal im Jahr kostenlos"));
        as("castrop-rauxel-admin").get("/api/v1/reports/review-queue?owner=bochum").then().statusCode(404);

        var read = as("bochum-admin").get("/api/v1/articles/" + sperrmuell).then().extract();
        as("bochum-admin").header("If-Match", read.header("ETag")).body(article("bochum", "SHARED", "buergerbuero",
                        "PUBLIC", "Sperrmüll anmelden", "Abholung von Möbeln einmal im Jahr kostenlos"))
                .put("/api/v1/articles/" + sperrmuell).then().statusCode(200);
        as("bochum-admin").get("/api/v1/reports/review-queue?owner=bochum").then().statusCode(200).body("", hasSize(0));
    }
}
