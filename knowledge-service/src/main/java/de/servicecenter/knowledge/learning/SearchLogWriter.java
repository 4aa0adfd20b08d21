package de.servicecenter.knowledge.learning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Writes the search log off the request path (a commit costs more than the search itself), one entry after
 * the other on one thread; work that must see earlier entries runs on the same thread, after them.
 */
@ApplicationScoped
class SearchLogWriter {

    private static final Logger LOG = Logger.getLogger(SearchLogWriter.class);

    private final SearchLogRepository searches;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-log");
        thread.setDaemon(true);
        return thread;
    });

    SearchLogWriter(SearchLogRepository searches) {
        this.searches = searches;
    }

    void record(SearchLogEntry entry) {
        writer.execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> searches.persist(entry));
            } catch (RuntimeException e) {
                LOG.warnf("Search not logged (%s); the knowledge-gaps report misses it", e.getMessage());
            }
        });
    }

    /** Runs {@code work} in its own transaction after every entry recorded so far. */
    <T> T afterPending(Callable<T> work) {
        try {
            return writer.submit(() -> QuarkusTransaction.requiringNew().call(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Returns once every entry recorded so far is written. */
    void awaitPending() {
        afterPending(() -> true);
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
    }
}
