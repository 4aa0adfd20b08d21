package de.servicecenter.tenancyclient;

import de.servicecenter.commons.tenancy.CachedTenancy;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenancySource;
import de.servicecenter.commons.tenancy.TenantOperation;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The tenancy port of knowledge-, contact- and routing-service: tenant-service's tenancy snapshot,
 * fetched at startup, refreshed in the background every {@code scv.tenancy.background-refresh-every} (and when read
 * older than {@code scv.tenancy.refresh-after}), and kept for reads
 * while tenant-service is unreachable; writes need a copy younger than {@code scv.tenancy.max-age-for-writes}.
 * Before the first successful fetch every access check answers 503.
 */
@ApplicationScoped
public class RemoteTenancy implements TenancySource {

    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tenancy-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final CachedTenancy cache;

    RemoteTenancy(@RestClient TenancyApi tenantService,
                  @ConfigProperty(name = "scv.tenancy.refresh-after", defaultValue = "30s") Duration refreshAfter,
                  @ConfigProperty(name = "scv.tenancy.retry-after-failure", defaultValue = "5s") Duration retryAfter,
                  @ConfigProperty(name = "scv.tenancy.max-age-for-writes", defaultValue = "5m") Duration maxAgeForWrites,
                  Clock clock, MeterRegistry metrics) {
        this.cache = new CachedTenancy(tenantService::snapshot, refreshAfter, retryAfter, maxAgeForWrites, clock,
                background);
        Gauge.builder("scv.tenancy.snapshot.age", cache,
                        copy -> copy.fetchedAt().map(at -> Duration.between(at, clock.instant()).toMillis() / 1000.0)
                                .orElse(Double.NaN))
                .baseUnit("seconds")
                .description("Age of the tenancy snapshot in use (NaN before the first fetch); writes need it "
                        + "younger than scv.tenancy.max-age-for-writes")
                .register(metrics);
    }

    /** Fetches the first snapshot without holding up startup; a failure is logged and retried on first use. */
    void warmUp(@Observes StartupEvent started) {
        background.execute(cache::fetchNow);
    }

    /**
     * Keeps the copy fresh whether or not anyone asks: after a quiet night the first call of the morning must not
     * find a copy too old to write with.
     */
    @Scheduled(every = "${scv.tenancy.background-refresh-every:30s}", delayed = "${scv.tenancy.background-refresh-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepFresh() {
        cache.fetchNow();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * Fetches now rather than on the next background refresh, e.g. right after a known change — even within the
     * pause after a failed fetch.
     */
    public void refreshNow() {
        cache.fetchAfterKnownChange();
    }

    /** Fetches now unless a failed fetch a moment ago asks to wait: for callers that merely hope, like probes. */
    void fetchUnlessPaused() {
        cache.fetchNow();
    }

    /** When the snapshot in use was fetched; empty before the first success. */
    public Optional<Instant> fetchedAt() {
        return cache.fetchedAt();
    }

    @Override
    public TenancySnapshot snapshot() {
        return cache.snapshot();
    }

    @Override
    public TenancySnapshot recheck() {
        return cache.snapshotKnowing(snapshot -> false);
    }

    @Override
    public void requireFreshFor(TenantOperation operation) {
        cache.requireFreshFor(operation);
    }
}
