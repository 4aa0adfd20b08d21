package de.servicecenter.knowledge.search;

import com.fasterxml.jackson.databind.JsonNode;
import de.servicecenter.commons.paging.PageRequest;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantPrincipal;
import de.servicecenter.knowledge.article.GeneralInformation;
import de.servicecenter.knowledge.learning.LearningService;
import de.servicecenter.knowledge.search.SearchScope.Source;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Searches the knowledge base for a caller's town. Agents get what the town's callers may be told: the shared
 * articles of the host serving that town for the area plus the town's local ones, local first; portals get
 * the public ones. The scope comes from the token and the contracts; the client only names the town.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_QUERY_LENGTH = 200;
    static final int SUGGESTIONS = 8;
    /** Characters of the teaser shown for a hit when none of its words matched there. */
    static final int TEASER_SNIPPET = 200;

    private final Elasticsearch elasticsearch;
    private final SearchIndex index;
    private final TenantAccess access;
    private final LearningService learning;
    private final Clock clock;

    SearchService(Elasticsearch elasticsearch, SearchIndex index, TenantAccess access,
                  LearningService learning,
                  Clock clock) {
        this.clock = clock;
        this.elasticsearch = elasticsearch;
        this.index = index;
        this.access = access;
        this.learning = learning;
    }

    public SearchResults searchForAgent(String query, String town, Optional<String> serviceArea, PageRequest page) {
        SearchScope scope = agentScope(town, serviceArea);
        return logged(search(query, scope, page), scope, serviceArea);
    }

    /**
     * A portal's search. Logged for the knowledge-gaps report like an agent's, but answered without the search's id:
     * portals report no opened articles, and an answer without it is the same for everyone who asks the same, so
     * that browsers and proxies may cache it (what a cache answers is not logged: the report counts the searches
     * that reached the platform).
     */
    public SearchResults searchPublic(String query, String town, Optional<String> serviceArea, PageRequest page) {
        SearchScope scope = publicScope(town, serviceArea);
        SearchResults results = search(query, scope, page);
        logged(results, scope, serviceArea);
        return results;
    }

    /** Every first page of results is logged for the knowledge-gaps report; later pages are the same search. */
    private SearchResults logged(SearchResults results, SearchScope scope, Optional<String> serviceArea) {
        if (results.page() > 0) {
            return results;
        }
        UUID searchId = learning.recordSearch(scope.town(), scope.searcher(), !scope.publicOnly(), results.query(),
                serviceArea, results.totalItems());
        return results.withSearchId(searchId);
    }

    public List<String> suggestForAgent(String prefix, String town) {
        return suggest(prefix, agentScope(town, Optional.empty()));
    }

    public List<String> suggestPublic(String prefix, String town) {
        return suggest(prefix, publicScope(town, Optional.empty()));
    }

    /**
     * The principal's own town: its shared and local articles in every area. Another town: only under a contract
     * of the principal's tenant serving it, and only in the contract's areas — plus the town's general information.
     */
    SearchScope agentScope(String town, Optional<String> serviceArea) {
        TenantPrincipal principal = access.principal(); // the declaration checked that it may read the town (and area)
        TenancySnapshot snapshot = access.snapshot();
        requireKnownArea(snapshot, serviceArea);
        String own = principal.tenantId().orElseThrow();
        List<Source> sources = new ArrayList<>();
        if (own.equals(town) || principal.isPlatformAdmin() && !servingHosts(snapshot, town).containsKey(own)) {
            sources.add(new Source(town, "SHARED", Optional.empty()));
            sources.add(new Source(town, "LOCAL", Optional.empty()));
            servingHosts(snapshot, town).forEach((host, areas) -> sources.add(new Source(host, "SHARED", areas)));
        } else {
            Optional<Set<String>> areas = servingHosts(snapshot, town).get(own);
            sources.add(new Source(own, "SHARED", areas));
            sources.add(new Source(town, "LOCAL", GeneralInformation.withGeneral(areas)));
        }
        return new SearchScope(town, Optional.of(own), sources, false, own).narrowedTo(serviceArea);
    }

    /** A town's public articles: its own, and the shared ones of the hosts serving it, for their areas. */
    SearchScope publicScope(String town, Optional<String> serviceArea) {
        TenancySnapshot snapshot = access.snapshot();
        if (!snapshot.isActiveTenant(town)) {
            throw NotFoundProblem.of("town", town);
        }
        requireKnownArea(snapshot, serviceArea);
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(town, "LOCAL", Optional.empty()));
        sources.add(new Source(town, "SHARED", Optional.empty()));
        Map<String, Optional<Set<String>>> hosts = servingHosts(snapshot, town);
        hosts.forEach((host, areas) -> sources.add(new Source(host, "SHARED", areas)));
        String analyzerHost = hosts.keySet().stream().findFirst().orElse(town);
        return new SearchScope(town, Optional.empty(), sources, true, analyzerHost).narrowedTo(serviceArea);
    }

    /** Hosts serving {@code town} today, each with its areas (empty: all areas). */
    private Map<String, Optional<Set<String>>> servingHosts(TenancySnapshot snapshot, String town) {
        Map<String, Optional<Set<String>>> hosts = new LinkedHashMap<>();
        for (DelegationGrant grant : snapshot.grantsServing(town, LocalDate.now(clock.withZone(BerlinTime.ZONE)))) {
            Optional<Set<String>> areas = grant.allServiceAreas() ? Optional.empty() : Optional.of(grant.serviceAreas());
            hosts.merge(grant.hostTenant(), areas, (a, b) -> a.isEmpty() || b.isEmpty() ? Optional.empty()
                    : Optional.of(union(a.get(), b.get())));
        }
        return hosts;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }

    private static void requireKnownArea(TenancySnapshot snapshot, Optional<String> serviceArea) {
        serviceArea.filter(area -> !snapshot.serviceAreas().contains(area)).ifPresent(area -> {
            throw InvalidInputProblem.of("serviceArea", "'" + area + "' is not in the service-area catalog");
        });
    }

    private SearchResults search(String query, SearchScope scope, PageRequest page) {
        String asked = requireQuery(query, "q");
        TenancySnapshot network = access.snapshot();
        PlaceMentions places = PlaceMentions.in(asked, network.activeTenants(), network.neighbourhoodsOf(scope.town()));
        String text = places.text();
        Optional<String> analyzer = analyzer(scope);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", page.page() * page.size());
        body.put("size", page.size());
        body.put("track_total_hits", true);
        body.put("query", query(places, scope));
        // the area narrows the hits only, after the facets are counted over the whole scope
        scope.selectedArea().ifPresent(area -> body.put("post_filter", scope.hitFilter()));
        body.put("highlight", highlight(places, analyzer));
        body.put("aggs", Map.of("serviceAreas", Map.of("terms", Map.of("field", "serviceArea", "size", 50))));
        body.put("_source", List.of("title", "keywords", "teaser", "scope", "owner", "serviceArea", "audience"));
        JsonNode response = call("/" + index.alias() + "/_search", body);
        List<SearchResults.Hit> hits = new ArrayList<>();
        TypoMarks typos = TypoMarks.of(text);
        for (JsonNode hit : response.path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            Map<String, List<String>> highlights = new LinkedHashMap<>();
            hit.path("highlight").properties().forEach(field -> {
                List<String> fragments = new ArrayList<>();
                field.getValue().forEach(fragment -> fragments.add(fragment.asText()));
                highlights.put(field.getKey(), fragments);
            });
            markTypos(typos, source, highlights);
            hits.add(new SearchResults.Hit(UUID.fromString(hit.path("_id").asText()), source.path("title").asText(),
                    source.hasNonNull("teaser") ? source.path("teaser").asText() : null,
                    source.path("scope").asText(), source.path("owner").asText(), source.path("serviceArea").asText(),
                    source.path("audience").asText(), hit.path("_score").asDouble(), highlights));
        }
        List<SearchResults.Facet> facets = new ArrayList<>();
        response.path("aggregations").path("serviceAreas").path("buckets").forEach(bucket -> {
            String area = bucket.path("key").asText();
            facets.add(new SearchResults.Facet(area, bucket.path("doc_count").asLong(),
                    scope.selectedArea().filter(area::equals).isPresent()));
        });
        scope.selectedArea().filter(area -> facets.stream().noneMatch(facet -> facet.value().equals(area)))
                .ifPresent(area -> facets.add(new SearchResults.Facet(area, 0, true)));
        return SearchResults.of(asked, scope.town(), hits, page.page(), page.size(),
                response.path("hits").path("total").path("value").asLong(), facets);
    }

    /** Marks the words a mistyped query word found in the hit's title, teaser and keywords ({@link TypoMarks}). */
    private static void markTypos(TypoMarks typos, JsonNode source, Map<String, List<String>> highlights) {
        for (String field : List.of("title", "teaser")) {
            if (source.hasNonNull(field)) {
                String text = highlights.getOrDefault(field, List.of(source.path(field).asText())).getFirst();
                if (typos.marks(text)) {
                    highlights.put(field, List.of(typos.mark(text)));
                }
            }
        }
        List<String> keywords = new ArrayList<>(highlights.getOrDefault("keywords", List.of()));
        source.path("keywords").forEach(keyword -> {
            String word = keyword.asText();
            if (typos.marks(word) && keywords.stream().noneMatch(marked -> marked.replace(TypoMarks.PRE, "")
                    .replace(TypoMarks.POST, "").equals(word))) {
                keywords.add(typos.mark(word));
            }
        });
        if (!keywords.isEmpty()) {
            highlights.put("keywords", keywords);
        }
    }

    /**
     * Every hit shows why it was found: the words matched in title, keywords, teaser and text — compound parts and
     * the caller's neighbourhood included, mistyped words marked afterwards in title, teaser and keywords
     * ({@link TypoMarks}) — and, where nothing in the teaser matched, the teaser itself, so no hit comes without a
     * passage to read out.
     */
    private static Map<String, Object> highlight(PlaceMentions places, Optional<String> analyzer) {
        return Map.of("pre_tags", List.of(TypoMarks.PRE), "post_tags", List.of(TypoMarks.POST),
                "highlight_query", RelevanceQuery.highlighted(places, analyzer),
                "fields", Map.of("title", Map.of("number_of_fragments", 0),
                        "keywords", Map.of("number_of_fragments", 0),
                        "teaser", Map.of("number_of_fragments", 0, "no_match_size", TEASER_SNIPPET),
                        "fullText", Map.of("fragment_size", 160, "number_of_fragments", 2)));
    }

    private List<String> suggest(String prefix, SearchScope scope) {
        String text = requireQuery(prefix, "q");
        Map<String, Object> body = Map.of("size", SUGGESTIONS, "_source", List.of("title"),
                "query", Map.of("bool", Map.of(
                        "must", List.of(Map.of("match_bool_prefix", Map.of("titleSuggest", text))),
                        "filter", filters(scope))));
        List<String> titles = new ArrayList<>();
        call("/" + index.alias() + "/_search", body).path("hits").path("hits").forEach(hit -> {
            String title = hit.path("_source").path("title").asText();
            if (!titles.contains(title)) {
                titles.add(title);
            }
        });
        return titles;
    }

    /** Relevance on the German fields (typos forgiven), within the scope, local articles first. */
    private Map<String, Object> query(PlaceMentions places, SearchScope scope) {
        return RelevanceQuery.localFirst(RelevanceQuery.german(places, analyzer(scope)), filters(scope));
    }

    /** The host network's synonym analyzer when the index has it; the mapping's search analyzer otherwise. */
    private Optional<String> analyzer(SearchScope scope) {
        return index.hasSearchAnalyzer(scope.analyzerHost())
                ? Optional.of(IndexDefinition.searchAnalyzerOf(scope.analyzerHost())) : Optional.empty();
    }

    private List<Object> filters(SearchScope scope) {
        String today = LocalDate.now(clock.withZone(BerlinTime.ZONE)).toString();
        List<Object> filters = new ArrayList<>();
        filters.add(scope.filter());
        filters.add(Map.of("bool", Map.of("must_not", List.of(
                Map.of("range", Map.of("validFrom", Map.of("gt", today))),
                Map.of("range", Map.of("validUntil", Map.of("lt", today)))))));
        if (scope.publicOnly()) {
            filters.add(Map.of("term", Map.of("audience", "PUBLIC")));
        }
        return filters;
    }

    private static String requireQuery(String query, String parameter) {
        if (query == null || query.isBlank()) {
            throw InvalidInputProblem.of(parameter, "must not be blank");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw InvalidInputProblem.of(parameter, "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return query.strip();
    }

    private JsonNode call(String path, Map<String, Object> body) {
        return elasticsearch.call("POST", path, body);
    }
}
