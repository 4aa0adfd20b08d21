package de.servicecenter.tenant.registry;

import de.servicecenter.commons.tenancy.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;

/** tenant-service owns the registry, so it answers "is this tenant active?" from its own table. */
@ApplicationScoped
public class RegistryTenantDirectory implements TenantDirectory {

    private final TenantRepository tenants;

    RegistryTenantDirectory(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean isActiveTenant(String tenantId) {
        return tenants.isActive(tenantId);
    }
}
