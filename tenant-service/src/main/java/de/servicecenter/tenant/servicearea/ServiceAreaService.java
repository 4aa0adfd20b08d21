package de.servicecenter.tenant.servicearea;

import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.tenant.network.NetworkChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;

/** The catalog of service areas; maintained by platform admins, read by everyone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceAreaService {

    private final ServiceAreaRepository areas;
    private final Event<NetworkChanged> changed;

    ServiceAreaService(ServiceAreaRepository areas, Event<NetworkChanged> changed) {
        this.areas = areas;
        this.changed = changed;
    }

    public List<ServiceAreaResponse> list() {
        return areas.listByCode().stream().map(ServiceAreaResponse::of).toList();
    }

    private static Versioned<ServiceAreaResponse> versioned(ServiceArea area) {
        return new Versioned<>(ServiceAreaResponse.of(area), area.version());
    }

    public ServiceAreaResponse get(String code) {
        return areas.findByIdOptional(code).map(ServiceAreaResponse::of)
                .orElseThrow(() -> NotFoundProblem.of("service area", code));
    }

    @Transactional
    public Versioned<ServiceAreaResponse> add(ServiceAreaRequest request) {
        if (areas.findByIdOptional(request.code()).isPresent()) {
            throw ConflictProblem.onField("code", "the service area '" + request.code() + "' already exists");
        }
        ServiceArea area = new ServiceArea(request.code());
        area.apply(request);
        areas.persistAndFlush(area);
        changed.fire(NetworkChanged.INSTANCE);
        return versioned(area);
    }

    @Transactional
    public Versioned<ServiceAreaResponse> replace(String code, String ifMatch, ServiceAreaRequest request) {
        if (!code.equals(request.code())) {
            throw InvalidInputProblem.of("code", "must equal the code in the path ('" + code + "'); codes never change");
        }
        ServiceArea area = areas.findByIdOptional(code).orElseThrow(() -> NotFoundProblem.of("service area", code));
        EntityTags.requireMatch(ifMatch, area.version());
        area.apply(request);
        areas.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return versioned(area);
    }
}
