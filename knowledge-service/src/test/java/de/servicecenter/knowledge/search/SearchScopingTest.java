package de.servicecenter.knowledge.search;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.servicecenter.knowledge.KnowledgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who finds what: the scope comes from the token and the contracts, with real Keycloak tokens. */
@QuarkusTest
class SearchScopingTest {

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void network() {
        fixtures.reset();
        KnowledgeFixtures.bochumsSharedArticles();
        as("bochum-admin").body(article("bochum", "SHARED", "standesamt", "PUBLIC", "Eheschließung anmelden",
                "Heiraten im Standesamt", "Hochzeit")).post("/api/v1/articles").then().statusCode(201);
        as("castrop-rauxel-admin").body(article("castrop-rauxel", "LOCAL", "ordnungswesen", "PUBLIC",
                "Fischereischein in Castrop-Rauxel", "Antrag im Bürgerbüro am Europaplatz abgeben")).post("/api/v1/articles")
                .then().statusCode(201);
        as("bottrop-admin").body(article("bottrop", "LOCAL", "ordnungswesen", "PUBLIC", "Fischereischein in Bottrop",
                "Antrag im Rathaus Bottrop abgeben")).post("/api/v1/articles").then().statusCode(201);
        fixtures.indexNow();
    }

    @Test
    void hostAgentFindsTheTownsLocalArticleFirstThenTheSharedOne() {
        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel").then().statusCode(200)
                .body("items.title", contains("Fischereischein in Castrop-Rauxel", "Fischereischein beantragen"))
                .body("items[0].highlights.title[0]", containsString("<em>Fischereischein</em>"))
                .body("serviceAreas.value", contains("ordnungswesen"));
    }

    @Test
    void bottropCallerNeverSeesCastropRauxelsLocalArticle() {
        as("duisburg-agent").get("/api/v1/search?q=Fischereischein&town=bottrop").then().statusCode(200)
                .body("items.title", contains("Fischereischein in Bottrop"));
        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=bottrop").then().statusCode(404);
        as("bottrop-admin").get("/api/v1/search?q=Fischereischein&town=bottrop").then().statusCode(200)
                .body("items.title", everyItem(not(containsString("Castrop"))));
    }

    @Test
    void contractAreasBoundWhatAHostAgentFindsForAClient() {
        as("bochum-agent").get("/api/v1/search?q=Eheschließung&town=castrop-rauxel").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as("bochum-agent").get("/api/v1/search?q=Eheschließung&town=bochum").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    /** Pages reach the first 10,000 hits, as far as Elasticsearch pages; beyond is a 400 naming page, not a 503. */
    @Test
    void aPageBeyondWhatTheIndexReachesIsA400NamingPage() {
        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel&page=999").then().statusCode(200);
        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel&page=1000").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", containsString("at most 999 with size 10"));
        given().get("/public/v1/towns/castrop-rauxel/search?q=Fischereischein&page=200&size=50").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().get("/public/v1/towns/castrop-rauxel/search?q=Fischereischein&page=2147483647").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    /** A scope narrowed to nothing fails closed: it used to match every article of every town. */
    @Test
    void anAreaOutsideTheContractFindsNothingRatherThanEverything() {
        as("verbund-admin").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel&serviceArea=standesamt")
                .then().statusCode(200).body("totalItems", equalTo(0));
        as("verbund-admin").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel&serviceArea=ordnungswesen")
                .then().statusCode(200)
                .body("items.title", contains("Fischereischein in Castrop-Rauxel", "Fischereischein beantragen"));
        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel&serviceArea=standesamt")
                .then().statusCode(404);
    }

    @Test
    void hostAgentSeesTheClientOnlyWhileTheContractIsActive() {
        fixtures.contracts(List.of(KnowledgeFixtures.DUISBURG_BOTTROP));

        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel").then().statusCode(404);
        as("castrop-rauxel-admin").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel").then().statusCode(200)
                .body("items.title", contains("Fischereischein in Castrop-Rauxel"));
    }

    @Test
    void portalsFindOnlyPublicArticlesOfTheirTown() {
        given().get("/public/v1/towns/castrop-rauxel/search?q=Personalausweis").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().get("/public/v1/towns/castrop-rauxel/search?q=Fischereischein").then().statusCode(200)
                .body("items.title", contains("Fischereischein in Castrop-Rauxel", "Fischereischein beantragen"));
        given().get("/public/v1/towns/atlantis/search?q=Fischereischein").then().statusCode(404);
    }

    /** Public answers are the same for everyone who asks the same: cacheable, and revalidated by ETag. */
    @Test
    void portalsMayCacheSearchesAndSuggestions() {
        var first = given().get("/public/v1/towns/castrop-rauxel/search?q=Fischereischein").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("searchId", nullValue())
                .extract();
        given().header("If-None-Match", first.header("ETag"))
                .get("/public/v1/towns/castrop-rauxel/search?q=Fischereischein").then().statusCode(304);
        given().get("/public/v1/towns/castrop-rauxel/search?q=Fischereischein").then()
                .header("ETag", equalTo(first.header("ETag")));
        var suggestions = given().get("/public/v1/towns/castrop-rauxel/search/suggestions?q=fisch").then()
                .statusCode(200).header("Cache-Control", equalTo("public, max-age=300"))
                .body("", hasItem("Fischereischein beantragen")).extract();
        given().header("If-None-Match", suggestions.header("ETag"))
                .get("/public/v1/towns/castrop-rauxel/search/suggestions?q=fisch").then().statusCode(304);
    }

    @Test
    void germanAnalysisAndTyposFindTheArticle() {
        for (String query : List.of("Personalausweise", "personalausweiss", "Ausweis%20beantragen")) {
            as("bochum-agent").get("/api/v1/search?q=" + query + "&town=bochum").then().statusCode(200)
                    .body("items.title", hasItem("Personalausweis beantragen"));
        }
    }

    @Test
    void suggestionsWhileTyping() {
        as("bochum-agent").get("/api/v1/search/suggestions?q=Fisch&town=castrop-rauxel").then().statusCode(200)
                .body("", hasItem("Fischereischein in Castrop-Rauxel"))
                .body("", not(hasItem("Fischereischein in Bottrop")));
    }

    @Test
    void badQueriesAreNamed() {
        as("bochum-agent").queryParam("q", " ").get("/api/v1/search?town=bochum").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        as("bochum-agent").get("/api/v1/search?q=x&town=bochum&serviceArea=hundeschule").then().statusCode(400)
                .body("errors[0].field", equalTo("serviceArea"));
    }
}
