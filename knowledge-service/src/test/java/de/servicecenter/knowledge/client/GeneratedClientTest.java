package de.servicecenter.knowledge.client;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.client.knowledge.ApiClient;
import de.servicecenter.client.knowledge.ApiException;
import de.servicecenter.client.knowledge.api.PublicSearchApi;
import de.servicecenter.client.knowledge.api.SearchForAgentsApi;
import de.servicecenter.client.knowledge.model.SearchHit;
import de.servicecenter.client.knowledge.model.SearchResults;
import de.servicecenter.knowledge.KnowledgeFixtures;
import de.servicecenter.testing.GeneratedClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java client generated from the published document (api/openapi/), against the running service. */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI service;

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void articles() {
        fixtures.reset();
        KnowledgeFixtures.bochumsSharedArticles();
        fixtures.indexNow();
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(GeneratedClients.baseUri(service));
        return client;
    }

    @Test
    void aPortalSearchesPublicArticlesPagedLikeEveryList() throws ApiException {
        SearchResults results = new PublicSearchApi(client())
                .publicSearchResourceSearch("castrop-rauxel", "Angelschein", null, null, null);

        assertThat(results.getItems()).extracting(SearchHit::getTitle).containsExactly("Fischereischein beantragen");
        assertThat(results.getTotalItems()).isEqualTo(1);
        assertThat(results.getTotalPages()).isEqualTo(1);
        assertThat(results.getSearchId()).as("cacheable: the same for everyone").isNull();
    }

    @Test
    void anAgentAlsoFindsInternalArticles() throws ApiException {
        ApiClient client = client();
        client.setRequestInterceptor(GeneratedClients.as("bochum-agent"));

        SearchResults results = new SearchForAgentsApi(client).searchResourceSearch("Personalausweis", "castrop-rauxel", null,
                null, null);

        assertThat(results.getItems()).extracting(SearchHit::getTitle).contains("Personalausweis beantragen");
    }
}
