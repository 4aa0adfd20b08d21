package de.servicecenter.tenant.center;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ServiceCenterRepository implements PanacheRepositoryBase<ServiceCenter, String> {

    List<ServiceCenter> ofHost(String hostTenantId) {
        return list("hostTenantId", Sort.by("id"), hostTenantId);
    }
}
