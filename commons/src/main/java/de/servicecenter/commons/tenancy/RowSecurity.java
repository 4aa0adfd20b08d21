package de.servicecenter.commons.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets the {@link RowScope} of every connection the service takes from its pool: the role (the public or system
 * role, which the login role may switch to but does not inherit, or the login role itself) and the tenants the
 * policies let through ({@code scv.tenants}). The service's login role owns no table
 * and has no {@code BYPASSRLS}, and every table holding tenant data forces row-level security — so a query that
 * forgot its tenant filter still returns only the current request's tenants' rows.
 */
@ApplicationScoped
public class RowSecurity implements AgroalPoolInterceptor {

    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String publicRole;
    private final String systemRole;
    /** What each physical connection carries, as far as it is committed. */
    private final Map<Connection, String> applied = Collections.synchronizedMap(new WeakHashMap<>());

    RowSecurity(@ConfigProperty(name = "scv.database.public-role") String publicRole,
                @ConfigProperty(name = "scv.database.system-role") String systemRole) {
        this.publicRole = requireRoleName(publicRole);
        this.systemRole = requireRoleName(systemRole);
    }

    /**
     * Sets the role ({@code none}: the login role itself) and the tenants — in one round trip, and only when the
     * physical connection does not carry exactly these already: a setting made outside a transaction is committed and
     * stays with the connection (the phone system's contacts, one transaction each, then cost no extra round trip).
     * A setting made inside a transaction is not remembered, since a rollback takes it back.
     */
    @Override
    public void onConnectionAcquire(Connection connection) {
        RowScope scope = current();
        String role = switch (scope.kind()) {
            case SYSTEM -> systemRole;
            case PUBLIC -> publicRole;
            case TENANTS -> "none";
        };
        String wanted = role + "/" + scope.setting();
        try {
            Connection physical = connection.unwrap(Connection.class);
            boolean lasting = connection.getAutoCommit();
            if (lasting && wanted.equals(applied.get(physical))) {
                return;
            }
            try (PreparedStatement set = connection.prepareStatement(
                    "SELECT set_config('role', ?, false), set_config('scv.tenants', ?, false)")) {
                set.setString(1, role);
                set.setString(2, scope.setting());
                set.execute();
            }
            if (lasting) {
                applied.put(physical, wanted);
            } else {
                applied.remove(physical);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the row scope of a database connection", e);
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

    private static String requireRoleName(String role) {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not a role name: " + role);
        }
        return role;
    }
}
