package de.servicecenter.tenant;

import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.rowsecurity.RowSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/**
 * tenant-service's tables behind row-level security: contracts with their history, opening hours. The registry, the
 * centers and the area catalog are read by everyone (portals name them); their writes are guarded all the same.
 */
@QuarkusTest
class RowLevelSecurityTest extends RowSecurityContract {

    @Inject
    TenantFixtures fixtures;

    @Override
    protected Map<String, String> tenantColumns() {
        return Map.of("contract", "host_tenant_id", "contract_event", "party_tenant_id",
                "opening_schedule", "tenant_id");
    }

    @Override
    protected Set<String> openTables() {
        return Set.of("tenant", "tenant_central_number", "tenant_neighbourhood", "service_center",
                "service_center_phone_number", "service_area", "service_area_leika_key");
    }

    @Override
    protected void seedRowsOfSeveralTowns() {
        fixtures.resetNetwork();
        DemoNetwork.build();
    }
}
