package de.servicecenter.knowledge;

import de.servicecenter.testing.ElasticsearchProxy;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * For every test of this module: tenant-service's tenancy endpoint stood in for by {@link TenancyServer}, and
 * Elasticsearch reached through {@link ElasticsearchProxy}, which a test can cut.
 */
@QuarkusTestResource(TenancyServer.class)
@QuarkusTestResource(ElasticsearchProxy.class)
public final class KnowledgeTestResources {

    private KnowledgeTestResources() {
    }
}
