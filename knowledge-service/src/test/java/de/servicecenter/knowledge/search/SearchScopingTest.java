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

    /** A town's general information (area zentrale) belongs to every call for the town, whatever the contract's areas. */
    @Test
    void theTownsGeneralInformationReachesTheHostsAgentsUnderAnyContract() {
        String general = as("castrop-rauxel-admin").body(article("castrop-rauxel", "LOCAL", "zentrale", "PUBLIC",
                "Termin im Bürgerbüro buchen", "Termine vergibt das Bürgerbüro online und am Telefon", "Termin"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        fixtures.indexNow();

        as("bochum-agent").get("/api/v1/search?q=Termin%20buchen&town=castrop-rauxel").then().statusCode(200)
                .body("items.title", hasItem("Termin im Bürgerbüro buchen"));
        as("bochum-agent").get("/api/v1/articles/" + general).then().statusCode(200);
        // read, never changed by the host; and no other town's host sees it
        as("bochum-agent").get("/api/v1/search?q=Termin%20buchen&town=bottrop").then().statusCode(404);
        as("duisburg-agent").get("/api/v1/articles/" + general).then().statusCode(404);
    }

    /** Facets count the whole scope; the area chosen narrows the hits and is marked, the others keep their counts. */
    @Test
    void facetsCountTheWholeScopeAndMarkTheChosenArea() {
        as("bochum-admin").body(article("bochum", "SHARED", "buergerbuero", "PUBLIC", "Fischereischein-Gebühr zahlen",
                "Die Gebühr für den Fischereischein zahlen Sie im Bürgerbüro")).post("/api/v1/articles")
                .then().statusCode(201);
        fixtures.indexNow();

        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel&serviceArea=buergerbuero").then()
                .statusCode(200)
                .body("items.title", contains("Fischereischein-Gebühr zahlen"))
                .body("totalItems", equalTo(1))
                .body("serviceAreas.find { it.value == 'ordnungswesen' }.count", equalTo(2))
                .body("serviceAreas.find { it.value == 'ordnungswesen' }.selected", equalTo(false))
                .body("serviceAreas.find { it.value == 'buergerbuero' }.count", equalTo(1))
                .body("serviceAreas.find { it.value == 'buergerbuero' }.selected", equalTo(true));
        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel").then().statusCode(200)
                .body("serviceAreas.selected", everyItem(equalTo(false)));
    }

    /** The caller's town typed into the query is the scope, not words that pull every local article up. */
    @Test
    void aTownNamedInTheQueryIsTheScopeNotText() {
        as("castrop-rauxel-admin").body(article("castrop-rauxel", "LOCAL", "buergerbuero", "PUBLIC",
                "Sperrmüll in Castrop-Rauxel", "Sperrmüll holt der EUV Stadtbetrieb Castrop-Rauxel ab"))
                .post("/api/v1/articles").then().statusCode(201);
        fixtures.indexNow();

        as("bochum-agent").queryParam("q", "Personalausweis Castrop-Rauxel").get("/api/v1/search?town=castrop-rauxel")
                .then().statusCode(200)
                .body("query", equalTo("Personalausweis Castrop-Rauxel"))
                .body("items.title", contains("Personalausweis beantragen"));
    }

    /**
     * A neighbourhood the caller names (a Stadtteil tenant-service knows for the town) is a place to prefer among the
     * articles answering the question — marked where an article names it — and no text to match: the branch
     * office's article, about Habinghorst but not about the Personalausweis, is not a hit.
     */
    @Test
    void aNeighbourhoodNamedInTheQueryIsPreferredNotMatched() {
        for (String[] local : List.of(
                new String[] {"Bürgerbüro Habinghorst", "Die Außenstelle in Habinghorst hat dienstags geöffnet"},
                new String[] {"Personalausweis im Rathaus", "Das Bürgerbüro am Europaplatz stellt Ausweise aus"},
                new String[] {"Personalausweis in der Außenstelle", "Das Bürgerbüro Habinghorst stellt Ausweise aus"})) {
            as("castrop-rauxel-admin").body(article("castrop-rauxel", "LOCAL", "buergerbuero", "PUBLIC", local[0],
                    local[1])).post("/api/v1/articles").then().statusCode(201);
        }
        fixtures.indexNow();

        as("bochum-agent").queryParam("q", "Personalausweis Habinghorst").get("/api/v1/search?town=castrop-rauxel")
                .then().statusCode(200)
                .body("items.title", contains("Personalausweis in der Außenstelle", "Personalausweis im Rathaus",
                        "Personalausweis beantragen"))
                .body("items[0].highlights.teaser[0]",
                        equalTo("Das Bürgerbüro <em>Habinghorst</em> stellt <em>Ausweise</em> aus"));
        // asked for by name, the branch office comes first
        as("bochum-agent").queryParam("q", "Bürgerbüro Habinghorst").get("/api/v1/search?town=castrop-rauxel")
                .then().statusCode(200)
                .body("items[0].title", equalTo("Bürgerbüro Habinghorst"));
    }

    /** Every hit says why it is there: keyword matches marked, the teaser where nothing matched in it. */
    @Test
    void everyHitComesWithAPassage() {
        as("bochum-agent").get("/api/v1/search?q=Perso&town=bochum").then().statusCode(200)
                .body("items[0].title", equalTo("Personalausweis beantragen"))
                .body("items[0].highlights.keywords[0]", equalTo("<em>Perso</em>"))
                .body("items[0].highlights.teaser[0]", equalTo("Ausweis für Deutsche ab 16 Jahren"));
        // found through a typo: the word it stands for marked wherever it is
        as("bochum-agent").get("/api/v1/search?q=Fischereischien&town=bochum").then().statusCode(200)
                .body("items[0].title", equalTo("Fischereischein beantragen"))
                .body("items[0].highlights.title[0]", equalTo("<em>Fischereischein</em> beantragen"))
                .body("items[0].highlights.teaser[0]", equalTo("Wer angeln will, braucht einen <em>Fischereischein</em>"));
    }

    /** Compounds the articles never contain are found through their parts; those with every part come first. */
    @Test
    void aCompoundTheArticlesDoNotContainFindsThroughItsParts() {
        as("bochum-admin").body(article("bochum", "SHARED", "buergerbuero", "PUBLIC", "Abfuhrkalender bestellen",
                "Den Kalender der Abfuhrtermine schickt die Stadt zu", "Müll")).post("/api/v1/articles")
                .then().statusCode(201);
        as("bochum-admin").body(article("bochum", "SHARED", "buergerbuero", "PUBLIC", "Veranstaltungskalender",
                "Was in der Stadt los ist")).post("/api/v1/articles").then().statusCode(201);
        fixtures.indexNow();

        as("bochum-agent").get("/api/v1/search?q=Müllkalender&town=bochum").then().statusCode(200)
                .body("items.title", contains("Abfuhrkalender bestellen", "Veranstaltungskalender"));
    }

    @Test
    void badQueriesAreNamed() {
        as("bochum-agent").queryParam("q", " ").get("/api/v1/search?town=bochum").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        as("bochum-agent").get("/api/v1/search?q=x&town=bochum&serviceArea=hundeschule").then().statusCode(400)
                .body("errors[0].field", equalTo("serviceArea"));
    }
}
