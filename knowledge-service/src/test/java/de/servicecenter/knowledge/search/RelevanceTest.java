package de.servicecenter.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search quality, measured on the real Elasticsearch node with the German analysis plugin: the 306 articles of
 * the local stack's demo knowledge base (local-stack/demo/knowledge) and 268 queries phrased the way citizens
 * and agents phrase them (colloquial, inflected, compounds split, typos, synonyms), each with the title of the
 * one article it should find (src/test/resources/relevance/queries.json). The same index and the same query structure as production search, once on the German fields
 * with the network's synonyms (b), once on the standard-analyzer subfields (a). Writes
 * target/relevance-report.md; docs/benchmarks.md records it.
 */
class RelevanceTest {

    private static final String ELASTICSEARCH = System.getProperty("stack.elasticsearch.url", "http://127.0.0.1:19200");
    private static final String INDEX = "relevance-evaluation";
    private static final String NETWORK = "evaluation";
    /** The demo knowledge base of the local stack is the corpus: what a new user searches is what is measured. */
    private static final Path DEMO = Path.of("..", "local-stack", "demo", "knowledge");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static List<JsonNode> queries;
    /** Queries whose expected article is not first, for the report. */
    private static final StringBuilder misses = new StringBuilder();

    record Measure(double mrrAt10, double recallAt5, Map<String, double[]> byKind) {
    }

    /** Text modules of the exchange shape and the index fields they go to, as ArticleService maps them. */
    private static final Map<String, String> MODULE_FIELDS = Map.of("kurztext", "teaser", "volltext", "fullText",
            "erforderlicheUnterlagen", "requiredDocuments", "kosten", "costs", "verfahrensablauf", "procedure");

    @BeforeAll
    static void indexCorpus() throws Exception {
        JsonNode corpus = JSON.readTree(DEMO.resolve("leistungen-bochum.json").toFile());
        List<String> synonyms = JSON.convertValue(JSON.readTree(DEMO.resolve("synonyms.json").toFile()).get("rules"),
                List.class);
        queries = new ArrayList<>();
        read("queries.json").forEach(queries::add);
        send("DELETE", "/" + INDEX, null);
        send("PUT", "/" + INDEX, JSON.writeValueAsString(IndexDefinition.body(Map.of(NETWORK, synonyms), true)));
        StringBuilder bulk = new StringBuilder();
        for (JsonNode service : corpus.get("leistungen")) {
            String title = service.get("leistungsname").asText();
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("id", title);
            document.put("owner", NETWORK);
            document.put("scope", "SHARED");
            document.put("serviceArea", service.get("leistungsbereich").asText());
            document.put("audience", "PUBLIC");
            document.put("title", title);
            service.path("module").properties().forEach(module ->
                    document.put(MODULE_FIELDS.get(module.getKey()), module.getValue().asText()));
            document.put("keywords", JSON.convertValue(service.get("stichworte"), List.class));
            bulk.append(JSON.writeValueAsString(Map.of("index", Map.of("_index", INDEX, "_id", title)))).append('\n');
            bulk.append(JSON.writeValueAsString(document)).append('\n');
        }
        JsonNode indexed = send("POST", "/_bulk?refresh=true", bulk.toString());
        assertThat(indexed.get("errors").asBoolean()).as(indexed.toString()).isFalse();
        assertThat(corpus.get("leistungen").size()).isGreaterThanOrEqualTo(300);
        assertThat(queries.size()).isGreaterThanOrEqualTo(150);
    }

    @AfterAll
    static void dropIndex() throws Exception {
        send("DELETE", "/" + INDEX, null);
    }

    @Test
    void germanAnalysisClearlyBeatsTheStandardAnalyzerAndReachesTheTarget() throws Exception {
        Measure standard = measure("a", RelevanceQuery::standard);
        Optional<String> synonyms = Optional.of(IndexDefinition.searchAnalyzerOf(NETWORK));
        Measure german = measure("b", text -> RelevanceQuery.german(text, synonyms));

        String report = report(standard, german);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "relevance-report.md"), report);

        // Target of the issue; and (b) must stay clearly ahead of (a) overall and where German needs it most.
        assertThat(german.mrrAt10()).as("MRR@10 with German analysis").isGreaterThanOrEqualTo(0.80);
        assertThat(german.mrrAt10() - standard.mrrAt10()).as("German over standard, MRR@10").isGreaterThan(0.05);
        assertThat(german.recallAt5() - standard.recallAt5()).as("German over standard, recall@5").isGreaterThan(0.05);
        for (String kind : List.of("split", "synonym", "spelling")) {
            assertThat(mrr(german, kind)).as("MRR@10 of " + kind + " queries").isGreaterThan(mrr(standard, kind));
        }
    }

    private static Measure measure(String label, Function<String, Map<String, Object>> queryOf) throws Exception {
        double reciprocalRanks = 0;
        int foundInFive = 0;
        Map<String, double[]> byKind = new TreeMap<>();
        for (JsonNode query : queries) {
            Map<String, Object> body = Map.of("size", 10, "_source", false,
                    "query", queryOf.apply(query.get("query").asText()));
            JsonNode hits = send("POST", "/" + INDEX + "/_search", JSON.writeValueAsString(body)).path("hits").path("hits");
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).get("_id").asText().equals(query.get("expected").asText())) {
                    rank = i + 1;
                    break;
                }
            }
            double reciprocal = rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", label,
                        query.get("query").asText(), rank == 0 ? "-" : rank, hits.isEmpty() ? "-"
                                : hits.get(0).get("_id").asText()));
            }
            reciprocalRanks += reciprocal;
            foundInFive += rank >= 1 && rank <= 5 ? 1 : 0;
            double[] kind = byKind.computeIfAbsent(query.get("kind").asText(), k -> new double[3]);
            kind[0] += reciprocal;
            kind[1] += rank >= 1 && rank <= 5 ? 1 : 0;
            kind[2]++;
        }
        return new Measure(reciprocalRanks / queries.size(), (double) foundInFive / queries.size(), byKind);
    }

    private static double mrr(Measure measure, String kind) {
        double[] values = measure.byKind().get(kind);
        return values[0] / values[2];
    }

    private static String report(Measure standard, Measure german) {
        StringBuilder report = new StringBuilder();
        report.append("| analysis | MRR@10 | recall@5 |\n|---|---|---|\n");
        report.append(String.format(Locale.ROOT, "| (a) standard analyzer | %.3f | %.3f |%n", standard.mrrAt10(),
                standard.recallAt5()));
        report.append(String.format(Locale.ROOT, "| (b) German analysis + network synonyms | **%.3f** | **%.3f** |%n%n",
                german.mrrAt10(), german.recallAt5()));
        report.append("| kind of query | queries | MRR@10 (a) | MRR@10 (b) | recall@5 (a) | recall@5 (b) |\n")
                .append("|---|---|---|---|---|---|\n");
        german.byKind().forEach((kind, values) -> {
            double[] baseline = standard.byKind().get(kind);
            report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", kind,
                    (int) values[2], baseline[0] / values[2], values[0] / values[2], baseline[1] / values[2],
                    values[1] / values[2]));
        });
        report.append("\nQueries whose article is not first (rank - means not in the top 10):\n\n")
                .append("| analysis | query | rank | first instead |\n|---|---|---|---|\n").append(misses);
        return report.toString();
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/" + file)) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ELASTICSEARCH + path))
                .header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
