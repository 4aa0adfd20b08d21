package de.servicecenter.knowledge;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;

import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.testing.matrix.AuthorizationMatrix;
import de.servicecenter.testing.matrix.AuthorizationMatrixContract;
import de.servicecenter.testing.matrix.Probe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * knowledge-service's authorization matrix: every operation × every principal of the demo realm (and anonymous) ×
 * shared, local, foreign and missing articles, searches, synonym sets and directories, held against the published
 * declarations.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    private static final String MISSING = UUID.randomUUID().toString();
    /** Castrop-Rauxel's directory: a Bürgerbüro and a Standesamt, each responsible for its area. */
    private static final String DIRECTORY = """
            {"centralNumber": "+4923051060",
             "organisationUnits": [{"id": "buergerbuero", "kind": "AMT", "name": "Bürgerbüro", "phone": "+492305106400"},
                                   {"id": "standesamt", "kind": "AMT", "name": "Standesamt", "phone": "+492305106330"}],
             "responsibilities": [{"serviceArea": "buergerbuero", "unit": "buergerbuero"},
                                  {"serviceArea": "standesamt", "unit": "standesamt"}]}""";
    /** Refused by content (422) wherever it is allowed at all, so that probing it changes nothing. */
    private static final String BROKEN_DIRECTORY = "{\"centralNumber\": \"none\"}";

    @Inject
    KnowledgeFixtures fixtures;

    private static String created(String user, String body) {
        return as(user).body(body).post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    private static String searchBy(String user, String town) {
        return as(user).get("/api/v1/search?q=Fischereischein&town=" + town).then().statusCode(200)
                .extract().path("searchId");
    }

    private static String importing(String owner) {
        return """
                {"owner": "%s", "scope": "LOCAL", "leistungen": [
                  {"leistungsname": "Hundeschule", "leistungsbereich": "hundeschule"}]}""".formatted(owner);
    }

    @Override
    protected String testDatabase() {
        return "knowledge_test";
    }

    @Override
    protected AuthorizationMatrix matrix() {
        fixtures.reset();
        String bochumShared = created("bochum-admin", article("bochum", "SHARED", "buergerbuero", "PUBLIC",
                "Personalausweis beantragen", "Für Deutsche ab 16"));
        String bochumLocal = created("bochum-admin", article("bochum", "LOCAL", "buergerbuero", "PUBLIC",
                "Bürgerbüro Bochum-Mitte", "Willy-Brandt-Platz"));
        String castropLocal = created("castrop-rauxel-admin", article("castrop-rauxel", "LOCAL", "ordnungswesen",
                "PUBLIC", "Fischereischein in Castrop-Rauxel", "Im Bürgerbüro am Europaplatz"));
        String bottropLocal = created("bottrop-admin", article("bottrop", "LOCAL", "ordnungswesen", "PUBLIC",
                "Fischereischein in Bottrop", "Im Rathaus Bottrop"));
        as("bochum-admin").body("{\"rules\": [\"perso => personalausweis\"]}").put("/api/v1/synonyms/bochum").then()
                .statusCode(200);
        as("castrop-rauxel-admin").body(DIRECTORY).put("/api/v1/towns/castrop-rauxel/directory").then().statusCode(200);
        fixtures.indexNow();
        String bochumSearch = searchBy("bochum-agent", "castrop-rauxel");
        String castropSearch = searchBy("castrop-rauxel-admin", "castrop-rauxel");
        String replacement = article("castrop-rauxel", "LOCAL", "ordnungswesen", "PUBLIC",
                "Fischereischein in Castrop-Rauxel", "Im Bürgerbüro");
        String opened = "{\"articleId\": \"" + bochumShared + "\"}";
        TenancySnapshot network = new TenancySnapshot(KnowledgeFixtures.TOWNS,
                List.of(KnowledgeFixtures.BOCHUM_CASTROP_RAUXEL, KnowledgeFixtures.DUISBURG_BOTTROP),
                KnowledgeFixtures.AREAS, Map.of());

        AuthorizationMatrix matrix = new AuthorizationMatrix("knowledge-service", network)
                .probe("ArticleResource_create",
                        Probe.of("castrop-rauxel's local, unknown area", "castrop-rauxel").body(article("castrop-rauxel",
                                "LOCAL", "hundeschule", "PUBLIC", "Hundeschule", "x")),
                        Probe.of("bochum's shared, unknown area", "bochum").body(article("bochum", "SHARED",
                                "hundeschule", "PUBLIC", "Hundeschule", "x")))
                .probe("ArticleResource_get", articles(bochumShared, bochumLocal, castropLocal, bottropLocal))
                .probe("ArticleResource_history", articles(bochumShared, bochumLocal, castropLocal, bottropLocal))
                .probe("ArticleResource_feedback", List.of(articles(bochumShared, bochumLocal, castropLocal, bottropLocal))
                        .stream().map(probe -> probe.body("{\"kind\": \"HELPFUL\"}")).toArray(Probe[]::new))
                .probe("ArticleResource_replace",
                        Probe.of("castrop-rauxel's local, stale", "castrop-rauxel").area("ordnungswesen")
                                .path("article", castropLocal).stale().body(replacement),
                        Probe.of("bochum's shared, stale", "bochum").area("buergerbuero").shared()
                                .path("article", bochumShared).stale().body(article("bochum", "SHARED", "buergerbuero",
                                        "PUBLIC", "Personalausweis beantragen", "Ab 16")),
                        Probe.missing("no such article").path("article", MISSING).body(replacement))
                .probe("ArticleResource_importDocument",
                        Probe.of("castrop-rauxel's, unknown area", "castrop-rauxel").body(importing("castrop-rauxel")),
                        Probe.of("bottrop's, unknown area", "bottrop").body(importing("bottrop")))
                .probe("ArticleResource_export",
                        Probe.of("castrop-rauxel's", "castrop-rauxel").query("owner", "castrop-rauxel").query("scope", "LOCAL"),
                        Probe.of("bochum's", "bochum").query("owner", "bochum").query("scope", "SHARED"))
                .probe("SearchIndexResource_rebuild", Probe.plain("everything"))
                .probe("SearchResource_search",
                        Probe.of("for castrop-rauxel", "castrop-rauxel").query("q", "Fischereischein")
                                .query("town", "castrop-rauxel"),
                        Probe.of("for castrop-rauxel's Standesamt", "castrop-rauxel").area("standesamt")
                                .query("q", "Fischereischein").query("town", "castrop-rauxel").query("serviceArea", "standesamt"),
                        Probe.of("for bottrop", "bottrop").query("q", "Fischereischein").query("town", "bottrop"))
                .probe("SearchResource_suggestions",
                        Probe.of("for castrop-rauxel", "castrop-rauxel").query("q", "fisch").query("town", "castrop-rauxel"),
                        Probe.of("for bottrop", "bottrop").query("q", "fisch").query("town", "bottrop"))
                .probe("SearchResource_opened",
                        Probe.of("bochum's search", "bochum").path("search", bochumSearch).body(opened),
                        Probe.of("castrop-rauxel's search", "castrop-rauxel").path("search", castropSearch).body(opened),
                        Probe.missing("no such search").path("search", MISSING).body(opened))
                .probe("PublicSearchResource_search", Probe.plain("castrop-rauxel").path("town", "castrop-rauxel")
                        .query("q", "Fischereischein"))
                .probe("PublicSearchResource_suggestions", Probe.plain("castrop-rauxel").path("town", "castrop-rauxel")
                        .query("q", "fisch"))
                .probe("SynonymResource_get", Probe.of("bochum's", "bochum").path("host", "bochum"),
                        Probe.of("duisburg's", "duisburg").path("host", "duisburg").allowedMissing("synonym set of"))
                .probe("SynonymResource_replace",
                        Probe.of("bochum's, broken rule", "bochum").path("host", "bochum").body("{\"rules\": [\"=> x\"]}"),
                        Probe.of("duisburg's, broken rule", "duisburg").path("host", "duisburg").body("{\"rules\": [\"=> x\"]}"))
                .probe("DirectoryResource_export",
                        Probe.of("castrop-rauxel's", "castrop-rauxel").path("town", "castrop-rauxel"),
                        Probe.of("bottrop's", "bottrop").path("town", "bottrop").allowedMissing("directory of"))
                .probe("DirectoryResource_replace",
                        Probe.of("castrop-rauxel's, broken", "castrop-rauxel").path("town", "castrop-rauxel")
                                .body(BROKEN_DIRECTORY),
                        Probe.of("bottrop's, broken", "bottrop").path("town", "bottrop").body(BROKEN_DIRECTORY))
                .probe("DirectoryResource_transfer",
                        Probe.of("castrop-rauxel's Bürgerbüro", "castrop-rauxel").area("buergerbuero")
                                .path("town", "castrop-rauxel").query("serviceArea", "buergerbuero"),
                        Probe.of("castrop-rauxel's Standesamt", "castrop-rauxel").area("standesamt")
                                .path("town", "castrop-rauxel").query("serviceArea", "standesamt"),
                        Probe.of("bottrop's Bürgerbüro", "bottrop").area("buergerbuero").path("town", "bottrop")
                                .query("serviceArea", "buergerbuero").allowedMissing("directory of"))
                .probe("DirectoryResource_entries",
                        Probe.of("castrop-rauxel's", "castrop-rauxel").path("town", "castrop-rauxel").query("q", "amt"),
                        Probe.of("bottrop's", "bottrop").path("town", "bottrop").query("q", "amt")
                                .allowedMissing("directory of"))
                .probe("LearningResource_gaps", Probe.of("castrop-rauxel's", "castrop-rauxel").query("town", "castrop-rauxel"),
                        Probe.of("bottrop's", "bottrop").query("town", "bottrop"))
                .probe("LearningResource_reviewQueue", Probe.of("bochum's", "bochum").query("owner", "bochum"),
                        Probe.of("castrop-rauxel's", "castrop-rauxel").query("owner", "castrop-rauxel"));

        return matrix;
    }

    private static Probe[] articles(String bochumShared, String bochumLocal, String castropLocal, String bottropLocal) {
        return new Probe[] {
                Probe.of("bochum's shared", "bochum").area("buergerbuero").shared().path("article", bochumShared),
                Probe.of("bochum's local", "bochum").area("buergerbuero").path("article", bochumLocal),
                Probe.of("castrop-rauxel's local", "castrop-rauxel").area("ordnungswesen").path("article", castropLocal),
                Probe.of("bottrop's local", "bottrop").area("ordnungswesen").path("article", bottropLocal),
                Probe.missing("no such article").path("article", MISSING)};
    }
}
