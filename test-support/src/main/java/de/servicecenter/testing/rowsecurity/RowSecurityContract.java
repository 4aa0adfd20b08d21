package de.servicecenter.testing.rowsecurity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import de.servicecenter.testing.KeycloakTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database as second wall, proven per service with real tokens: the service logs in as a role that owns no table
 * and cannot bypass policies, every table holding tenant data forces row-level security, and a query without any
 * tenant filter, run through the service's own data source ({@link RowSecurityProbe}), returns only the rows of the
 * tenants the request may see — Castrop-Rauxel's admin sees Castrop-Rauxel's and its host Bochum's rows, never
 * Bottrop's or Duisburg's; a principal without a tenant sees none; the platform's admin all.
 */
public abstract class RowSecurityContract {

    /** Castrop-Rauxel and its host under contract. */
    protected static final Set<String> CASTROP_RAUXEL_SEES = Set.of("castrop-rauxel", "bochum");

    /** Tables holding tenant data whose reads are per tenant, each with a column naming a tenant. */
    protected abstract Map<String, String> tenantColumns();

    /** Tables everyone may read (a catalog, the public registry) or without tenant data: no per-tenant reads. */
    protected abstract Set<String> openTables();

    /** Rows of Castrop-Rauxel, Bochum and towns foreign to them (Bottrop, Duisburg …) in every table of {@link #tenantColumns}. */
    protected abstract void seedRowsOfSeveralTowns();

    @BeforeEach
    void rowsOfSeveralTowns() {
        seedRowsOfSeveralTowns();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServiceLogsInAsARoleThatOwnsNoTableAndCannotBypassPolicies() {
        Map<String, Object> guard = given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin"))
                .get("/test/row-security/tables").then().statusCode(200).extract().as(Map.class);
        String login = (String) guard.get("login");
        assertThat(login, endsWith("_service"));
        assertThat(guard.get("bypassesRowSecurity"), equalTo(false));
        Map<String, Map<String, Object>> tables = (Map<String, Map<String, Object>>) guard.get("tables");
        tables.forEach((table, facts) -> {
            assertThat(table + " owner", (String) facts.get("owner"), not(equalTo(login)));
            if (!table.equals("flyway_schema_history") && !openTables().contains(table)
                    || tenantColumns().containsKey(table)) {
                assertThat(table + " forces row-level security", facts.get("rowSecurity"), equalTo(true));
            }
        });
        assertThat(tables.keySet(), hasItem(tenantColumns().keySet().iterator().next()));
    }

    @Test
    void aQueryWithoutItsTenantFilterReturnsOnlyTheRequestsTenantsRows() {
        tenantColumns().forEach((table, column) -> {
            List<String> all = unfiltered("verbund-admin", table, column);
            assertThat(table + " has rows beyond Castrop-Rauxel's and Bochum's to hide", all,
                    hasItem(not(in(CASTROP_RAUXEL_SEES))));
            List<String> castropRauxel = unfiltered("castrop-rauxel-admin", table, column);
            assertThat(table + "." + column + " as castrop-rauxel-admin", castropRauxel, everyItem(in(CASTROP_RAUXEL_SEES)));
            assertThat(table + "." + column + " as castrop-rauxel-admin", castropRauxel, not(empty()));
            assertThat(table + "." + column + " without a tenant", unfiltered("no-tenant-user", table, column), empty());
        });
    }

    private static List<String> unfiltered(String user, String table, String column) {
        return given().auth().oauth2(KeycloakTokens.user(user)).queryParam("table", table).queryParam("column", column)
                .get("/test/row-security").then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }
}
