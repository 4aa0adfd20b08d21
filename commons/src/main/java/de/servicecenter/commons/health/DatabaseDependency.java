package de.servicecenter.commons.health;

import de.servicecenter.commons.tenancy.RowScope;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

/**
 * Whether this replica reaches its PostgreSQL — reported in the {@code dependencies} group
 * ({@code /q/health/group/dependencies}), deliberately not in readiness: the database is shared by every replica,
 * so taking replicas out during a failover would only turn 503 problems with Retry-After into refused connections
 * for all of them at once. Readiness asks what is local to a replica (see docs/architecture.md, "Readiness").
 */
@HealthGroup(DatabaseDependency.GROUP)
@ApplicationScoped
public class DatabaseDependency implements HealthCheck {

    public static final String GROUP = "dependencies";
    static final int TIMEOUT_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(DatabaseDependency.class);

    private final DataSource database;

    DatabaseDependency(DataSource database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            RowScope.system(() -> {
                try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                    statement.setQueryTimeout(TIMEOUT_SECONDS);
                    statement.execute("SELECT 1");
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            return HealthCheckResponse.named("database").up().build();
        } catch (RuntimeException e) {
            LOG.warnf("Database not reachable: %s", e.getMessage());
            return HealthCheckResponse.named("database").down().build(); // the why goes to the log, not the wire
        }
    }
}
