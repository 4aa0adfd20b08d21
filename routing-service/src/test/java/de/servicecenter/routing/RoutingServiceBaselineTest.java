package de.servicecenter.routing;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

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

    @Override
    protected List<String> ownMeters() {
        return List.of("scv_tenancy_snapshot_age_seconds", "scv_routing_sources_age_seconds", "scv_routing_from_cache");
    }
}
