package de.servicecenter.knowledge.search;

import de.servicecenter.commons.health.DatabaseDependency;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether Elasticsearch answers, in the {@code dependencies} group and not in readiness: the cluster is shared by
 * every replica, and while it is away searches answer 503 with Retry-After and writes are indexed once it is back.
 */
@HealthGroup(DatabaseDependency.GROUP)
@ApplicationScoped
public class SearchDependency implements HealthCheck {

    private final Elasticsearch elasticsearch;
    private final ArticleIndexer indexer;

    SearchDependency(Elasticsearch elasticsearch, ArticleIndexer indexer) {
        this.elasticsearch = elasticsearch;
        this.indexer = indexer;
    }

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = elasticsearch.status("GET", "/_cluster/health?timeout=2s") == 200;
        } catch (SearchUnavailable e) {
            up = false;
        }
        return HealthCheckResponse.named("elasticsearch").status(up)
                .withData("articlesAwaitingIndex", indexer.lag().articles())
                .build();
    }
}
