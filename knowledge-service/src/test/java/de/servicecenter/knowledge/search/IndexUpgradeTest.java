package de.servicecenter.knowledge.search;

import static de.servicecenter.knowledge.KnowledgeFixtures.article;
import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import de.servicecenter.knowledge.KnowledgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An index built by an older definition (other analysis, other mapping) no longer meets the queries: knowledge-service
 * rebuilds it from PostgreSQL on its first indexing run, and searches find what they found before. An index a rebuild
 * left behind unfinished is deleted once it is old enough not to be another instance's rebuild still filling.
 */
@QuarkusTest
class IndexUpgradeTest {

    @Inject
    KnowledgeFixtures fixtures;
    @Inject
    SearchIndex index;
    @Inject
    ArticleIndexer indexer;
    @Inject
    Elasticsearch elasticsearch;

    @Test
    void anIndexOfAnOlderDefinitionIsRebuiltAndSearchable() {
        indexedPassportArticle();
        String old = index.alias() + "-version-1";
        elasticsearch.call("PUT", "/" + old, Map.of("mappings", Map.of("properties", Map.of())));
        index.switchTo(old);
        assertThat(index.holdsCurrentDefinition()).isFalse();

        indexer.recheckDefinition();
        indexer.indexPending();
        index.refresh();

        assertThat(index.holdsCurrentDefinition()).isTrue();
        assertThat(index.current()).doesNotContain(old);
        as("bochum-agent").queryParam("q", "Personalausweise beantragt").get("/api/v1/search?town=bochum").then()
                .statusCode(200)
                .body("items.title", contains("Personalausweis beantragen"));
    }

    @Test
    void anIndexLeftBehindByAnUnfinishedRebuildIsDeletedOnceItIsOld() {
        indexedPassportArticle();
        String abandoned = index.alias() + "-killed-during-rebuild";
        elasticsearch.call("PUT", "/" + abandoned, Map.of("mappings", Map.of("properties", Map.of())));

        index.removeAbandoned(SearchIndex.ABANDONED_AFTER);
        assertThat(exists(abandoned)).as("a young index may be another instance's rebuild still filling").isTrue();

        index.removeAbandoned(Duration.ZERO);
        assertThat(exists(abandoned)).isFalse();
        assertThat(index.current()).as("the index behind the alias stays").hasSize(1).allSatisfy(
                current -> assertThat(exists(current)).isTrue());
        as("bochum-agent").queryParam("q", "Personalausweis").get("/api/v1/search?town=bochum").then()
                .statusCode(200)
                .body("items.title", contains("Personalausweis beantragen"));
    }

    private void indexedPassportArticle() {
        fixtures.reset();
        as("bochum-admin").body(article("bochum", "SHARED", "buergerbuero", "PUBLIC", "Personalausweis beantragen",
                "Ausweis für Deutsche ab 16 Jahren")).post("/api/v1/articles").then().statusCode(201);
        fixtures.indexNow();
    }

    private boolean exists(String indexName) {
        return elasticsearch.status("HEAD", "/" + indexName) == 200;
    }
}
