package de.servicecenter.testing.rowsecurity;

import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Served only in the tests (it lives in test-support): a deliberately unfiltered query, run through the service's
 * own data source inside a declared operation of a real caller — the proof that row-level security, not the
 * services' WHERE clauses alone, keeps each town's rows apart. Hidden from the OpenAPI documents.
 */
@Path("/test/row-security")
@Produces(MediaType.APPLICATION_JSON)
public class RowSecurityProbe {

    private final DataSource database;

    RowSecurityProbe(DataSource database) {
        this.database = database;
    }

    /** Every distinct value of {@code column} in {@code table}: {@code SELECT DISTINCT column FROM table}, no filter. */
    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.HOST_ADMIN, Roles.AGENT, Roles.CITY_ADMIN, Roles.PHONE_SYSTEM,
            Roles.PLATFORM_SERVICE})
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    @Operation(hidden = true)
    public List<String> unfiltered(@QueryParam("table") String table, @QueryParam("column") String column)
            throws SQLException {
        try (Connection connection = database.getConnection()) {
            requireColumn(connection, table, column);
            List<String> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT \"" + column + "\"::text FROM \"" + table + "\"");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return new ArrayList<>(new TreeSet<>(values));
        }
    }

    /** Who the connection is, and how each table of the service is guarded. */
    @GET
    @Path("tables")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.HOST_ADMIN, Roles.AGENT, Roles.CITY_ADMIN})
    @Access(value = TenantOperation.READ, on = AccessSubject.NONE)
    @Operation(hidden = true)
    public Map<String, Object> tables() throws SQLException {
        Map<String, Object> answer = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement who = connection.prepareStatement("""
                    SELECT session_user, current_user, r.rolbypassrls, r.rolsuper
                      FROM pg_roles r WHERE r.rolname = session_user""");
                 ResultSet row = who.executeQuery()) {
                row.next();
                answer.put("login", row.getString(1));
                answer.put("role", row.getString(2));
                answer.put("bypassesRowSecurity", row.getBoolean(3) || row.getBoolean(4));
            }
            Map<String, Object> tables = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT c.relname, pg_get_userbyid(c.relowner), c.relrowsecurity, c.relforcerowsecurity
                      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tables.put(rows.getString(1), Map.of("owner", rows.getString(2),
                            "rowSecurity", rows.getBoolean(3) && rows.getBoolean(4)));
                }
            }
            answer.put("tables", tables);
        }
        return answer;
    }

    private static void requireColumn(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("""
                SELECT 1 FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = ? AND column_name = ?""")) {
            check.setString(1, table);
            check.setString(2, column);
            try (ResultSet row = check.executeQuery()) {
                if (!row.next()) {
                    throw InvalidInputProblem.of("column", "no column " + table + "." + column);
                }
            }
        }
    }
}
