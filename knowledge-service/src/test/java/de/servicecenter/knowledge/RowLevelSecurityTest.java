package de.servicecenter.knowledge;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;

import de.servicecenter.testing.rowsecurity.RowSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** knowledge-service's tables behind row-level security: articles with versions and feedback, synonyms, searches. */
@QuarkusTest
class RowLevelSecurityTest extends RowSecurityContract {

    @Inject
    KnowledgeFixtures fixtures;

    @Override
    protected Map<String, String> tenantColumns() {
        return Map.of("article", "owner_tenant_id", "synonym_set", "host_tenant_id", "search_log", "town",
                "article_feedback", "tenant");
    }

    @Override
    protected Set<String> openTables() {
        return Set.of();
    }

    @Override
    protected void seedRowsOfSeveralTowns() {
        fixtures.reset();
        String bochum = created("bochum-admin", article("bochum", "SHARED", "ordnungswesen", "PUBLIC",
                "Fischereischein beantragen", "Wer angeln will"));
        created("castrop-rauxel-admin", article("castrop-rauxel", "LOCAL", "ordnungswesen", "PUBLIC",
                "Fischereischein in Castrop-Rauxel", "Europaplatz"));
        created("bottrop-admin", article("bottrop", "LOCAL", "ordnungswesen", "PUBLIC", "Fischereischein in Bottrop",
                "Rathaus Bottrop"));
        String duisburg = created("duisburg-admin", article("duisburg", "SHARED", "ordnungswesen", "PUBLIC",
                "Angelschein", "Call Duisburg"));
        as("bochum-admin").body("{\"rules\": [\"perso => personalausweis\"]}").put("/api/v1/synonyms/bochum").then()
                .statusCode(200);
        as("duisburg-admin").body("{\"rules\": [\"perso => personalausweis\"]}").put("/api/v1/synonyms/duisburg").then()
                .statusCode(200);
        fixtures.indexNow();
        as("bochum-agent").get("/api/v1/search?q=Fischereischein&town=castrop-rauxel").then().statusCode(200);
        as("duisburg-agent").get("/api/v1/search?q=Fischereischein&town=bottrop").then().statusCode(200);
        as("castrop-rauxel-admin").body("{\"kind\": \"HELPFUL\"}").post("/api/v1/articles/" + bochum + "/feedback")
                .then().statusCode(204);
        as("bottrop-admin").body("{\"kind\": \"OUTDATED\"}").post("/api/v1/articles/" + duisburg + "/feedback")
                .then().statusCode(204);
        // the gaps report waits until the searches are logged
        as("verbund-admin").get("/api/v1/reports/knowledge-gaps?town=bottrop").then().statusCode(200);
    }

    private static String created(String user, String body) {
        return as(user).body(body).post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }
}
