package de.servicecenter.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which articles a search may return, built on the server from the principal and the contracts, never from
 * the client: pairs of owner and scope, each limited to some service areas (or none: all areas).
 *
 * @param searcher     the tenant searching (an agent's host); empty for portals
 * @param analyzerHost whose synonyms the query is analysed with
 */
record SearchScope(String town, Optional<String> searcher, List<Source> sources, boolean publicOnly,
                   String analyzerHost) {

    /** Articles of {@code owner} in {@code scope}; {@code areas} empty means every area. */
    record Source(String owner, String scope, Optional<Set<String>> areas) {
    }

    SearchScope narrowedTo(Optional<String> serviceArea) {
        if (serviceArea.isEmpty()) {
            return this;
        }
        String area = serviceArea.get();
        List<Source> narrowed = sources.stream()
                .filter(source -> source.areas().map(areas -> areas.contains(area)).orElse(true))
                .map(source -> new Source(source.owner(), source.scope(), Optional.of(Set.of(area))))
                .toList();
        return new SearchScope(town, searcher, narrowed, publicOnly, analyzerHost);
    }

    /** True when no article can be in scope, e.g. a host's contract areas narrowed to an area it does not cover. */
    boolean isEmpty() {
        return sources.isEmpty();
    }

    /**
     * The filter clause for Elasticsearch: any one source matches. An empty scope matches nothing — a {@code bool}
     * without clauses would match every article of every town.
     */
    Map<String, Object> filter() {
        if (isEmpty()) {
            return Map.of("match_none", Map.of());
        }
        List<Object> alternatives = sources.stream().map(source -> {
            List<Object> must = new ArrayList<>();
            must.add(Map.of("term", Map.of("owner", source.owner())));
            must.add(Map.of("term", Map.of("scope", source.scope())));
            source.areas().ifPresent(areas -> must.add(Map.of("terms", Map.of("serviceArea", List.copyOf(areas)))));
            return (Object) Map.of("bool", Map.of("filter", must));
        }).toList();
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("should", alternatives);
        bool.put("minimum_should_match", 1);
        return Map.of("bool", bool);
    }
}
