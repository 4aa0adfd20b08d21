package de.servicecenter.contact.calendar;

import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.tenancyclient.TenancyApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The network's calendars as tenant-service publishes them (every schedule and each town's federal state), kept
 * for a few minutes and compiled once per use: the towns' working days for handoffs, the centers' phone hours for
 * capacity planning.
 */
@ApplicationScoped
public class NetworkCalendars {

    private static final Logger LOG = Logger.getLogger(NetworkCalendars.class);

    private final TenancyApi tenantService;
    private final Duration refreshAfter;
    private final Clock clock;
    private volatile Catalog current;

    /** The catalog as fetched, and what was compiled from it on first use, by key. */
    private record Catalog(ScheduleCatalog schedules, Instant fetchedAt, Map<String, Optional<Schedule>> compiled) {
    }

    NetworkCalendars(@RestClient TenancyApi tenantService,
                     @ConfigProperty(name = "scv.calendars.refresh", defaultValue = "5m") Duration refreshAfter,
                     Clock clock) {
        this.tenantService = tenantService;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    /**
     * What {@code compiler} makes of the catalog for {@code key}, compiled once per fetched catalog.
     *
     * @param key a name unique to what is compiled, e.g. {@code working-days:bochum}
     */
    public Optional<Schedule> compiled(String key, Function<ScheduleCatalog, Optional<Schedule>> compiler) {
        Catalog catalog = catalog();
        return catalog.compiled().computeIfAbsent(key, k -> compiler.apply(catalog.schedules()));
    }

    /** The phone hours of {@code serviceCenter} with its host's public holidays; empty when it published none. */
    public Optional<Schedule> centerHours(String serviceCenter) {
        return compiled("center:" + serviceCenter, catalog -> catalog.schedules().stream()
                .filter(published -> serviceCenter.equals(published.serviceCenter()))
                .findFirst()
                .map(published -> compile(published.definition(), serviceCenter)));
    }

    /** Compiles a definition tenant-service accepted; one that does not compile is a bug there, not bad input here. */
    public static Schedule compile(ScheduleDefinition definition, String whose) {
        try {
            return ScheduleCompiler.compile(definition);
        } catch (InvalidScheduleException e) {
            throw new IllegalStateException("the calendar of " + whose + " does not compile: " + e.getMessage(), e);
        }
    }

    /** The last catalog, fetched again once older than the refresh period; the last one while tenant-service fails. */
    private Catalog catalog() {
        Catalog known = current;
        Instant now = clock.instant();
        // (a clock set back, as tests do, also fetches again)
        if (known != null && !now.isBefore(known.fetchedAt()) && now.isBefore(known.fetchedAt().plus(refreshAfter))) {
            return known;
        }
        try {
            Catalog fetched = new Catalog(tenantService.schedules(), now, new ConcurrentHashMap<>());
            current = fetched;
            return fetched;
        } catch (RuntimeException e) {
            if (known != null) {
                LOG.warnf("tenant-service's calendars could not be refreshed, the copy of %s is used: %s",
                        known.fetchedAt(), e.getMessage());
                return known;
            }
            throw new DependencyUnavailableProblem("The towns' calendars (tenant-service) cannot be read just now; "
                    + "nothing was changed. Try again in a minute.");
        }
    }
}
