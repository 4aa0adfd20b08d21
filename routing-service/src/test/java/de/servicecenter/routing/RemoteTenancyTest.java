package de.servicecenter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.tenancy.Delegations;
import de.servicecenter.commons.tenancy.TenancyFreshness;
import de.servicecenter.commons.tenancy.TenantDirectory;
import de.servicecenter.tenancyclient.RemoteTenancy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * routing-service decides tenant access from tenant-service's snapshot through the cached client. That a copy
 * never fetched fails closed (503) is proven in CachedTenancyTest and, over real HTTP, in tenant-service's
 * TenancySnapshotTest.
 */
@QuarkusTest
class RemoteTenancyTest {

    @Inject
    TenantDirectory directory;

    @Inject
    Delegations delegations;

    @Inject
    TenancyFreshness freshness;

    @Test
    void tenantAccessAsksTenantServiceThroughTheCachedClient() {
        assertThat(directory).isInstanceOf(RemoteTenancy.class);
        assertThat(delegations).isInstanceOf(RemoteTenancy.class);
        assertThat(freshness).isInstanceOf(RemoteTenancy.class);
    }

}
