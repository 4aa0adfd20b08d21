package de.servicecenter.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relevance part of every search: a multi_match over the weighted text fields; the same again with typos
 * forgiven (edit distance by term length, first letter exact) at a fraction of the weight, so that a fuzzy near-miss
 * (Ratten ~ Rat) never outranks an exact match; and the parts of the query's compounds, all required, at half weight
 * — the whole multiplied for articles about the query's nouns ({@link #TOPIC_WEIGHT}) and for those naming the
 * caller's neighbourhood ({@link #NEIGHBOURHOOD_WEIGHT}).
 * Kept apart so that the relevance report measures exactly what agents and portals get, once on the German fields
 * and once on the standard-analyzer subfields.
 */
final class RelevanceQuery {

    /** A match that needs typo tolerance counts this much of an exact one. */
    static final double TYPO_WEIGHT = 0.3;
    /**
     * Typos are forgiven where people look for words (title, keywords), each misspelt word standing for at most
     * {@value #FUZZY_EXPANSIONS} indexed ones: fuzzy expansion over the long texts costs several times the
     * search time and finds nothing more (measured with the relevance set).
     */
    static final List<String> FUZZY_FIELDS = List.of("title", "keywords");
    static final int FUZZY_EXPANSIONS = 10;
    /** best_fields: the best field counts fully, the others this much (most_fields would reward repetition). */
    static final double OTHER_FIELDS_WEIGHT = 0.3;

    /**
     * Compounds the index has never seen ("Müllkalender") are found through their parts, each part required, at this
     * much of an exact match: the index holds every compound with its parts, the query splits the same way.
     */
    static final double PARTS_WEIGHT = 0.5;
    /** Any one part of a compound counts this much (all of them count {@link #PARTS_WEIGHT} more). */
    static final double ANY_PART_WEIGHT = 0.15;
    /**
     * Local articles rank this much higher than shared ones: a town's specifics come first unless they answer
     * the question clearly worse than a shared article.
     */
    static final double LOCAL_FIRST_WEIGHT = 3;
    /**
     * The short fields that say what an article is about, where compound parts and the query's topic are looked
     * for. In the long texts a part ("personal", "antrag") is everywhere, which costs time and says little.
     */
    static final List<String> ABOUT_FIELDS = List.of("title", "keywords", "teaser");
    /**
     * Articles about what the caller asks — one of the query's nouns in their title, keywords or teaser — count this
     * many times their score: "Ausweis kaputt" is about the Ausweis, and an article about a broken traffic sign,
     * however well "kaputt" matches it, is not what the caller needs. Among the articles about the Ausweis, the other
     * words decide. A query without nouns ("ich bin umgezogen") changes nothing.
     */
    static final double TOPIC_WEIGHT = 2;
    /**
     * Articles naming the caller's neighbourhood ({@link PlaceMentions}) count this many times their score: of the
     * articles about the Personalausweis, the one naming Kirchhellen's branch office comes first for "Personalausweis
     * Kirchhellen" — and an article naming Kirchhellen but answering nothing else asked is not found at all.
     */
    static final double NEIGHBOURHOOD_WEIGHT = 2;
    /** Splits compounds into their parts, in place of the word (the plugin's search-side chain otherwise). */
    static final String PARTS_ANALYZER = "scv_german_parts";
    /** Words shorter than this are no compounds worth a clause of their own (the plugin splits from this length). */
    static final int MIN_COMPOUND_LENGTH = 8;

    private RelevanceQuery() {
    }

    /**
     * The production query on the German fields: exact words, compound parts, typos forgiven.
     *
     * @param analyzer the search analyzer, e.g. a host network's synonym analyzer; the mapping's when empty
     */
    static Map<String, Object> german(PlaceMentions query, Optional<String> analyzer) {
        String text = query.text();
        List<Object> clauses = new ArrayList<>(List.of(exact(text, analyzer, ""), forgiving(text, analyzer, "")));
        clauses.addAll(compoundParts(text, true));
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("query", text);
        topic.put("fields", ABOUT_FIELDS);
        topic.put("analyzer", IndexDefinition.topicAnalyzerOf(analyzer));
        List<Object> functions = new ArrayList<>(List.of(Map.of("filter", Map.of("multi_match", topic),
                "weight", TOPIC_WEIGHT)));
        if (!query.neighbourhoods().isEmpty()) {
            functions.add(Map.of("filter", naming(query.neighbourhoods()), "weight", NEIGHBOURHOOD_WEIGHT));
        }
        return Map.of("function_score", Map.of(
                "query", Map.of("bool", Map.of("should", clauses, "minimum_should_match", 1)),
                "functions", functions,
                "score_mode", "multiply",
                "boost_mode", "multiply"));
    }

