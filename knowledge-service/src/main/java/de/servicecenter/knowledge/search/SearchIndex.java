package de.servicecenter.knowledge.search;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The article index behind its alias: created when missing, replaced as a whole by {@link #createNext} and
 * {@link #switchTo} (a rebuild writes into a new index while searches still use the old one, then the alias
 * moves in one atomic step).
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /** An index of this alias that nothing points at and is this old was abandoned by its rebuild. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Elasticsearch elasticsearch;
    private final SearchSettings settings;
    /** Hosts whose synonym analyzer the index behind the alias has; null until first asked. */
    private volatile Set<String> analyzerHosts;

    SearchIndex(Elasticsearch elasticsearch, SearchSettings settings) {
        this.elasticsearch = elasticsearch;
        this.settings = settings;
    }

    public String alias() {
        return settings.alias();
    }

    /** True when the alias exists, i.e. there is an index to search and to write to. */
    public boolean exists() {
        return elasticsearch.status("HEAD", "/_alias/" + alias()) == 200;
    }

    /** Creates a new, empty physical index with the given synonyms; the alias does not move yet. */
    public String createNext(Map<String, List<String>> synonymsByHost) {
        String index = alias() + "-" + System.currentTimeMillis();
        elasticsearch.call("PUT", "/" + index, IndexDefinition.body(synonymsByHost));
        return index;
    }

    /**
     * Points the alias at {@code index} alone and deletes the indices it pointed to before, and those that rebuilds
     * abandoned ({@link #removeAbandoned}).
     */
    public void switchTo(String index) {
        List<String> previous = current();
        List<Map<String, Object>> actions = new ArrayList<>();
        actions.add(Map.of("add", Map.of("index", index, "alias", alias())));
        previous.stream().filter(old -> !old.equals(index))
                .forEach(old -> actions.add(Map.of("remove_index", Map.of("index", old))));
        elasticsearch.call("POST", "/_aliases", Map.of("actions", actions));
        analyzerHosts = null;
        LOG.infof("Search alias %s now points at %s (removed %s)", alias(), index, previous);
        removeAbandoned(ABANDONED_AFTER);
    }

    /** Deletes an index a rebuild created and could not finish; the alias never pointed at it. */
    void discard(String index) {
        try {
            elasticsearch.call("DELETE", "/" + index, null);
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete the unfinished index %s: %s", index, e.getMessage());
        }
    }

    /**
     * Deletes indices of this alias that nothing points at and that were created more than {@code age} ago
     * ({@link #ABANDONED_AFTER} after every switch): a rebuild whose process was killed (a deployment, an out-of-memory kill) leaves its new index behind,
     * holding disk and heap of every node. A younger one may be another instance's rebuild still filling — a
     * rebuild of a knowledge base takes seconds to minutes, never an hour.
     */
    void removeAbandoned(Duration age) {
        long createdBefore = System.currentTimeMillis() - age.toMillis();
        List<String> current = current();
        JsonNode indices = elasticsearch.call("GET",
                "/" + alias() + "-*/_settings?filter_path=*.settings.index.creation_date", null);
        indices.fieldNames().forEachRemaining(name -> {
            long created = indices.path(name).path("settings").path("index").path("creation_date")
                    .asLong(Long.MAX_VALUE);
            if (!current.contains(name) && created <= createdBefore) {
                LOG.infof("Deleting %s, left behind by a rebuild that did not finish", name);
                discard(name);
            }
        });
    }

    /** The indices the alias points at now. */
    List<String> current() {
        if (!exists()) {
            return List.of();
        }
        JsonNode aliases = elasticsearch.call("GET", "/_alias/" + alias(), null);
        List<String> indices = new ArrayList<>();
        Iterator<String> names = aliases.fieldNames();
        names.forEachRemaining(indices::add);
        return indices;
    }

    /** True when every index behind the alias was created by this version of {@link IndexDefinition}. */
    public boolean holdsCurrentDefinition() {
        JsonNode mappings = elasticsearch.call("GET", "/" + alias() + "/_mapping", null);
        for (JsonNode index : mappings) {
            if (index.path("mappings").path("_meta").path("definition").asInt(0) != IndexDefinition.VERSION) {
                return false;
            }
        }
        return true;
    }

    /** True when the index behind the alias has the synonym analyzer of {@code host}. */
    public boolean hasSearchAnalyzer(String host) {
        Set<String> hosts = analyzerHosts;
        if (hosts == null) {
            Set<String> found = new HashSet<>();
            JsonNode settingsOfIndices = elasticsearch.call("GET", "/" + alias() + "/_settings", null);
            for (JsonNode indexSettings : settingsOfIndices) {
                indexSettings.path("settings").path("index").path("analysis").path("analyzer").fieldNames()
                        .forEachRemaining(name -> {
                            if (name.startsWith(IndexDefinition.SEARCH_ANALYZER_PREFIX)) {
                                found.add(name.substring(IndexDefinition.SEARCH_ANALYZER_PREFIX.length()));
                            }
                        });
            }
            analyzerHosts = found;
            hosts = found;
        }
        return hosts.contains(host);
    }

    /** Makes recent writes searchable now (tests and rebuilds; normal operation relies on the refresh interval). */
    public void refresh() {
        elasticsearch.call("POST", "/" + alias() + "/_refresh", null);
    }
}
