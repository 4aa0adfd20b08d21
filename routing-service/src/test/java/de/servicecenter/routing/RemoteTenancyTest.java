package de.servicecenter.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.commons.tenancy.Delegations;
import de.servicecenter.commons.tenancy.TenancyFreshness;
import de.servicecenter.commons.tenancy.TenantDirectory;
import de.servicecenter.tenancyclient.RemoteTenancy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * routing-service decides tenant access from tenant-service's snapshot. In these tests tenant-service is not
 * running (its URL points at a closed port), which is the case the service must survive: having never
 * fetched anything, it refuses with 503 instead of guessing. The cached behaviour over real HTTP is proven in
 * tenant-service's TenancySnapshotTest.
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

    @Test
    void nothingFetchedAndTenantServiceDownFailsClosed() {
        assertThat(((RemoteTenancy) directory).fetchedAt()).isEmpty();
        assertThatThrownBy(() -> directory.isActiveTenant("bochum")).isInstanceOf(DependencyUnavailableProblem.class);
    }
}
