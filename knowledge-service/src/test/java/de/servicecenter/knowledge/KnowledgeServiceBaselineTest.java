package de.servicecenter.knowledge;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KnowledgeServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "knowledge-service";
    }
}
