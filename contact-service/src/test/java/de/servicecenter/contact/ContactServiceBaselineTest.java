package de.servicecenter.contact;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
class ContactServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "contact-service";
    }

    /** A replica without a tenancy snapshot cannot decide who may log what. */
    @Override
    protected String readinessCheck() {
        return "tenancy snapshot";
    }

    @Override
    protected List<String> ownMeters() {
        return List.of("scv_tenancy_snapshot_age_seconds");
    }
}
