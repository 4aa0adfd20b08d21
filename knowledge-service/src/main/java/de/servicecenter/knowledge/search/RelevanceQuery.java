package de.servicecenter.knowledge.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relevance part of every search: a multi_match over the weighted text fields, and the same again with
 * typos forgiven (edit distance by term length, first letter exact) at a fraction of the weight, so that a
 * fuzzy near-miss (Ratten ~ Rat) never outranks an exact match. Kept apart so that the relevance report measures exactly
 * what agents and portals get, once on the German fields and once on the standard-analyzer subfields.
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

    private RelevanceQuery() {
    }

    /**
     * @param analyzer    the search analyzer, e.g. a host network's synonym analyzer; the mapping's when empty
     * @param fieldSuffix "" for the German fields, ".std" for their standard-analyzer subfields
     */
    static Map<String, Object> multiMatch(String text, Optional<String> analyzer, String fieldSuffix) {
        Map<String, Object> forgiving = match(text, analyzer, fields(fieldSuffix, FUZZY_FIELDS));
        forgiving.put("fuzziness", "AUTO");
        forgiving.put("prefix_length", 1);
        forgiving.put("max_expansions", FUZZY_EXPANSIONS);
        forgiving.put("boost", TYPO_WEIGHT);
        return Map.of("bool", Map.of("should", List.of(exact(text, analyzer, fieldSuffix),
                Map.of("multi_match", forgiving)), "minimum_should_match", 1));
    }

    /** The exact clause alone: what highlighting marks (highlighting fuzzy expansions over long texts is slow). */
    static Map<String, Object> exact(String text, Optional<String> analyzer, String fieldSuffix) {
        return Map.of("multi_match", match(text, analyzer, fields(fieldSuffix, IndexDefinition.TEXT_FIELDS.keySet())));
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
