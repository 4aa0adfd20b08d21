package de.servicecenter.tenant.servicearea;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service-area catalog: seeded by migration, extended by platform admins only. */
@QuarkusTest
class ServiceAreaTest {

    @Inject
    TenantFixtures fixtures;

    @Inject
    ServiceAreaRepository areas;

    @BeforeEach
    void catalogAsMigrated() {
        fixtures.reset();
        QuarkusTransaction.requiringNew().run(() -> areas.delete("code = 'jugendamt'"));
    }

    @Test
    void everyoneSignedInReadsTheCatalog() {
        given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin")).get("/api/v1/service-areas").then()
                .statusCode(200)
                .body("code", hasItems("buergerbuero", "ordnungswesen", "auslaenderwesen", "standesamt",
                        "kfz-zulassung", "zentrale"));
        given().get("/api/v1/service-areas").then().statusCode(401);
    }

    @Test
    void platformAdminAddsAnAreaWithLeikaKeys() {
        given().auth().oauth2(KeycloakTokens.user("verbund-admin")).contentType(ContentType.JSON)
                .body("{\"code\": \"jugendamt\", \"name\": \"Jugendamt\", \"leikaKeys\": [\"99001001000000\"]}")
                .post("/api/v1/service-areas").then().statusCode(201).body("leikaKeys", contains("99001001000000"));
        given().auth().oauth2(KeycloakTokens.user("verbund-admin")).contentType(ContentType.JSON)
                .body("{\"code\": \"jugendamt\", \"name\": \"Jugendamt\"}")
                .post("/api/v1/service-areas").then().statusCode(409).body("errors[0].field", equalTo("code"));
    }

    @Test
    void badLeikaKeyAndOtherRolesAreRefused() {
        given().auth().oauth2(KeycloakTokens.user("verbund-admin")).contentType(ContentType.JSON)
                .body("{\"code\": \"jugendamt\", \"name\": \"Jugendamt\", \"leikaKeys\": [\"12345\"]}")
                .post("/api/v1/service-areas").then().statusCode(400)
                .body("errors[0].field", equalTo("leikaKeys[]"));
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON)
                .body("{\"code\": \"jugendamt\", \"name\": \"Jugendamt\"}")
                .post("/api/v1/service-areas").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.user("verbund-admin")).get("/api/v1/service-areas/jugendamt").then()
                .statusCode(404);
    }
}
