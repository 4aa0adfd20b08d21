package de.servicecenter.routing;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoutingServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "routing-service";
    }

    /** Routing decides while PostgreSQL is down: ready means a routing table is there. */
    @Override
    protected String readinessCheck() {
        return "routing table";
    }
}
