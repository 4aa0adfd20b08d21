package de.servicecenter.tenant.portal;

import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.GermanHolidays;
import de.servicecenter.openinghours.export.ICalendarOpeningHours;
import de.servicecenter.openinghours.export.OsmOpeningHours;
import de.servicecenter.openinghours.export.SchemaOrgOpeningHours;
import de.servicecenter.tenant.network.NetworkSnapshot;
import de.servicecenter.tenant.network.NetworkSnapshot.CenterEntry;
import de.servicecenter.tenant.network.NetworkSnapshot.ScheduleEntry;
import de.servicecenter.tenant.network.NetworkSnapshot.TenantEntry;
import de.servicecenter.tenant.network.NetworkSnapshots;
import de.servicecenter.tenant.portal.PortalViews.Center;
import de.servicecenter.tenant.portal.PortalViews.Holiday;
import de.servicecenter.tenant.portal.PortalViews.Phone;
import de.servicecenter.tenant.portal.PortalViews.ScheduleStatus;
import de.servicecenter.tenant.portal.PortalViews.ScheduleSummary;
import de.servicecenter.tenant.portal.PortalViews.TownStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Answers portals from the in-memory network snapshot: no database on the way, so an answer costs
 * microseconds. Only active tenants and their published schedules are visible; nothing here is secret.
 */
@ApplicationScoped
public class PortalService {

    /** Holidays are listed for these years; the law is not known further ahead or back. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final NetworkSnapshots snapshots;
    private final Clock clock;

    PortalService(NetworkSnapshots snapshots, Clock clock) {
        this.clock = clock;
        this.snapshots = snapshots;
    }

    public TownStatus tenantStatus(String tenantId, Optional<String> serviceArea, Instant at) {
        NetworkSnapshot network = snapshots.current();
        TenantEntry tenant = network.activeTenant(tenantId).orElseThrow(() -> NotFoundProblem.of("town", tenantId));
        String areaName = serviceArea.map(area -> Optional.ofNullable(network.serviceAreaNames().get(area))
                .orElseThrow(() -> InvalidInputProblem.of("serviceArea", "'" + area + "' is not in the catalog")))
                .orElse(null);
        ScheduleStatus office = network.officeSchedule(tenantId, serviceArea).map(entry -> status(entry, at))
                .orElse(null);
        return new TownStatus(tenant.id(), tenant.name(), serviceArea.orElse(null), areaName,
                PortalViews.berlin(at), office, phone(network, tenant, serviceArea, at, office));
    }

    private Phone phone(NetworkSnapshot network, TenantEntry tenant, Optional<String> serviceArea, Instant at,
                        ScheduleStatus office) {
        Optional<DelegationGrant> contract = network.answeringContract(tenant.id(), serviceArea, BerlinTime.dateOf(at));
        if (contract.isPresent()) {
            CenterEntry center = network.centers().get(contract.get().serviceCenter());
            TenantEntry host = network.tenants().get(center.hostTenant());
            return new Phone(host.id(), host.name(), true, center(center),
                    centerHours(network, center, at));
        }
        Optional<CenterEntry> ownCenter = network.centers().values().stream()
                .filter(center -> center.hostTenant().equals(tenant.id()) && center.active())
                .min(Comparator.comparing(CenterEntry::id));
        return ownCenter
                .map(center -> new Phone(tenant.id(), tenant.name(), false, center(center),
                        centerHours(network, center, at)))
                .orElseGet(() -> new Phone(tenant.id(), tenant.name(), false, null, office));
    }

    private static Center center(CenterEntry center) {
        return new Center(center.id(), center.name(), center.phoneNumbers(), center.active());
    }

    public ScheduleStatus centerStatus(String centerId, Instant at) {
        NetworkSnapshot network = snapshots.current();
        CenterEntry center = Optional.ofNullable(network.centers().get(centerId))
                .filter(entry -> network.activeTenant(entry.hostTenant()).isPresent())
                .orElseThrow(() -> NotFoundProblem.of("service center", centerId));
        return Optional.ofNullable(centerHours(network, center, at))
                .orElseThrow(() -> NotFoundProblem.of("schedule of service center", centerId));
    }

    private ScheduleStatus centerHours(NetworkSnapshot network, CenterEntry center, Instant at) {
        ScheduleStatus hours = center.scheduleId().flatMap(network::schedule).map(entry -> status(entry, at))
                .orElse(null);
        return hours == null || center.active() ? hours : hours.outOfOperation();
    }

    public List<ScheduleSummary> schedulesOf(String tenantId) {
        NetworkSnapshot network = snapshots.current();
        network.activeTenant(tenantId).orElseThrow(() -> NotFoundProblem.of("town", tenantId));
        return network.schedules().values().stream()
                .filter(entry -> entry.tenant().equals(tenantId))
                .sorted(Comparator.comparing(ScheduleEntry::name).thenComparing(ScheduleEntry::id))
                .map(entry -> new ScheduleSummary(entry.id(), entry.name(), entry.tenant(),
                        entry.serviceArea().orElse(null), entry.serviceCenter().orElse(null)))
                .toList();
    }

    public String osm(UUID scheduleId, LocalDate from) {
        return OsmOpeningHours.format(schedule(scheduleId).schedule(), from);
    }

    /** The schedule's openings and closures of the coming {@code days} as an iCalendar feed. */
    public String iCalendar(UUID scheduleId, LocalDate from, int days) {
        ScheduleEntry entry = schedule(scheduleId);
        Instant madeToday = from.atStartOfDay(BerlinTime.ZONE).toInstant();
        return ICalendarOpeningHours.format(entry.id().toString(), entry.name(), entry.schedule(), from, days,
                madeToday);
    }

