package de.servicecenter.tenant.center;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.tenant.network.NetworkChanged;
import de.servicecenter.tenant.registry.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opens, replaces and reads service centers. Host admins manage their own tenant's centers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceCenterService {

    private final ServiceCenterRepository centers;
    private final TenantRepository tenants;
    private final TenantAccess access;
    private final Event<NetworkChanged> changed;
    private final Clock clock;

    ServiceCenterService(ServiceCenterRepository centers, TenantRepository tenants, TenantAccess access,
                         Event<NetworkChanged> changed,
                         Clock clock) {
        this.clock = clock;
        this.centers = centers;
        this.tenants = tenants;
        this.access = access;
        this.changed = changed;
    }

    @Transactional
    public Versioned<ServiceCenterResponse> open(ServiceCenterRequest request) {
        // Access first: whoever may not act for the host learns nothing about whether it exists.
        access.requireNamedInBody("hostTown", request.hostTown(), Optional.empty());
        if (tenants.findByIdOptional(request.hostTown()).isEmpty()) {
            throw BusinessRuleProblem.onField("hostTown", "no tenant '" + request.hostTown() + "' is registered");
        }
        if (centers.findByIdOptional(request.id()).isPresent()) {
            throw ConflictProblem.onField("id", "a service center with id '" + request.id() + "' already exists");
        }
        Instant now = Instant.now(clock);
        ServiceCenter center = new ServiceCenter(request.id(), request.hostTown(), now);
        center.apply(request, now);
        centers.persistAndFlush(center);
        changed.fire(NetworkChanged.INSTANCE);
        return versioned(center);
    }

    @Transactional
    public Versioned<ServiceCenterResponse> replace(String id, String ifMatch, ServiceCenterRequest request) {
        if (!id.equals(request.id())) {
            throw InvalidInputProblem.of("id", "must equal the id in the path ('" + id + "'); ids never change");
        }
        ServiceCenter center = visible(id);
        if (!center.hostTenantId().equals(request.hostTown())) {
            throw BusinessRuleProblem.onField("hostTown", "a center never changes its host (it is '"
                    + center.hostTenantId() + "'); open a new center instead");
        }
        EntityTags.requireMatch(ifMatch, center.version());
        center.apply(request, Instant.now(clock));
        centers.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return versioned(center);
    }

    public Versioned<ServiceCenterResponse> get(String id) {
        return versioned(visible(id));
    }

    private static Versioned<ServiceCenterResponse> versioned(ServiceCenter center) {
        return new Versioned<>(ServiceCenterResponse.of(center), center.version());
    }

    /** The centers of the caller's own tenant, or of {@code town} (the declaration checked the caller may). */
    public List<ServiceCenterResponse> list(String town) {
        String host = Optional.ofNullable(town).or(() -> access.principal().tenantId()).orElseThrow();
        return centers.ofHost(host).stream().map(ServiceCenterResponse::of).toList();
    }

    /** The center, if the declared operation is allowed on its host; 404 as if it did not exist otherwise. */
    ServiceCenter visible(String id) {
        ServiceCenter center = centers.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("service center", id));
        access.require(AccessTarget.owned("service center", id, center.hostTenantId(), Optional.empty()));
        return center;
    }

    /** For contracts and schedules: the center if it exists, whoever runs it. */
    public Optional<ServiceCenter> find(String id) {
        return centers.findByIdOptional(id);
    }
}
