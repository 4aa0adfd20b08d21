package de.servicecenter.knowledge;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The baseline again, against the packaged service — the native executable in the native profile (README "Native
 * executables"): started as a process of its own, with the test stack and the test profile. Beyond it, the way
 * through Elasticsearch's REST client: an article written through the API is found by an inflected German word.
 */
@QuarkusIntegrationTest
class KnowledgeServiceIT extends KnowledgeServiceBaselineTest {

    @Test
    void findsANewArticleByAnInflectedGermanWord() throws InterruptedException {
        TenancyServer.serve(new TenancySnapshot(KnowledgeFixtures.TOWNS, List.of(KnowledgeFixtures.BOCHUM_CASTROP_RAUXEL,
                KnowledgeFixtures.DUISBURG_BOTTROP), KnowledgeFixtures.AREAS, Map.of()));
        // a word no other test writes, so that whatever the test database holds cannot answer for it
        String word = "Zq" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        TenancyServer.onceTakenUp(() -> as("bochum-admin").body(article("bochum", "SHARED", "ordnungswesen", "PUBLIC",
                "Anwohnerparkausweise " + word, "Parken im Wohngebiet")).post("/api/v1/articles"), 422).then()
                .statusCode(201);

        List<String> titles = List.of();
        for (int attempt = 0; attempt < 60 && !titles.contains("Anwohnerparkausweise " + word); attempt++) {
            Thread.sleep(500); // the index follows the database within seconds (ArticleIndexer)
            titles = as("bochum-agent").get("/api/v1/search?q=Anwohnerparkausweis " + word + "&town=bochum").then()
                    .statusCode(200).extract().jsonPath().getList("items.title");
        }
        assertThat(titles).contains("Anwohnerparkausweise " + word);
    }
}
