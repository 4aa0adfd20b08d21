package de.servicecenter.commons.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets the {@link RowScope} of every connection the service takes from its pool, and clears it when the connection
 * goes back: the role ({@code SET ROLE} to the public or system role, which the login role may switch to but does not
 * inherit) and the tenants the policies let through ({@code scv.tenants}). The service's login role owns no table
 * and has no {@code BYPASSRLS}, and every table holding tenant data forces row-level security — so a query that
 * forgot its tenant filter still returns only the current request's tenants' rows.
 */
@ApplicationScoped
public class RowSecurity implements AgroalPoolInterceptor {

    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String publicRole;
    private final String systemRole;

    RowSecurity(@ConfigProperty(name = "scv.database.public-role") String publicRole,
                @ConfigProperty(name = "scv.database.system-role") String systemRole) {
        this.publicRole = requireRoleName(publicRole);
        this.systemRole = requireRoleName(systemRole);
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        RowScope scope = current();
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('scv.tenants', ?, false)")) {
            switch (scope.kind()) {
                case SYSTEM -> execute(connection, "SET ROLE " + systemRole);
                case PUBLIC -> execute(connection, "SET ROLE " + publicRole);
                case TENANTS -> execute(connection, "RESET ROLE");
            }
            set.setString(1, scope.setting());
            set.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the row scope of a database connection", e);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            execute(connection, "RESET ROLE; SELECT set_config('scv.tenants', '', false)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear the row scope of a database connection", e);
        }
    }

    /** The scope of the work taking a connection now: system work, else the current request's declared operation. */
    static RowScope current() {
        if (RowScope.insideSystemWork() || !Arc.container().requestContext().isActive()) {
            return RowScope.SYSTEM;
        }
        try (InstanceHandle<TenantAccess> access = Arc.container().instance(TenantAccess.class)) {
            return Optional.ofNullable(access.get()).map(TenantAccess::rowScope).orElse(RowScope.SYSTEM);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String requireRoleName(String role) {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not a role name: " + role);
        }
        return role;
    }
}
