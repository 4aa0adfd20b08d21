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
 * <p>An area chosen by the searcher narrows the hits, not the scope: the area facets are counted over the whole
 * scope, so that an agent sees what the other areas hold for the same question.
 *
 * @param searcher     the tenant searching (an agent's host); empty for portals
 * @param analyzerHost whose synonyms the query is analysed with
 * @param selectedArea the area the hits are narrowed to, if any
 */
record SearchScope(String town, Optional<String> searcher, List<Source> sources, boolean publicOnly,
                   String analyzerHost, Optional<String> selectedArea) {

    SearchScope(String town, Optional<String> searcher, List<Source> sources, boolean publicOnly, String analyzerHost) {
        this(town, searcher, sources, publicOnly, analyzerHost, Optional.empty());
    }

    /** Articles of {@code owner} in {@code scope}; {@code areas} empty means every area. */
    record Source(String owner, String scope, Optional<Set<String>> areas) {
    }

    /** The same scope with its hits narrowed to {@code serviceArea} (none: all areas of the scope). */
    SearchScope narrowedTo(Optional<String> serviceArea) {
        return new SearchScope(town, searcher, sources, publicOnly, analyzerHost, serviceArea);
    }

    /** The sources within the selected area: those covering it, each limited to it. */
    List<Source> hitSources() {
        if (selectedArea.isEmpty()) {
            return sources;
        }
        String area = selectedArea.get();
        return sources.stream()
                .filter(source -> source.areas().map(areas -> areas.contains(area)).orElse(true))
                .map(source -> new Source(source.owner(), source.scope(), Optional.of(Set.of(area))))
                .toList();
    }

    /** True when no hit can be in scope, e.g. a host's contract areas narrowed to an area it does not cover. */
    boolean isEmpty() {
        return hitSources().isEmpty();
    }

    /** The filter of the whole scope (what the facets count): any one source matches. */
    Map<String, Object> filter() {
        return filterOf(sources);
    }

    /** The filter of the hits: the scope narrowed to the selected area. */
    Map<String, Object> hitFilter() {
        return filterOf(hitSources());
    }

    /** Any one source matches. No source matches nothing — a {@code bool} without clauses would match every article. */
    private static Map<String, Object> filterOf(List<Source> sources) {
        if (sources.isEmpty()) {
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
