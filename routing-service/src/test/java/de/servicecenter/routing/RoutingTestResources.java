package de.servicecenter.routing;

import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.common.QuarkusTestResource;

/** For every test of this module: tenant-service's tenancy endpoints, stood in for by {@link TenancyServer}. */
@QuarkusTestResource(TenancyServer.class)
public final class RoutingTestResources {

    private RoutingTestResources() {
    }
}
