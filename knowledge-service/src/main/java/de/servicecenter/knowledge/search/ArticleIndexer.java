package de.servicecenter.knowledge.search;

import com.fasterxml.jackson.databind.JsonNode;
import de.servicecenter.knowledge.article.Article;
import de.servicecenter.knowledge.article.ArticleChanged;
import de.servicecenter.knowledge.article.ArticleRepository;
import de.servicecenter.knowledge.synonym.SynonymService;
import de.servicecenter.knowledge.synonym.SynonymsChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Keeps the search index behind PostgreSQL: every article whose version the index does not hold yet
 * ({@code indexed_version}) is sent in bulk right after a write commits, and again every few seconds until it
 * gets through, so an Elasticsearch outage delays the index but loses nothing. A rebuild fills a new index from
 * PostgreSQL and then moves the alias, so searches never see a half-built index.
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class);
    /** Articles per bulk request during a rebuild (larger than for catching up: throughput over latency). */
    static final int REBUILD_BATCH = 1000;
    /** Bulk requests a rebuild keeps going at once, so Elasticsearch never waits for PostgreSQL. */
    static final int BULKS_IN_FLIGHT = 2;

    private final ArticleRepository articles;
    private final ArticleDocuments documents;
    private final SearchIndex index;
    private final Elasticsearch elasticsearch;
    private final SynonymService synonyms;
    private final SearchSettings settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "article-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean outageLogged;
    /** Whether the index behind the alias was checked against the current definition since start. */
    private boolean definitionChecked;
    private volatile long lastBulkMillis;
    private final Clock clock;
    /** Measured after every indexing run, so that a scrape never waits for the database. */
    private volatile ArticleRepository.IndexLag lag = ArticleRepository.IndexLag.NONE;

    ArticleIndexer(ArticleRepository articles, ArticleDocuments documents, SearchIndex index,
                   Elasticsearch elasticsearch, SynonymService synonyms, SearchSettings settings, Clock clock,
                   MeterRegistry metrics) {
        this.clock = clock;
        Gauge.builder("scv.knowledge.index.lag", this, indexer -> indexer.lag.articles())
                .description("Articles whose current version the search index does not hold yet")
                .register(metrics);
        Gauge.builder("scv.knowledge.index.lag.age", this, indexer -> indexer.lag.oldestChange()
                        .map(oldest -> Duration.between(oldest, indexer.clock.instant()).toMillis() / 1000.0).orElse(0.0))
                .baseUnit("seconds")
                .description("How long the longest-waiting article change has waited for the search index")
                .register(metrics);
        this.articles = articles;
        this.documents = documents;
        this.index = index;
        this.elasticsearch = elasticsearch;
        this.synonyms = synonyms;
        this.settings = settings;
    }

    void afterWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        requestRun();
    }

    void afterSynonymChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymsChanged change) {
        worker.execute(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Rebuilding the index for the new synonyms of %s failed; the old index stays",
                        change.host());
            }
        });
    }

    @Scheduled(every = "${scv.search.catch-up-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        requestRun();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Runs the indexer soon on its own thread; requests while one is queued collapse into it. */
    public void requestRun() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    indexPending();
                } catch (SearchUnavailable e) {
                    if (!outageLogged) {
                        LOG.warnf("Search index not reachable (%s); articles are kept and indexed once it is back",
                                e.getMessage());
                        outageLogged = true;
                    }
                } catch (RuntimeException e) {
                    LOG.error("Indexing failed; retrying on the next run", e);
                }
                measureLag();
            });
        }
    }

    /** Checks the index behind the alias against the current definition again on the next run (tests). */
    synchronized void recheckDefinition() {
        definitionChecked = false;
    }

    /** How far the index lagged behind at the end of the last indexing run. */
    public ArticleRepository.IndexLag lag() {
        return lag;
    }

    private void measureLag() {
        try {
            lag = QuarkusTransaction.requiringNew().call(articles::indexLag);
        } catch (RuntimeException e) {
            LOG.debugf("Index lag not measured: %s", e.getMessage());
        }
    }

    /** Sends every article the index lacks; returns how many. Runs on one thread at a time. */
    public synchronized int indexPending() {
        if (!index.exists()) {
            String first = index.createNext(synonyms.allRules());
            index.switchTo(first);
            definitionChecked = true;
        } else if (!definitionChecked) {
            if (!index.holdsCurrentDefinition()) {
                LOG.infof("The search index was built by an older definition; rebuilding it (version %d)",
                        IndexDefinition.VERSION);
                rebuild();
            }
            definitionChecked = true;
        }
        int sent = 0;
        while (true) {
            List<Article> batch = QuarkusTransaction.requiringNew()
                    .call(() -> articles.awaitingIndex(settings.batchSize()));
            if (batch.isEmpty()) {
                break;
            }
            List<Article> accepted = send(index.alias(), batch);
            QuarkusTransaction.requiringNew().run(() -> articles.markIndexed(accepted));
            sent += accepted.size();
            if (accepted.size() < batch.size()) {
                break; // the rest is retried on the next run
            }
        }
        if (outageLogged) {
            LOG.info("Search index reachable again; caught up");
            outageLogged = false;
        }
        return sent;
    }

    /**
     * Fills a new index from PostgreSQL with the current synonyms and moves the alias to it; what it sent counts
     * as indexed. Articles changed meanwhile are sent again afterwards, into the new index.
     */
    public synchronized int rebuild() {
        Instant started = clock.instant();
        String next = index.createNext(synonyms.allRules());
        int sent;
        try {
            sent = fill(next, started);
        } catch (RuntimeException e) {
            // searches still use the old index; the half-filled one would only hold disk and heap
            index.discard(next);
            throw e;
        }
        index.switchTo(next);
        QuarkusTransaction.requiringNew().run(() -> articles.markChangedSinceUnindexed(started));
        indexPending();
        return sent;
    }

    /** Sends every article to the new index {@code next} and makes it ready to be searched; returns how many. */
    private int fill(String next, Instant started) {
        // Nobody searches the new index before the alias moves: no refreshes and no fsync per request while it
        // fills; both are restored before the switch.
        elasticsearch.call("PUT", "/" + next + "/_settings", Map.of("index", Map.of("refresh_interval", "-1",
                "translog.durability", "async")));
        int sent = 0;
        Deque<Future<Integer>> inFlight = new ArrayDeque<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            UUID after = new UUID(0, 0); // the smallest uuid in PostgreSQL's (unsigned) order
            while (true) {
                UUID from = after;
                List<Article> batch = QuarkusTransaction.requiringNew().call(() ->
                        articles.pageAfter(from, REBUILD_BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                // reading the next batch from PostgreSQL overlaps with Elasticsearch indexing this one
                inFlight.add(senders.submit(() -> {
                    List<Article> accepted = send(next, batch);
                    QuarkusTransaction.requiringNew().run(() -> articles.markIndexed(accepted));
                    return accepted.size();
                }));
                if (inFlight.size() >= BULKS_IN_FLIGHT) {
                    sent += await(inFlight.removeFirst());
                }
                after = batch.getLast().id();
            }
            while (!inFlight.isEmpty()) {
                sent += await(inFlight.removeFirst());
            }
        }
        lastBulkMillis = Duration.between(started, clock.instant()).toMillis();
        elasticsearch.call("PUT", "/" + next + "/_settings", Map.of("index", Map.of("translog.durability", "request",
                "refresh_interval", "1s")));
        // One segment per shard before searches arrive: no merging competes with them afterwards.
        elasticsearch.call("POST", "/" + next + "/_forcemerge?max_num_segments=1", null);
        elasticsearch.call("POST", "/" + next + "/_refresh", null);
        return sent;
    }

    private static int await(Future<Integer> bulk) {
        try {
            return bulk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** How long the bulk phase of the last rebuild took (before merging and switching), in milliseconds. */
    public long lastBulkMillis() {
        return lastBulkMillis;
    }

    /** One bulk request; returns the articles Elasticsearch took (a version conflict means it has a newer one). */
    private List<Article> send(String target, List<Article> batch) {
        JsonNode response = elasticsearch.bulk(documents.bulk(target, batch));
        List<Article> accepted = new ArrayList<>();
        JsonNode items = response.get("items");
        for (int i = 0; i < batch.size(); i++) {
            JsonNode result = items.get(i).elements().next();
            int status = result.path("status").asInt();
            if (status < 300 || status == 404 || status == 409) {
                accepted.add(batch.get(i));
            } else {
                LOG.warnf("Article %s not indexed: %s", batch.get(i).id(), result.path("error"));
            }
        }
        return accepted;
    }
}
