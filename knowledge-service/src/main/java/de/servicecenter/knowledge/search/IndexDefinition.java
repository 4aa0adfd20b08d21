package de.servicecenter.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings and mappings of the article index. Text fields are analysed by the project's German analysis plugin
 * (compound parts at index time). Each host network's synonyms become a search analyzer of its own,
 * {@code search_<host>}.
 */
final class IndexDefinition {

    static final String INDEX_ANALYZER = "scv_german";
    static final String SEARCH_ANALYZER = "scv_german_search";
    static final String SEARCH_ANALYZER_PREFIX = "search_";
    /** The nouns of a query ({@code scv_german_topic}): what the caller asks about; per host with its synonyms. */
    static final String TOPIC_ANALYZER = "topic";
    static final String TOPIC_ANALYZER_PREFIX = "topic_";
    /**
     * The version of this definition, kept in the mapping's {@code _meta}. Raise it whenever what an index holds
     * changes — mapping, analyzers or the plugin's analysis (2: lemmas and respelling; 3: topic analyzers, compound
     * parts as their words; 4: capitals read — an article's word in lower case is no noun, a query's capitalised
     * word its noun; 5: title and keywords scored as short text; issue #18): an index of an older version is rebuilt
     * when knowledge-service starts, as its terms no longer meet the queries.
     */
    static final int VERSION = 5;

    /**
     * Title and keywords are short labels: a word there twice is no sign the article is more about it — it is twice
     * because compound parts and keyword phrases share it ("Behindertenparkausweis", "blauer Parkausweis" each hold
     * "ausweis"). Their term frequency saturates early (BM25 k1 0.5 instead of 1.2), so the article whose keyword is
     * the caller's word itself ("Ausweis") is not outscored by one naming kinds of it. Measured over the relevance set
     * (docs/benchmarks.md): 0.5 to 1.0 all lift simple German above 0.85; 0 (frequency ignored) loses colloquial
     * queries, where a word in title and keywords alike does mean more.
     */
    static final String SHORT_TEXT_SIMILARITY = "short_text";
    private static final Set<String> SHORT_TEXT_FIELDS = Set.of("title", "keywords");

    /** Text fields and their weight in searches. */
    static final Map<String, Integer> TEXT_FIELDS = orderedWeights();

    private IndexDefinition() {
    }

    private static Map<String, Integer> orderedWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("title", 5);
        weights.put("keywords", 4);
        weights.put("teaser", 2);
        weights.put("fullText", 1);
        weights.put("requiredDocuments", 1);
        weights.put("prerequisites", 1);
        weights.put("procedure", 1);
        weights.put("costs", 1);
        weights.put("deadlines", 1);
        weights.put("notes", 1);
        weights.put("responsibleOffice", 1);
        return weights;
    }

    static String searchAnalyzerOf(String host) {
        return SEARCH_ANALYZER_PREFIX + host;
    }

    /** The topic analyzer that goes with a search analyzer: the host's, or the one without synonyms. */
    static String topicAnalyzerOf(Optional<String> searchAnalyzer) {
        return searchAnalyzer.filter(name -> name.startsWith(SEARCH_ANALYZER_PREFIX))
                .map(name -> TOPIC_ANALYZER_PREFIX + name.substring(SEARCH_ANALYZER_PREFIX.length()))
                .orElse(TOPIC_ANALYZER);
    }

    /**
     * The nouns of a query and their synonyms (Perso: personalausweis; not "defekt" for "kaputt"), analysed like the
     * index's words.
     */
    private static Map<String, Object> topicAnalyzer(List<String> synonyms) {
        List<String> chain = new ArrayList<>(List.of("lowercase", "scv_german_spelling", "scv_german_topic"));
        chain.addAll(synonyms);
        chain.addAll(List.of("scv_german_stop", "scv_german_lemma", "scv_german_normalization", "scv_german_stem"));
        return Map.of("type", "custom", "tokenizer", "standard", "filter", chain);
    }

    /** The body of the index-creation request, with the synonyms of every host network. */
    static Map<String, Object> body(Map<String, List<String>> synonymsByHost) {
        return body(synonymsByHost, false);
    }

    /**
     * @param withBaseline adds a {@code .std} subfield with the standard analyzer to every text field: the
     *                     baseline of the relevance report, not worth analysing every text twice in production
     */
    static Map<String, Object> body(Map<String, List<String>> synonymsByHost, boolean withBaseline) {
        Map<String, Object> filters = new LinkedHashMap<>();
        Map<String, Object> analyzers = new LinkedHashMap<>();
        analyzers.put(TOPIC_ANALYZER, topicAnalyzer(List.of()));
        synonymsByHost.forEach((host, rules) -> {
            String synonyms = "synonyms_" + host;
            filters.put(synonyms, Map.of("type", "scv_synonyms", "synonyms", rules));
            analyzers.put(searchAnalyzerOf(host), Map.of("type", "custom", "tokenizer", "standard",
                    "filter", List.of("scv_german_capitals", "lowercase", "scv_german_spelling",
                            "scv_german_separable_verbs",
                            synonyms, "scv_german_stop", "scv_german_lemma", "scv_german_normalization",
                            "scv_german_stem")));
            analyzers.put(TOPIC_ANALYZER_PREFIX + host, topicAnalyzer(List.of(synonyms)));
        });
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String keyword : List.of("id", "owner", "scope", "serviceArea", "audience", "leikaKey")) {
            properties.put(keyword, Map.of("type", "keyword"));
        }
        properties.put("validFrom", Map.of("type", "date", "format", "yyyy-MM-dd"));
        properties.put("validUntil", Map.of("type", "date", "format", "yyyy-MM-dd"));
        properties.put("updatedAt", Map.of("type", "date"));
        properties.put("titleSuggest", Map.of("type", "text", "analyzer", SEARCH_ANALYZER));
        TEXT_FIELDS.keySet().forEach(field -> {
            Map<String, Object> mapping = new LinkedHashMap<>(Map.of("type", "text", "analyzer", INDEX_ANALYZER,
                    "search_analyzer", SEARCH_ANALYZER));
            if (SHORT_TEXT_FIELDS.contains(field)) {
                mapping.put("similarity", SHORT_TEXT_SIMILARITY);
            }
            if (withBaseline) {
                mapping.put("fields", Map.of("std", Map.of("type", "text", "analyzer", "standard")));
            }
            properties.put(field, mapping);
        });
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("filter", filters);
        analysis.put("analyzer", analyzers);
        // One shard (a knowledge base is small); a replica on another node wherever there is one, so that a cluster
        // of three keeps every article through the loss of a node, and a single local node stays green.
        return Map.of(
                "settings", Map.of("number_of_shards", 1, "auto_expand_replicas", "0-1", "analysis", analysis,
                        "similarity", Map.of(SHORT_TEXT_SIMILARITY, Map.of("type", "BM25", "k1", 0.5, "b", 0.75))),
                "mappings", Map.of("dynamic", "strict", "_meta", Map.of("definition", VERSION),
                        "properties", properties));
    }
}
