package de.servicecenter.contact;

import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.common.QuarkusTestResource;

/** For every test of this module: tenant-service's tenancy endpoint, stood in for by {@link TenancyServer}. */
@QuarkusTestResource(TenancyServer.class)
public final class ContactTestResources {

    private ContactTestResources() {
    }
}
