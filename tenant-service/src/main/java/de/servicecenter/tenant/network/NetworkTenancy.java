package de.servicecenter.tenant.network;

import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenancySource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * tenant-service owns tenants and contracts, so its tenant access decides from its own network snapshot: the same
 * {@link TenancySnapshot} rules the other services apply to the copy they fetch. A write here is visible to the very
 * next request (see {@link NetworkSnapshots}), so the copy is always fresh.
 */
@ApplicationScoped
public class NetworkTenancy implements TenancySource {

    private final NetworkSnapshots snapshots;

    NetworkTenancy(NetworkSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public TenancySnapshot snapshot() {
        return snapshots.current().tenancy();
    }
}
