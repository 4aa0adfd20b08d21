package de.servicecenter.analysis.german;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin as installed in the local stack's real Elasticsearch node (./stack installs the zip this module
 * builds): its analyzers and filters exist there and analyse like the plain-Lucene tests say.
 */
class ElasticsearchPluginTest {

    private static final String ELASTICSEARCH = System.getProperty("stack.elasticsearch.url", "http://127.0.0.1:19200");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private List<String> analyze(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ELASTICSEARCH + "/_analyze"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> terms = new ArrayList<>();
        for (JsonNode token : json.readTree(response.body()).get("tokens")) {
            terms.add(token.get("token").asText());
        }
        return terms;
    }

    @Test
    void pluginIsInstalled() throws Exception {
        HttpResponse<String> plugins = http.send(HttpRequest.newBuilder(URI.create(ELASTICSEARCH + "/_cat/plugins?h=component"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plugins.body()).contains("scv-german-analysis");
    }

    @Test
    void indexAnalyzerSplitsStemsAndFolds() throws Exception {
        assertThat(analyze("{\"analyzer\": \"scv_german\", \"text\": \"Fischereiausweise im Bürgerbüro\"}"))
                .containsExactly("fischereiausweis", "fischerei", "ausweis", "burgerburo", "burger", "buro");
    }

    @Test
    void filtersComposeIntoACustomSearchAnalyzerWithSynonyms() throws Exception {
        List<String> terms = analyze("""
                {"tokenizer": "standard",
                 "filter": ["lowercase", "scv_german_spelling",
                            {"type": "scv_synonyms", "synonyms": ["perso => personalausweis"]},
                            "scv_german_stop", "scv_german_lemma", "scv_german_normalization", "scv_german_stem"],
                 "text": "Wo verlaengere ich meinen Perso?"}""");

        assertThat(terms).containsExactly("verlangern", "verlangerung", "personalausweis");
    }

    @Test
    void theTopicFilterKeepsTheNounsAndTheirSynonyms() throws Exception {
        List<String> terms = analyze("""
                {"tokenizer": "standard",
                 "filter": ["lowercase", "scv_german_spelling", "scv_german_topic",
                            {"type": "scv_synonyms", "synonyms": ["perso => personalausweis", "kaputt, defekt"]},
                            "scv_german_stop", "scv_german_lemma", "scv_german_normalization", "scv_german_stem"],
                 "text": "Perso kaputt, brauche neue Papiere"}""");

        assertThat(terms).containsExactly("personalausweis", "papier");
    }
}
