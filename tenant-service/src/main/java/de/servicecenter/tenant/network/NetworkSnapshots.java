package de.servicecenter.tenant.network;

import de.servicecenter.commons.tenancy.RowScope;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the current {@link NetworkSnapshot}. A write on this instance is seen by the very next read (every
 * write fires {@link NetworkChanged}, counted after commit, and a snapshot older than the count is rebuilt
 * before use). Writes on other replicas arrive within {@code scv.network.max-age}: an older snapshot is
 * rebuilt by one request while the others keep answering from the previous one.
 */
@ApplicationScoped
public class NetworkSnapshots {

    private final NetworkLoader loader;
    private final Duration maxAge;
    private final AtomicLong changes = new AtomicLong();
    private final ReentrantLock rebuilding = new ReentrantLock();
    private final Clock clock;
    private volatile NetworkSnapshot current;

    NetworkSnapshots(NetworkLoader loader,
                     @ConfigProperty(name = "scv.network.max-age", defaultValue = "30s") Duration maxAge,
                     Clock clock) {
        this.clock = clock;
        this.loader = loader;
        this.maxAge = maxAge;
    }

    public NetworkSnapshot current() {
        NetworkSnapshot snapshot = current;
        if (behindChanges(snapshot)) {
            return rebuild();
        }
        if (pastMaxAge(snapshot) && rebuilding.tryLock()) {
            try {
                return rebuildLocked();
            } finally {
                rebuilding.unlock();
            }
        }
        return snapshot;
    }

    /**
     * The snapshot when it can be used as it is — no change since, and not older than the maximum age; empty when
     * {@link #current()} would rebuild it first. Never touches the database, so it is safe on an I/O thread.
     */
    public Optional<NetworkSnapshot> ready() {
        NetworkSnapshot snapshot = current;
        return behindChanges(snapshot) || pastMaxAge(snapshot) ? Optional.empty() : Optional.of(snapshot);
    }

    /** None yet, or a write on this instance came after it: must be rebuilt before use. */
    private boolean behindChanges(NetworkSnapshot snapshot) {
        return snapshot == null || snapshot.generation() < changes.get();
    }

    /** Older than writes on other replicas may be: one request rebuilds it, the others still use it. */
    private boolean pastMaxAge(NetworkSnapshot snapshot) {
        return snapshot.builtAt().plus(maxAge).isBefore(clock.instant());
    }

    /** Makes the next read rebuild; for writes that bypass the services (migrations, test fixtures). */
    public void invalidate() {
        changes.incrementAndGet();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) NetworkChanged change) {
        invalidate();
    }

    private NetworkSnapshot rebuild() {
        rebuilding.lock();
        try {
            NetworkSnapshot snapshot = current;
            if (snapshot != null && snapshot.generation() >= changes.get()) {
                return snapshot; // another thread rebuilt it while this one waited
            }
            return rebuildLocked();
        } finally {
            rebuilding.unlock();
        }
    }

    private NetworkSnapshot rebuildLocked() {
        long generation = changes.get();
        // The whole network, whoever's request triggers the rebuild: read with the system role (its own transaction).
        NetworkSnapshot snapshot = RowScope.system(() -> loader.load(generation));
        current = snapshot;
        return snapshot;
    }

    /** Loads the first snapshot at startup, so the first portal request does not pay for it. */
    @Startup
    void warmUp() {
        current();
    }
}
