package de.servicecenter.knowledge.article;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.servicecenter.knowledge.KnowledgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writing articles: who may, what is refused, and that a refusal leaves nothing behind. */
@QuarkusTest
class ArticleTest {

    private static final String CASTROP_FISCHEREISCHEIN = article("castrop-rauxel", "LOCAL", "ordnungswesen", "PUBLIC",
            "Fischereischein beantragen", "Im Bürgerbüro am Europaplatz", "Angelschein");

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void emptyKnowledgeBase() {
        fixtures.reset();
    }

    private static void searchFinds(String user, String town, String query, int hits) {
        as(user).get("/api/v1/search?q=" + query + "&town=" + town).then().statusCode(200).body("totalItems", equalTo(hits));
    }

    @Test
    void cityAdminWritesItsTownsLocalArticleWithHistory() {
        var created = as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN).post("/api/v1/articles").then()
                .statusCode(201).body("version", equalTo(0)).body("createdBy", equalTo("castrop-rauxel-admin"))
                .extract();
        String id = created.path("id");

        as("castrop-rauxel-admin").header("If-Match", created.header("ETag"))
                .body(CASTROP_FISCHEREISCHEIN.replace("Europaplatz", "Europaplatz 1"))
                .put("/api/v1/articles/" + id).then().statusCode(200).body("version", equalTo(1));
        as("castrop-rauxel-admin").get("/api/v1/articles/" + id + "/history").then().statusCode(200)
                .body("version", contains(1, 0))
                .body("[1].article.teaser", equalTo("Im Bürgerbüro am Europaplatz"));
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        var created = as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN).post("/api/v1/articles").then()
                .statusCode(201).extract();
        String id = created.path("id");
        as("castrop-rauxel-admin").header("If-Match", created.header("ETag"))
                .body(CASTROP_FISCHEREISCHEIN.replace("beantragen", "ausstellen lassen"))
                .put("/api/v1/articles/" + id).then().statusCode(200);

        as("castrop-rauxel-admin").header("If-Match", created.header("ETag"))
                .body(CASTROP_FISCHEREISCHEIN.replace("beantragen", "verlängern"))
                .put("/api/v1/articles/" + id).then().statusCode(412).contentType("application/problem+json");
        as("castrop-rauxel-admin").get("/api/v1/articles/" + id).then()
                .body("title", equalTo("Fischereischein ausstellen lassen"));
    }

    @Test
    void anotherTownsCityAdminNeitherReadsNorWrites() {
        String id = as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN).post("/api/v1/articles").then()
                .statusCode(201).extract().path("id");

        as("bottrop-admin").get("/api/v1/articles/" + id).then().statusCode(404)
                .body("detail", equalTo("No article '" + id + "'."));
        as("bottrop-admin").body(CASTROP_FISCHEREISCHEIN).put("/api/v1/articles/" + id).then().statusCode(404);
        as("bottrop-admin").body(CASTROP_FISCHEREISCHEIN).post("/api/v1/articles").then().statusCode(422)
                .body("errors[0].field", equalTo("owner"));
    }

    /** Local knowledge is the town's own (MANAGE): a host reads it under contract but never writes it. */
    @Test
    void hostAdminReadsAClientsLocalArticleButNeverWritesIt() {
        var created = as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN).post("/api/v1/articles").then()
                .statusCode(201).extract();
        String id = created.path("id");

        as("bochum-admin").body(CASTROP_FISCHEREISCHEIN.replace("Fischereischein", "Angelschein"))
                .post("/api/v1/articles").then().statusCode(422).body("errors[0].field", equalTo("owner"));
        as("bochum-admin").get("/api/v1/articles/" + id).then().statusCode(200);
        as("bochum-admin").header("If-Match", created.header("ETag"))
                .body(CASTROP_FISCHEREISCHEIN.replace("Europaplatz", "Rathaus Bochum"))
                .put("/api/v1/articles/" + id).then().statusCode(403);
        as("bochum-admin").body("{\"owner\": \"castrop-rauxel\", \"scope\": \"LOCAL\", \"leistungen\": [{"
                        + "\"leistungsname\": \"Angelschein\", \"leistungsbereich\": \"ordnungswesen\"}]}")
                .post("/api/v1/articles/import").then().statusCode(422).body("errors.field", contains("owner"));

        as("castrop-rauxel-admin").get("/api/v1/articles/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("teaser", equalTo("Im Bürgerbüro am Europaplatz"));
        as("castrop-rauxel-admin").get("/api/v1/articles/export?owner=castrop-rauxel&scope=LOCAL").then()
                .statusCode(200).body("leistungen", hasSize(1));
    }

    @Test
    void onlyTheOwningHostsAdminsWriteSharedArticles() {
        String shared = article("bochum", "SHARED", "buergerbuero", "PUBLIC", "Personalausweis beantragen",
                "Für Deutsche ab 16 Pflicht", "Perso");
        as("castrop-rauxel-admin").body(shared).post("/api/v1/articles").then().statusCode(422)
                .body("errors[0].field", equalTo("owner"));
        as("duisburg-admin").body(shared).post("/api/v1/articles").then().statusCode(422)
                .body("errors[0].field", equalTo("owner"));
        as("bochum-agent").body(shared).post("/api/v1/articles").then().statusCode(403);
        as("bochum-admin").body(shared).post("/api/v1/articles").then().statusCode(201);
    }

    @Test
    void badInputIsNamedAndNothingIsStoredOrIndexed() {
        as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN.replace("\"Fischereischein beantragen\"", "\" \""))
                .post("/api/v1/articles").then().statusCode(400).body("errors.field", contains("title"));
        as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN.replace("Europaplatz", "Europa\\u0000platz"))
                .post("/api/v1/articles").then().statusCode(400).body("errors.field", contains("teaser"));
        as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN.replace("ordnungswesen", "hundeschule"))
                .post("/api/v1/articles").then().statusCode(422).body("errors.field", contains("serviceArea"));
        as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN.replace("\"owner\"", "\"leikaKey\": \"12-34\", \"owner\""))
                .post("/api/v1/articles").then().statusCode(400).body("errors.field", contains("leikaKey"));
        as("castrop-rauxel-admin").body(CASTROP_FISCHEREISCHEIN.replace("\"title\"",
                        "\"fullText\": \"" + "x".repeat(300_000) + "\", \"title\""))
                .post("/api/v1/articles").then().statusCode(413).contentType("application/problem+json");

        fixtures.indexNow();
        searchFinds("castrop-rauxel-admin", "castrop-rauxel", "Fischereischein", 0);
        as("castrop-rauxel-admin").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel").then()
                .body("items", hasSize(0));
    }
}
