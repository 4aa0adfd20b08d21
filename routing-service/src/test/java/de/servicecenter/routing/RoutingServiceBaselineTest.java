package de.servicecenter.routing;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoutingServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "routing-service";
    }
}
