package de.servicecenter.knowledge;

import static io.restassured.RestAssured.given;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.knowledge.article.ArticleRepository;
import de.servicecenter.knowledge.search.ArticleIndexer;
import de.servicecenter.knowledge.search.Elasticsearch;
import de.servicecenter.knowledge.search.SearchIndex;
import de.servicecenter.tenancyclient.RemoteTenancy;
import de.servicecenter.testing.ElasticsearchProxy;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.TenancyServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo network as tenant-service would describe it, an empty knowledge base and an empty search index.
 */
@ApplicationScoped
public class KnowledgeFixtures {

    public static final Set<String> TOWNS = Set.of("bochum", "castrop-rauxel", "duisburg", "bottrop", "dinslaken",
            "kreis-soest", "stadt-soest");
    /** The neighbourhoods tenant-service reports for Castrop-Rauxel (the others named none). */
    public static final Map<String, List<String>> NEIGHBOURHOODS = Map.of("castrop-rauxel",
            List.of("Habinghorst", "Ickern", "Henrichenburg"));
    public static final Set<String> AREAS = Set.of("zentrale", "buergerbuero", "ordnungswesen", "auslaenderwesen",
            "standesamt", "kfz-zulassung", "steuern-abgaben", "soziales");
    public static final DelegationGrant BOCHUM_CASTROP_RAUXEL = new DelegationGrant("c-bochum", "bochum",
            "castrop-rauxel", "servicecenter-bochum", false, Set.of("buergerbuero", "ordnungswesen"),
            LocalDate.of(2015, 9, 1), Optional.empty(), CostModel.fteShare(new BigDecimal("1.75"), new BigDecimal("62000")));
    public static final DelegationGrant DUISBURG_BOTTROP = new DelegationGrant("c-duisburg", "duisburg", "bottrop",
            "call-duisburg", true, Set.of(), LocalDate.of(2012, 9, 1), Optional.empty(),
            CostModel.perCall(new BigDecimal("2.85")));

    private final ArticleRepository articles;
    private final RemoteTenancy tenancy;
    private final ArticleIndexer indexer;
    private final SearchIndex index;
    private final Elasticsearch elasticsearch;

    KnowledgeFixtures(ArticleRepository articles, RemoteTenancy tenancy, ArticleIndexer indexer, SearchIndex index,
                      Elasticsearch elasticsearch) {
        this.articles = articles;
        this.tenancy = tenancy;
        this.indexer = indexer;
        this.index = index;
        this.elasticsearch = elasticsearch;
    }

    /** The demo contracts, no articles, no synonyms, no directories, a fresh index. */
    public void reset() {
        ElasticsearchProxy.restore();
        contracts(List.of(BOCHUM_CASTROP_RAUXEL, DUISBURG_BOTTROP));
        clearTables();
        elasticsearch.call("GET", "/_cat/indices/" + index.alias() + "-*?format=json&h=index", null)
                .forEach(existing -> deleteIfStillThere(existing.path("index").asText()));
        indexer.indexPending();
    }

    /**
     * An index may vanish meanwhile — a rebuild for synonyms of the test before may still be finishing — and deleting
     * a named index that is gone answers 404 even with ignore_unavailable.
     */
    private void deleteIfStillThere(String name) {
        try {
            elasticsearch.call("DELETE", "/" + name, null);
        } catch (RuntimeException deleteFailed) {
            boolean gone = elasticsearch.call("GET", "/_cat/indices/" + name + "?format=json&h=index"
                    + "&ignore_unavailable=true", null).isEmpty();
            if (!gone) {
                throw deleteFailed;
            }
        }
    }

    /** Bochum's shared articles the search tests start from: one public (Fischereischein), one internal (Perso). */
    public static void bochumsSharedArticles() {
        as("bochum-admin").body(article("bochum", "SHARED", "ordnungswesen", "PUBLIC", "Fischereischein beantragen",
                "Wer angeln will, braucht einen Fischereischein", "Angelschein")).post("/api/v1/articles")
                .then().statusCode(201);
        as("bochum-admin").body(article("bochum", "SHARED", "buergerbuero", "INTERNAL", "Personalausweis beantragen",
                "Ausweis für Deutsche ab 16 Jahren", "Perso")).post("/api/v1/articles").then().statusCode(201);
    }

    /** tenant-service now reports these contracts (and the seven towns, and the area catalog). */
    public void contracts(List<DelegationGrant> grants) {
        TenancyServer.serve(new TenancySnapshot(TOWNS, grants, AREAS, Map.of(), NEIGHBOURHOODS));
        tenancy.refreshNow();
    }

    @Transactional
    void clearTables() {
        // DELETE rather than TRUNCATE: the service's roles may not truncate (only the tables' owner may).
        for (String table : new String[] {"article_feedback", "article_version", "article", "synonym_set", "search_log",
                "town_directory"}) {
            articles.getEntityManager().createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
    }

    /** Sends what is pending and makes it searchable now. */
    public void indexNow() {
        indexer.indexPending();
        index.refresh();
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON);
    }

    /** An article body with the given essentials; everything else empty. */
    public static String article(String owner, String scope, String area, String audience, String title,
                                 String teaser, String... keywords) {
        return """
                {"owner": "%s", "scope": "%s", "serviceArea": "%s", "audience": "%s", "status": "PUBLISHED",
                 "title": "%s", "teaser": "%s", "keywords": [%s]}""".formatted(owner, scope, area, audience, title,
                teaser, String.join(", ", Arrays.stream(keywords).map(k -> "\"" + k + "\"").toList()));
    }
}