    /**
     * A schedule as schema.org JSON-LD: a town's office is a {@code GovernmentOffice} with the town's address and
     * central numbers; a center's phone hours are a {@code GovernmentService} provided by its host town (with the
     * host's address), reached by phone at the center's numbers in those hours.
     */
    public Map<String, Object> schemaOrg(UUID scheduleId, LocalDate from) {
        NetworkSnapshot network = snapshots.current();
        ScheduleEntry entry = schedule(scheduleId);
        List<Map<String, Object>> hours = SchemaOrgOpeningHours.specifications(entry.schedule(), from);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@type", entry.serviceCenter().isPresent() ? "GovernmentService" : "GovernmentOffice");
        document.put("name", entry.name());
        TenantEntry town = network.tenants().get(entry.tenant());
        if (entry.serviceCenter().isPresent()) {
            Map<String, Object> provider = new LinkedHashMap<>();
            provider.put("@type", "GovernmentOrganization");
            provider.put("name", town.name());
            town.address().ifPresent(address -> provider.put("address", SchemaOrgOpeningHours.address(address
                    .streetAddress(), address.postalCode(), address.locality())));
            document.put("provider", provider);
            List<String> numbers = network.centers().get(entry.serviceCenter().get()).phoneNumbers();
            document.put("availableChannel", Map.of("@type", "ServiceChannel", "servicePhone",
                    Map.of("@type", "ContactPoint", "telephone", numbers, "hoursAvailable", hours)));
        } else {
            town.address().ifPresent(address -> document.put("address", SchemaOrgOpeningHours.address(
                    address.streetAddress(), address.postalCode(), address.locality())));
            document.put("telephone", town.centralNumbers());
        }
        document.put("openingHoursSpecification", hours);
        return document;
    }

    public List<Holiday> holidays(String state, int year) {
        if (!GermanHolidays.STATES.contains(state)) {
            throw InvalidInputProblem.of("state", "must be the ISO 3166-2 code of a German federal state, e.g. DE-NW");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputProblem.of("year", "must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return GermanHolidays.of(state).holidays(year).stream()
                .map(holiday -> new Holiday(holiday.date(), holiday.name()))
                .toList();
    }

    /** The next instant the answer for {@code tenantStatus} could change, for Cache-Control. */
    static Optional<Instant> nextChange(TownStatus status) {
        return Stream.of(status.office(), status.phone().hours())
                .filter(Objects::nonNull)
                .flatMap(hours -> hours.nextChange().stream())
                .min(Comparator.naturalOrder());
    }

    private ScheduleEntry schedule(UUID id) {
        NetworkSnapshot network = snapshots.current();
        return network.schedule(id)
                .filter(entry -> network.activeTenant(entry.tenant()).isPresent())
                .orElseThrow(() -> NotFoundProblem.of("schedule", id));
    }

    private static ScheduleStatus status(ScheduleEntry entry, Instant at) {
        return ScheduleStatus.of(entry.id(), entry.name(), entry.schedule().statusAt(at),
                entry.schedule().week(BerlinTime.dateOf(at)));
    }

    /** The version of the network the answers come from; it changes with every change of the network. */
    long generation() {
        return snapshots.current().generation();
    }

    /**
     * The version of the network when its snapshot can be used without rebuilding it (no database on the way);
     * empty otherwise.
     */
    OptionalLong readyGeneration() {
        return snapshots.ready().map(snapshot -> OptionalLong.of(snapshot.generation())).orElse(OptionalLong.empty());
    }

    /**
     * "Now" for portals, to the minute: schedules change only on whole minutes, so every request within a
     * minute gets the same answer - and the same ETag, which makes "now" answers cacheable at all.
     */
    Instant currentMinute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * {@code at} as portals send it: an ISO-8601 instant with offset ({@code 2026-11-28T10:00:00+01:00}, or
     * {@code Z}), or a Berlin wall-clock time without offset ({@code 2026-11-28T10:00}); now when absent.
     */
    static Instant instant(String at, Instant now) {
        return QueryParameters.optionalTime(at, "at", BerlinTime::parse, BerlinTime.PARSE_FORMAT).orElse(now);
    }
}
