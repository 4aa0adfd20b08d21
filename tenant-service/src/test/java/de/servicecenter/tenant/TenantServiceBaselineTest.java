package de.servicecenter.tenant;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TenantServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "tenant-service";
    }

    /** tenant-service keeps nothing of its own a replica could lack beyond its migrated schema. */
    @Override
    protected String readinessCheck() {
        return "schema migrated";
    }
}
