package de.servicecenter.contact;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ContactServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "contact-service";
    }
}
