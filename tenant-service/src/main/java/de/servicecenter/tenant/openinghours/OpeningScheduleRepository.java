package de.servicecenter.tenant.openinghours;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OpeningScheduleRepository implements PanacheRepositoryBase<OpeningSchedule, UUID> {

    List<OpeningSchedule> ofTenant(String tenantId) {
        return list("tenantId", Sort.by("name").and("id"), tenantId);
    }

    Optional<OpeningSchedule> ofCenter(String centerId) {
        return find("serviceCenterId", centerId).firstResultOptional();
    }

    Optional<OpeningSchedule> officeOf(String tenantId, String serviceAreaCode) {
        return serviceAreaCode == null
                ? find("tenantId = ?1 and serviceCenterId is null and serviceAreaCode is null", tenantId)
                        .firstResultOptional()
                : find("tenantId = ?1 and serviceCenterId is null and serviceAreaCode = ?2", tenantId, serviceAreaCode)
                        .firstResultOptional();
    }
}
