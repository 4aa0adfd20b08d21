package de.servicecenter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.tenancy.TenancySource;
import de.servicecenter.tenancyclient.RemoteTenancy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * routing-service decides tenant access from tenant-service's snapshot through the cached client: the one tenancy
 * port is it. That a copy never fetched fails closed (503) is proven in CachedTenancyTest and, over real HTTP, in
 * tenant-service's TenancySnapshotTest.
 */
@QuarkusTest
class RemoteTenancyTest {

    @Inject
    TenancySource tenancy;

    @Test
    void tenantAccessAsksTenantServiceThroughTheCachedClient() {
        assertThat(tenancy).isInstanceOf(RemoteTenancy.class);
    }
}
