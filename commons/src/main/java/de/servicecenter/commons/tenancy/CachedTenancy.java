package de.servicecenter.commons.tenancy;

import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The tenancy snapshot of tenant-service as another service keeps it: fetched once, refreshed in the
 * background when older than {@code refreshAfter}, and the last good copy kept for as long as tenant-service
 * cannot be reached (reads go on; a restart of tenant-service stops no call). Writes need a copy younger
 * than {@code maxAgeForWrites}: a host must not go on changing a client's data on a contract that may have
 * ended. When nothing was ever fetched it fails closed, with a 503 problem: no access is granted on a guess.
 */
public final class CachedTenancy implements TenancySource {

    private static final Logger LOG = Logger.getLogger(CachedTenancy.class);
    /** A copy younger than this is trusted to know every tenant. */
    static final Duration REFETCH_UNKNOWN_AFTER = Duration.ofSeconds(5);

    private final Supplier<TenancySnapshot> fetch;
    private final Duration refreshAfter;
    private final Duration retryAfterFailure;
    private final Duration maxAgeForWrites;
    private final Clock clock;
    private final Executor background;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    private volatile Fetched current;
    private volatile Instant nextAttempt = Instant.MIN;

    private record Fetched(TenancySnapshot snapshot, Instant at) {
    }

    /**
     * @param fetch             reads the snapshot from tenant-service; throws when it cannot
     * @param refreshAfter      age after which a background refresh starts
     * @param retryAfterFailure pause after a failed fetch before the next attempt
     * @param maxAgeForWrites   oldest copy a write (or manage) operation may rest on; reads take any
     * @param background        runs refreshes off the request thread
     */
    public CachedTenancy(Supplier<TenancySnapshot> fetch, Duration refreshAfter, Duration retryAfterFailure,
                         Duration maxAgeForWrites, Clock clock, Executor background) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.refreshAfter = refreshAfter;
        this.retryAfterFailure = retryAfterFailure;
        this.maxAgeForWrites = maxAgeForWrites;
        this.clock = clock;
        this.background = background;
    }

    /** The snapshot to decide with: the last good one, or a fresh fetch when there is none yet. */
    @Override
    public TenancySnapshot snapshot() {
        Fetched fetched = current;
        if (fetched == null) {
            return fetchNow().orElseThrow(() -> new DependencyUnavailableProblem(
                    "The tenant directory cannot be reached and nothing is known about tenants yet; try again "
                            + "shortly."));
        }
        Instant now = clock.instant();
        if (fetched.at().plus(refreshAfter).isBefore(now) && !now.isBefore(nextAttempt)
                && refreshing.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    try {
                        fetchNow();
                    } finally {
                        refreshing.set(false);
                    }
                });
            } catch (RuntimeException rejected) {
                refreshing.set(false);
            }
        }
        return fetched.snapshot();
    }

    /** When the snapshot in use was fetched; empty before the first success. */
    public Optional<Instant> fetchedAt() {
        Fetched fetched = current;
        return fetched == null ? Optional.empty() : Optional.of(fetched.at());
    }

    /** Fetches now; on failure keeps what it had and waits {@code retryAfterFailure} before trying again. */
    public synchronized Optional<TenancySnapshot> fetchNow() {
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return Optional.ofNullable(current).map(Fetched::snapshot);
        }
        try {
            TenancySnapshot snapshot = Objects.requireNonNull(fetch.get(), "snapshot");
            current = new Fetched(snapshot, now);
            nextAttempt = Instant.MIN;
            return Optional.of(snapshot);
        } catch (RuntimeException e) {
            nextAttempt = now.plus(retryAfterFailure);
            LOG.warnf("Tenancy snapshot not refreshed (%s); %s", e.getMessage(),
                    current == null ? "nothing known yet, access fails closed"
                            : "keeping the one from " + current.at());
            return current == null ? Optional.empty() : Optional.of(current.snapshot());
        }
    }

    /**
     * Fetches now even within the pause after a failure: the caller knows that tenant-service has changed or is
     * back (an admin's action, a test's setup), so the pause that protects it from blind retries does not apply.
     */
    public synchronized Optional<TenancySnapshot> fetchAfterKnownChange() {
        nextAttempt = Instant.MIN;
        return fetchNow();
    }

    @Override
    public void requireFreshFor(TenantOperation operation) {
        if (operation == TenantOperation.READ) {
            return;
        }
        Instant fetchedAt = fetchedAt().orElseGet(() -> {
            snapshot();
            return fetchedAt().orElseThrow();
        });
        if (fetchedAt.plus(maxAgeForWrites).isBefore(clock.instant())) {
            // Too old may only mean that nobody asked for a while (a night without calls): look again before refusing.
            fetchNow();
            fetchedAt = fetchedAt().orElseThrow();
        }
        if (fetchedAt.plus(maxAgeForWrites).isBefore(clock.instant())) {
            throw new DependencyUnavailableProblem("The tenant directory has not been reachable since " + fetchedAt
                    + "; changes wait until it is, reading goes on.");
        }
    }

    /**
     * The snapshot, fetched again first when it lacks what {@code knows} asks for and is older than a few seconds:
     * a tenant registered, a center opened or a contract activated a moment ago is then known at once rather than
     * after the next refresh (bounded by the retry pause after failures).
     */
    public TenancySnapshot snapshotKnowing(Predicate<TenancySnapshot> knows) {
        TenancySnapshot snapshot = snapshot();
        if (knows.test(snapshot)) {
            return snapshot;
        }
        Instant fetched = fetchedAt().orElse(Instant.MIN);
        if (fetched.plus(REFETCH_UNKNOWN_AFTER).isBefore(clock.instant())) {
            return fetchNow().orElse(snapshot);
        }
        return snapshot;
    }

    @Override
    public TenancySnapshot recheck() {
        return snapshotKnowing(snapshot -> false);
    }
}
