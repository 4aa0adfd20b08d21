package de.servicecenter.contact;

import de.servicecenter.testing.TenancyServer;
import de.servicecenter.contact.handoff.DirectoryServer;
import de.servicecenter.contact.handoff.MailServer;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * For every test of this module: tenant-service's tenancy endpoint, stood in for by {@link TenancyServer},
 * knowledge-service's directory by {@link DirectoryServer}, and a real SMTP server, {@link MailServer}.
 */
@QuarkusTestResource(TenancyServer.class)
@QuarkusTestResource(DirectoryServer.class)
@QuarkusTestResource(MailServer.class)
public final class ContactTestResources {

    private ContactTestResources() {
    }
}
