package de.servicecenter.routing.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.input.TolerantReading;
import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.routing.ruleset.RuleSetDefinition;
import de.servicecenter.routing.ruleset.RuleSetRepository;
import de.servicecenter.tenancyclient.RemoteTenancy;
import de.servicecenter.tenancyclient.TenancyApi;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The routing table in use, and what it was built from. Rebuilt after every publication and every
 * {@code scv.routing.rebuild-every}: from the published rule sets (PostgreSQL), the contracts (tenancy snapshot) and
 * the schedules (tenant-service's catalog). A source that cannot be reached is taken from the last good build, and
 * decisions say they rest on cached data; every good build is also written to {@code scv.routing.last-good-file},
 * so that a restart while PostgreSQL or tenant-service is down still routes.
 */
@ApplicationScoped
public class RoutingNetwork {

    private static final Logger LOG = Logger.getLogger(RoutingNetwork.class);

    /**
     * What a table is built from; also the content of the last-good file, which Jackson writes and reads by
     * reflection — registered for native executables with everything it holds.
     */
    @RegisterForReflection(registerFullHierarchy = true)
    public record Sources(Map<String, RuleSetDefinition> ruleSets, TenancySnapshot tenancy, ScheduleCatalog schedules,
                          Instant builtAt) {
    }

    /** The table in use. @param fromCache some source was unreachable at the last build: it rests on older data */
    public record State(RoutingTable table, CatalogSchedules schedules, Sources sources, boolean fromCache,
                        Instant builtAt) {
    }

    private final RuleSetRepository ruleSets;
    private final RemoteTenancy tenancy;
    private final TenancyApi tenantService;
    private final Flyway flyway;
    private final ObjectMapper json;
    private final Path lastGoodFile;
    private final Duration tenancyStaleAfter;
    private final Clock clock;
    private final AtomicReference<State> current = new AtomicReference<>();
    private volatile boolean migrated;

    RoutingNetwork(RuleSetRepository ruleSets, RemoteTenancy tenancy, @RestClient TenancyApi tenantService, Flyway flyway,
                   ObjectMapper json, @ConfigProperty(name = "scv.routing.last-good-file") Path lastGoodFile,
                   @ConfigProperty(name = "scv.routing.tenancy-stale-after", defaultValue = "2m") Duration tenancyStaleAfter,
                   Clock clock, MeterRegistry metrics) {
        this.clock = clock;
        Gauge.builder("scv.routing.sources.age", this, network -> network.sourcesAgeSeconds())
                .baseUnit("seconds")
                .description("Age of the data the routing table in use was built from: the last rebuild's, or the "
                        + "last good copy's while a source is unreachable (NaN before the first table)")
                .register(metrics);
        Gauge.builder("scv.routing.from.cache", this, network -> {
                    State state = network.current.get();
                    return state == null ? Double.NaN : state.fromCache() ? 1 : 0;
                })
                .description("1 while the routing table rests on last good data because a source is unreachable")
                .register(metrics);
        this.ruleSets = ruleSets;
        this.tenancy = tenancy;
        this.tenantService = tenantService;
        this.flyway = flyway;
        this.json = TolerantReading.of(json); // a copy written by another release may have more fields
        this.lastGoodFile = lastGoodFile;
        this.tenancyStaleAfter = tenancyStaleAfter;
    }

    void start(@Observes StartupEvent started) {
        rebuild();
    }

    @Scheduled(every = "${scv.routing.rebuild-every:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rebuildRegularly() {
        rebuild();
    }

    /** The table to decide with; 503 before anything was ever built or found in the last-good file. */
    public State current() {
        State state = current.get();
        if (state == null) {
            throw new DependencyUnavailableProblem("No routing rules are known yet: neither the database nor "
                    + "tenant-service could be reached since the start, and there is no last good copy.");
        }
        return state;
    }

    private double sourcesAgeSeconds() {
        State state = current.get();
        return state == null ? Double.NaN : Duration.between(state.sources().builtAt(), clock.instant()).toMillis() / 1000.0;
    }

    /** Whether the table in use was built before {@code instant} (or there is none). */
    public boolean builtBefore(Instant instant) {
        State state = current.get();
        return state == null || state.builtAt().isBefore(instant);
    }

    public ScheduleDirectory schedules() {
        return current().schedules();
    }

    /** Builds a new table from the sources, each fresh where reachable; swaps it in atomically. */
    public synchronized void rebuild() {
        State before = current.get();
        Build build = new Build(before != null ? before.sources() : readLastGood());
        Map<String, RuleSetDefinition> sets = build.take("Rule sets", () -> {
            migrateOnce();
            return ruleSets.published();
        }, Sources::ruleSets);
        TenancySnapshot snapshot = build.take("The tenancy snapshot", tenancy::snapshot, Sources::tenancy);
        if (tenancy.fetchedAt().orElse(Instant.MIN).plus(tenancyStaleAfter).isBefore(clock.instant())) {
            build.stale = true; // the client's own last good copy
        }
        ScheduleCatalog catalog = build.take("Schedules", tenantService::schedules, Sources::schedules);
        if (sets == null || snapshot == null || catalog == null) {
            return; // neither reachable nor known from before: nothing to route with yet
        }
        Instant now = clock.instant();
        Sources sources = new Sources(sets, snapshot, catalog, build.stale ? build.last.builtAt() : now);
        CatalogSchedules schedules = new CatalogSchedules(catalog);
        RoutingTable table = RoutingTableCompiler.compile(sets, snapshot, schedules, BerlinTime.dateOf(now), now);
        current.set(new State(table, schedules, sources, build.stale, now));
        if (!build.stale) {
            writeLastGood(sources);
        }
    }

    /** One rebuild's sources: each read fresh, or taken from the last good build when it cannot be read. */
    private static final class Build {
        final Sources last;
        boolean stale;

        Build(Sources last) {
            this.last = last;
        }

        /** @return the fresh value, else the last good one (and the build is stale), else null */
        <T> T take(String what, Supplier<T> read, Function<Sources, T> lastGood) {
            try {
                return read.get();
            } catch (RuntimeException e) {
                LOG.warnf("%s not readable (%s); using the last good ones", what, e.getMessage());
                stale = true;
                return last == null ? null : lastGood.apply(last);
            }
        }
    }

    private void migrateOnce() {
        if (!migrated) {
            flyway.migrate();
            migrated = true;
        }
    }

    /** The last good copy on disk, as a restart during an outage reads it; null when there is none or it is unreadable. */
    Sources readLastGood() {
        if (!Files.isRegularFile(lastGoodFile)) {
            return null;
        }
        try {
            Sources sources = json.readValue(lastGoodFile.toFile(), Sources.class);
            LOG.infof("Routing from the last good copy of %s (%s)", sources.builtAt(), lastGoodFile);
            return sources;
        } catch (IOException e) {
            LOG.errorf("The last good routing copy %s is not readable: %s", lastGoodFile, e.getMessage());
            return null;
        }
    }

    /** Written to a temporary file and moved into place, so that a crash never leaves half a copy. */
    private void writeLastGood(Sources sources) {
        try {
            Path directory = lastGoodFile.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "routing-", ".json");
            json.writeValue(temporary.toFile(), sources);
            Files.move(temporary, lastGoodFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.errorf("The last good routing copy could not be written to %s: %s", lastGoodFile, e.getMessage());
        }
    }
}
