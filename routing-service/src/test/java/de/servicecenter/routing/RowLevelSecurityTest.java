package de.servicecenter.routing;

import static io.restassured.RestAssured.given;

import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.rowsecurity.RowSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** routing-service's rule sets behind row-level security; the routing table reads them all as the system role. */
@QuarkusTest
class RowLevelSecurityTest extends RowSecurityContract {

    @Inject
    RoutingFixtures fixtures;

    @Override
    protected Map<String, String> tenantColumns() {
        return Map.of("rule_set_version", "town");
    }

    @Override
    protected Set<String> openTables() {
        return Set.of();
    }

    @Override
    protected void seedRowsOfSeveralTowns() {
        fixtures.reset();
        draft("castrop-rauxel-admin", "castrop-rauxel");
        draft("duisburg-admin", "bottrop");
    }

    private static void draft(String user, String town) {
        given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON)
                .body(SeedNetwork.ruleSets().get(town)).put("/api/v1/towns/" + town + "/rule-set/draft").then()
                .statusCode(200);
    }
}
