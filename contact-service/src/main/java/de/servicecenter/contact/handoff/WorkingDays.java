package de.servicecenter.contact.handoff;

import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import de.servicecenter.tenancyclient.TenancyApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A town's working days, for the handoffs' due times: Monday to Friday, all day, without the public holidays of the
 * town's federal state and without the days its town hall is closed (the closures of its general office hours in
 * tenant-service). The promise ("an answer within 24 hours on working days", as the Behördennummer 115 makes it) is
 * counted in that time only.
 */
@ApplicationScoped
public class WorkingDays {

    private static final Logger LOG = Logger.getLogger(WorkingDays.class);
    private static final List<String> MONDAY_TO_FRIDAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    /** Long before any handoff: the weekly rule has no end. */
    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    private final TenancyApi tenantService;
    private final Duration promise;
    private final Duration refreshAfter;
    private final Clock clock;
    private volatile Catalog current;

    /** The catalog as fetched, and each town's schedule compiled from it on first use. */
    private record Catalog(ScheduleCatalog schedules, Instant fetchedAt, Map<String, Schedule> compiled) {
    }

    WorkingDays(@RestClient TenancyApi tenantService,
                @ConfigProperty(name = "scv.handoffs.promise") Duration promise,
                @ConfigProperty(name = "scv.handoffs.calendar-refresh", defaultValue = "5m") Duration refreshAfter,
                Clock clock) {
        this.tenantService = tenantService;
        this.promise = promise;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    /** The promise, as configured (e.g. 24 hours). */
    public Duration promise() {
        return promise;
    }

    /** When a handoff to {@code town} created at {@code createdAt} is due. */
    public Instant dueAt(String town, Instant createdAt) {
        return of(town).afterOpenTime(createdAt, promise).orElseThrow(() -> new IllegalStateException(
                "no working time within a year for " + town));
    }

    /** The working-days schedule of {@code town}. */
    public Schedule of(String town) {
        Catalog catalog = catalog();
        return catalog.compiled().computeIfAbsent(town, t -> compile(catalog.schedules(), t));
    }

    /** The working days of a town, by the state its holidays follow and the closures of its general office hours. */
    static Schedule compile(ScheduleCatalog catalog, String town) {
        List<ExceptionDefinition> closures = catalog.schedules().stream()
                .filter(published -> town.equals(published.tenant()) && published.serviceCenter() == null
                        && published.serviceArea() == null)
                .map(PublishedSchedule::definition)
                .flatMap(definition -> definition.exceptions().stream())
                .filter(ExceptionDefinition::closed)
                .toList();
        ScheduleDefinition workingDays = new ScheduleDefinition(catalog.federalStates().get(town),
                List.of(new WeeklyPeriodDefinition(SINCE, null,
                        List.of(new WeeklyRuleDefinition(MONDAY_TO_FRIDAY, "00:00", "24:00")))),
                closures);
        try {
            return ScheduleCompiler.compile(workingDays);
        } catch (InvalidScheduleException e) {
            throw new IllegalStateException("the closures of " + town + " do not compile: " + e.getMessage(), e);
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
            throw new DependencyUnavailableProblem("The towns' calendars (tenant-service) cannot be read just now, "
                    + "so no due time can be set; nothing was handed over. Try again in a minute.");
        }
    }
}
