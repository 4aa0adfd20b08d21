package de.servicecenter.tenant.openinghours;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.tenant.center.ServiceCenter;
import de.servicecenter.tenant.center.ServiceCenterService;
import de.servicecenter.tenant.network.NetworkChanged;
import de.servicecenter.tenant.openinghours.ScheduleResponse.ExceptionResponse;
import de.servicecenter.tenant.registry.Tenant;
import de.servicecenter.tenant.registry.TenantRepository;
import de.servicecenter.tenant.servicearea.ServiceAreaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Opening-hour schedules and their exceptions. Who may write: a center's schedule, the host's admins; an
 * office's schedule, the town's own city admins. Who may read: the owner tenant, and a host's agents and
 * admins for a client's office while a contract covers its area.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScheduleService {

    private final OpeningScheduleRepository schedules;
    private final OpeningExceptionRepository exceptions;
    private final TenantRepository tenants;
    private final ServiceAreaRepository areas;
    private final ServiceCenterService centers;
    private final ScheduleDocuments documents;
    private final TenantAccess access;
    private final Event<NetworkChanged> changed;
    private final Clock clock;

    ScheduleService(OpeningScheduleRepository schedules, OpeningExceptionRepository exceptions,
                    TenantRepository tenants, ServiceAreaRepository areas, ServiceCenterService centers,
                    ScheduleDocuments documents, TenantAccess access, Event<NetworkChanged> changed,
                    Clock clock) {
        this.clock = clock;
        this.schedules = schedules;
        this.exceptions = exceptions;
        this.tenants = tenants;
        this.areas = areas;
        this.centers = centers;
        this.documents = documents;
        this.access = access;
        this.changed = changed;
    }

    @Transactional
    public Versioned<ScheduleResponse> create(ScheduleRequest request) {
        Owner owner = owner(request);
        if (owner.center() != null && schedules.ofCenter(owner.center()).isPresent()) {
            throw ConflictProblem.onField("serviceCenter", "the center '" + owner.center() + "' has a schedule "
                    + "already; replace that one");
        }
        if (owner.center() == null && schedules.officeOf(owner.tenant().id(), request.serviceArea()).isPresent()) {
            throw ConflictProblem.onField("serviceArea", "'" + owner.tenant().id() + "' has a schedule for "
                    + (request.serviceArea() == null ? "its general hours" : "'" + request.serviceArea() + "'")
                    + " already; replace that one");
        }
        String holidays = holidays(request, owner.tenant());
        ScheduleDocuments.compileRequested(new ScheduleDefinition(holidays, request.weeklyPeriods(), List.of()),
                path -> path);
        Instant now = Instant.now(clock);
        var schedule = new OpeningSchedule(UUID.randomUUID(), owner.tenant().id(), owner.center(),
                owner.center() == null ? request.serviceArea() : null, now);
        schedule.apply(request.name(), holidays, documents.write(request.weeklyPeriods()), now);
        schedules.persistAndFlush(schedule);
        changed.fire(NetworkChanged.INSTANCE);
        return new Versioned<>(response(schedule, List.of()), schedule.version());
    }

    @Transactional
    public Versioned<ScheduleResponse> replace(UUID id, String ifMatch, ScheduleRequest request) {
        OpeningSchedule schedule = visible(id);
        EntityTags.requireMatch(ifMatch, schedule.version());
        requireSameOwner(schedule, request);
        Tenant tenant = tenants.findByIdOptional(schedule.tenantId()).orElseThrow();
        String holidays = holidays(request, tenant);
        List<OpeningException> current = exceptions.ofSchedule(id);
        ScheduleDocuments.compileRequested(new ScheduleDefinition(holidays, request.weeklyPeriods(),
                current.stream().map(documents::definitionOf).toList()), path -> path);
        schedule.apply(request.name(), holidays, documents.write(request.weeklyPeriods()), Instant.now(clock));
        schedules.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return new Versioned<>(response(schedule, current), schedule.version());
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        OpeningSchedule schedule = visible(id);
        EntityTags.requireMatch(ifMatch, schedule.version());
        schedules.delete(schedule);
        changed.fire(NetworkChanged.INSTANCE);
    }

    @Transactional
    public ExceptionResponse addException(UUID id, ExceptionDefinition exception) {
        OpeningSchedule schedule = visible(id);
        List<OpeningException> current = exceptions.ofSchedule(id);
        List<ExceptionDefinition> all = new ArrayList<>(current.stream().map(documents::definitionOf).toList());
        all.add(exception);
        String prefix = "exceptions[" + current.size() + "].";
        ScheduleDocuments.compileRequested(new ScheduleDefinition(schedule.publicHolidays().orElse(null),
                documents.weeklyPeriods(schedule), all), path -> path.startsWith(prefix)
                ? path.substring(prefix.length()) : path);
        Instant now = Instant.now(clock);
        var added = new OpeningException(UUID.randomUUID(), id, exception.firstDay(), exception.lastDay(),
                exception.closed(), documents.write(exception.hours() == null ? List.of() : exception.hours()),
                exception.reason().strip(), now);
        exceptions.persist(added);
        schedule.touch(now);
        schedules.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return exceptionResponse(added);
    }

    @Transactional
    public void deleteException(UUID id, UUID exceptionId) {
        OpeningSchedule schedule = visible(id);
        OpeningException exception = exceptions.findByIdOptional(exceptionId)
                .filter(candidate -> candidate.scheduleId().equals(id))
                .orElseThrow(() -> NotFoundProblem.of("exception", exceptionId));
        exceptions.delete(exception);
        schedule.touch(Instant.now(clock));
        schedules.flush();
        changed.fire(NetworkChanged.INSTANCE);
    }

    public Versioned<ScheduleResponse> get(UUID id) {
        OpeningSchedule schedule = visible(id);
        return new Versioned<>(response(schedule, exceptions.ofSchedule(id)), schedule.version());
    }

    /** The schedules of a tenant the caller may read: all of its own, a client's only for covered areas. */
    public List<ScheduleResponse> list(String tenantId) {
        return schedules.ofTenant(tenantId).stream()
                .filter(schedule -> access.mayRead(AccessSubject.OWNER_OF_OBJECT, target(schedule)))
                .map(schedule -> response(schedule, exceptions.ofSchedule(schedule.id())))
                .toList();
    }

    private static AccessTarget target(OpeningSchedule schedule) {
        return AccessTarget.owned("schedule", schedule.id(), schedule.tenantId(), schedule.serviceAreaCode());
    }

    /**
     * The schedule, if the declared operation is allowed on it: read by its owner and by hosts under contract for its
     * area, changed only by its owner's admins (403 for a host that may read it; 404 for everyone else).
     */
    private OpeningSchedule visible(UUID id) {
        OpeningSchedule schedule = schedules.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("schedule", id));
        access.require(target(schedule));
        return schedule;
    }

    private static void requireSameOwner(OpeningSchedule schedule, ScheduleRequest request) {
        if (!Objects.equals(schedule.serviceCenterId().orElse(null), request.serviceCenter())) {
            throw BusinessRuleProblem.onField("serviceCenter", "a schedule never changes its owner");
        }
        if (request.town() != null && !schedule.tenantId().equals(request.town())) {
            throw BusinessRuleProblem.onField("town", "a schedule never changes its owner");
        }
        if (schedule.serviceCenterId().isEmpty()
                && !Objects.equals(schedule.serviceAreaCode().orElse(null), request.serviceArea())) {
            throw BusinessRuleProblem.onField("serviceArea", "a schedule never changes its service area");
        }
    }

    private record Owner(Tenant tenant, String center) {
    }

    /** Whose schedule the request describes, or 422 naming the field that does not fit. */
    private Owner owner(ScheduleRequest request) {
        if (request.serviceCenter() != null) {
            // A center that does not exist and one of another host answer alike: nothing tells what exists.
            ServiceCenter center = centers.find(request.serviceCenter())
                    .filter(found -> access.allows(found.hostTenantId(), TenantOperation.MANAGE))
                    .orElseThrow(() -> BusinessRuleProblem.onField("serviceCenter", "must be a service center of a "
                            + "tenant you act for, not '" + request.serviceCenter() + "'"));
            access.requireNamedInBody("serviceCenter", center.hostTenantId(), Optional.empty());
            if (request.serviceArea() != null) {
                throw BusinessRuleProblem.onField("serviceArea", "a center's schedule has no service area; leave it out");
            }
            if (request.town() != null && !request.town().equals(center.hostTenantId())) {
                throw BusinessRuleProblem.onField("town", "must be the center's host '" + center.hostTenantId()
                        + "', or left out");
            }
            Tenant host = tenants.findByIdOptional(center.hostTenantId()).orElseThrow();
            return new Owner(host, center.id());
        }
        if (request.town() == null) {
            throw BusinessRuleProblem.onField("town", "is required for an office's schedule (or name a serviceCenter)");
        }
        access.requireNamedInBody("town", request.town(), Optional.ofNullable(request.serviceArea()));
        Tenant tenant = tenants.findByIdOptional(request.town()).orElseThrow(() ->
                BusinessRuleProblem.onField("town", "no tenant '" + request.town() + "' is registered"));
        if (request.serviceArea() != null && !areas.unknown(List.of(request.serviceArea())).isEmpty()) {
            throw BusinessRuleProblem.onField("serviceArea", "'" + request.serviceArea() + "' is not in the catalog");
        }
        return new Owner(tenant, null);
    }

    private static String holidays(ScheduleRequest request, Tenant tenant) {
        if (request.publicHolidays() == null) {
            return tenant.federalState().isoCode();
        }
        return ScheduleRequest.NO_HOLIDAYS.equals(request.publicHolidays()) ? null : request.publicHolidays();
    }

    private ScheduleResponse response(OpeningSchedule schedule, List<OpeningException> rows) {
        return new ScheduleResponse(schedule.id(), schedule.tenantId(), schedule.serviceCenterId().orElse(null),
                schedule.serviceAreaCode().orElse(null), schedule.name(), schedule.publicHolidays().orElse(null),
                documents.weeklyPeriods(schedule), rows.stream().map(this::exceptionResponse).toList(),
                schedule.createdAt(), schedule.updatedAt());
    }

    private ExceptionResponse exceptionResponse(OpeningException row) {
        ExceptionDefinition definition = documents.definitionOf(row);
        return new ExceptionResponse(row.id(), row.firstDay(), row.lastDay(), row.closed(), definition.hours(),
                row.reason());
    }
}
