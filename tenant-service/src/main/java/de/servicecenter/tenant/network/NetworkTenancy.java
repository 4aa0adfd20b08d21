package de.servicecenter.tenant.network;

import de.servicecenter.commons.tenancy.Delegations;
import de.servicecenter.commons.tenancy.TenantDirectory;
import de.servicecenter.commons.tenancy.TenantPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * tenant-service owns tenants and contracts, so its tenant access decides from its own snapshot: the same
 * {@link de.servicecenter.commons.tenancy.TenancySnapshot} rules the other services apply to the copy they fetch.
 */
@ApplicationScoped
public class NetworkTenancy implements TenantDirectory, Delegations {

    private final NetworkSnapshots snapshots;

    NetworkTenancy(NetworkSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public boolean isActiveTenant(String tenantId) {
        return snapshots.current().tenancy().isActiveTenant(tenantId);
    }

    @Override
    public boolean permits(String actingTenant, String targetTenant, TenantPrincipal principal,
                           Optional<String> serviceArea, Instant at) {
        return snapshots.current().tenancy().permits(actingTenant, targetTenant, principal, serviceArea, at);
    }
}
