package de.servicecenter.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.DatabaseBehindProxy;
import de.servicecenter.testing.DatabaseOutageContract;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Rule-set administration needs the database; deciding calls does not — it goes on from the table in memory. */
@QuarkusTest
@WithTestResource(value = DatabaseBehindProxy.class, initArgs = @ResourceArg(name = "database", value = "routing_test"))
class DatabaseOutageTest extends DatabaseOutageContract {

    @Inject
    RoutingFixtures fixtures;

    @BeforeEach
    void bottropIsRoutedToDuisburg() {
        fixtures.reset();
        RoutingFixtures.publish("duisburg-admin", "bottrop");
    }

    @Override
    protected Response aRequestThatReadsTheDatabase() {
        return given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).get("/api/v1/towns/bottrop/rule-set/versions");
    }

    @Override
    protected void duringTheOutage() {
        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", "phone-system-secret"))
                .contentType(ContentType.JSON)
                .body(Map.of("dialledNumber", SeedNetwork.BOTTROP_7030, "at", "2026-11-23T10:00:00+01:00"))
                .post("/api/v1/routing/decisions").then()
                .statusCode(200)
                .body("action", equalTo("ROUTE_TO_CENTER"))
                .body("serviceCenter", equalTo("call-duisburg"));
    }
}
