package de.servicecenter.tenant;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: started, its schema migrated (Flyway runs before startup completes). tenant-service keeps nothing
 * else of its own that a replica could lack; its one dependency, PostgreSQL, is shared by all replicas, so a
 * database outage is answered with 503 problems and Retry-After rather than by taking every replica out
 * (the database's state is in {@code /q/health/group/dependencies}).
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    static final String NAME = "schema migrated";

    private volatile boolean started;

    void started(@Observes StartupEvent event) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(started).build();
    }
}