    /**
     * What highlighting marks: the exact words and the compounds' parts. Not the typo-tolerant clause: highlighting
     * fuzzy expansions costs 30–200 ms a search over 50,000 articles, even on title and keywords alone (measured);
     * a hit found through a typo shows its teaser.
     */
    static Map<String, Object> highlighted(PlaceMentions query, Optional<String> analyzer) {
        List<Object> clauses = new ArrayList<>(List.of(exact(query.text(), analyzer, "")));
        clauses.addAll(compoundParts(query.text(), false));
        if (!query.neighbourhoods().isEmpty()) {
            clauses.add(naming(query.neighbourhoods()));
        }
        return Map.of("bool", Map.of("should", clauses, "minimum_should_match", 1));
    }

    /** Articles naming any of the neighbourhoods, anywhere in their text. */
    private static Map<String, Object> naming(List<String> neighbourhoods) {
        List<Object> names = neighbourhoods.stream()
                .<Object>map(name -> Map.of("multi_match", Map.of("query", name, "type", "phrase",
                        "fields", List.copyOf(IndexDefinition.TEXT_FIELDS.keySet()))))
                .toList();
        return Map.of("bool", Map.of("should", names, "minimum_should_match", 1));
    }

    /** A relevance query within {@code filters} (the scope), the town's local articles first. */
    static Map<String, Object> localFirst(Map<String, Object> relevance, List<Object> filters) {
        Map<String, Object> scoped = Map.of("bool", Map.of("must", List.of(relevance), "filter", filters));
        return Map.of("function_score", Map.of("query", scoped,
                "functions", List.of(Map.of("filter", Map.of("term", Map.of("scope", "LOCAL")),
                        "weight", LOCAL_FIRST_WEIGHT)),
                "boost_mode", "multiply"));
    }

    /** The baseline of the relevance report: the same structure on the standard analyzer's subfields. */
    static Map<String, Object> standard(String text) {
        return Map.of("bool", Map.of("should", List.of(exact(text, Optional.of("standard"), ".std"),
                forgiving(text, Optional.of("standard"), ".std")), "minimum_should_match", 1));
    }

    private static Map<String, Object> exact(String text, Optional<String> analyzer, String fieldSuffix) {
        return Map.of("multi_match", match(text, analyzer, fields(fieldSuffix, IndexDefinition.TEXT_FIELDS.keySet())));
    }

    private static Map<String, Object> forgiving(String text, Optional<String> analyzer, String fieldSuffix) {
        Map<String, Object> forgiving = match(text, analyzer, fields(fieldSuffix, FUZZY_FIELDS));
        forgiving.put("fuzziness", "AUTO");
        forgiving.put("prefix_length", 1);
        forgiving.put("max_expansions", FUZZY_EXPANSIONS);
        forgiving.put("boost", TYPO_WEIGHT);
        return Map.of("multi_match", forgiving);
    }

    /**
     * For each word of the query long enough to be a compound: its parts, every part required, in any of the fields
     * (cross_fields: "Müll" in the keywords, "Kalender" in the title) — and, at a fraction of that, any of its parts,
     * so that a compound with a part no article has ("Sperrmülltermin") still finds the articles of the others,
     * below those that have all. A word that is no compound counts a little more, as the longest words of a query
     * are its most telling.
     */
    private static List<Map<String, Object>> compoundParts(String text, boolean anyPart) {
        List<Map<String, Object>> clauses = new ArrayList<>();
        Arrays.stream(text.split("[^\\p{L}]+")).filter(word -> word.length() >= MIN_COMPOUND_LENGTH).distinct()
                .forEach(word -> {
                    clauses.add(parts(word, "and", PARTS_WEIGHT));
                    if (anyPart) {
                        clauses.add(parts(word, "or", ANY_PART_WEIGHT));
                    }
                });
        return clauses;
    }

    private static Map<String, Object> parts(String word, String operator, double weight) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("query", word);
        parts.put("fields", fields("", ABOUT_FIELDS));
        parts.put("type", "cross_fields");
        parts.put("operator", operator);
        parts.put("analyzer", PARTS_ANALYZER);
        parts.put("boost", weight);
        return Map.of("multi_match", parts);
    }

    private static List<String> fields(String suffix, Collection<String> names) {
        return names.stream().map(name -> name + suffix + "^" + IndexDefinition.TEXT_FIELDS.get(name)).toList();
    }

    private static Map<String, Object> match(String text, Optional<String> analyzer, List<String> fields) {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("query", text);
        match.put("fields", fields);
        match.put("type", "best_fields");
        match.put("tie_breaker", OTHER_FIELDS_WEIGHT);
        analyzer.ifPresent(name -> match.put("analyzer", name));
        return match;
    }
}
