package de.servicecenter.knowledge;

import de.servicecenter.testing.ServiceBaselineContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
class KnowledgeServiceBaselineTest extends ServiceBaselineContract {

    @Override
    protected String serviceName() {
        return "knowledge-service";
    }

    /** A replica without a tenancy snapshot cannot scope a search. */
    @Override
    protected String readinessCheck() {
        return "tenancy snapshot";
    }

    @Override
    protected List<String> ownMeters() {
        return List.of("scv_tenancy_snapshot_age_seconds", "scv_knowledge_index_lag");
    }
}
