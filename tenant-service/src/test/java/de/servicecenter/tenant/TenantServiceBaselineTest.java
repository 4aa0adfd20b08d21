package de.servicecenter.tenant;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TenantServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "tenant-service";
    }
}
