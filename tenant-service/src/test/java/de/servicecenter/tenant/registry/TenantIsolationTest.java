package de.servicecenter.tenant.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tenant isolation proven with real tokens from the local stack's Keycloak. */
@QuarkusTest
class TenantIsolationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    TenantFixtures fixtures;

    @BeforeEach
    void demoTowns() {
        fixtures.reset();
    }

    @Test
    void cityAdminReadsItsOwnTenant() {
        given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin"))
                .when().get("/api/v1/towns/castrop-rauxel")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo("castrop-rauxel"))
                .body("ags", equalTo("05562004"))
                .body("federalState", equalTo("DE-NW"))
                .body("centralNumbers", hasItems("+4923051060"));
    }

    @Test
    void anotherTownAnswers404ExactlyLikeATownThatDoesNotExist() {
        String token = KeycloakTokens.user("castrop-rauxel-admin");
        String otherTown = given().auth().oauth2(token).when().get("/api/v1/towns/bottrop")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:problem:servicecenter-verbund:not-found"))
                .extract().path("detail");
        String noTown = given().auth().oauth2(token).when().get("/api/v1/towns/gibt-es-nicht")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .extract().path("detail");
        assertThat(otherTown).isEqualTo("No town 'bottrop'.");
        assertThat(noTown).isEqualTo("No town 'gibt-es-nicht'.");
    }

    @Test
    void requestWithoutTokenGets401WithBearerChallenge() {
        given().when().get("/api/v1/towns/castrop-rauxel")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:problem:servicecenter-verbund:unauthorized"));
    }

    /**
     * A principal without a tenant, or with one the platform does not know, acts for nobody: it gets the very 404 of
     * an object that does not exist, so that it cannot tell existing towns from missing ones.
     */
    @Test
    void tokenWithoutOrWithAnUnknownTenantGetsTheSame404AsForNothing() {
        for (String user : List.of("no-tenant-user", "unknown-tenant-user")) {
            String token = KeycloakTokens.user(user);
            String existing = given().auth().oauth2(token).when().get("/api/v1/towns/castrop-rauxel")
                    .then().statusCode(404).contentType(PROBLEM_JSON).extract().asString();
            String missing = given().auth().oauth2(token).when().get("/api/v1/towns/gibt-es-nicht")
                    .then().statusCode(404).contentType(PROBLEM_JSON).extract().asString();
            assertThat(existing.replace("castrop-rauxel", "gibt-es-nicht")).isEqualTo(missing);
        }
    }

    @Test
    void tokenSignedByAnotherIssuerGets401() {
        // Same username, same tenant claim, even platform-admin: but issued by realm "elsewhere".
        given().auth().oauth2(KeycloakTokens.userOfForeignRealm("castrop-rauxel-admin"))
                .when().get("/api/v1/towns/castrop-rauxel")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenWithForgedTenantClaimGets401() {
        String[] parts = KeycloakTokens.user("castrop-rauxel-admin").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"castrop-rauxel\"", "\"bottrop\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        given().auth().oauth2(forged)
                .when().get("/api/v1/towns/bottrop")
                .then().statusCode(401);
    }

    @Test
    void cityItIntegrationIsPinnedToItsTenantByTheClaimMapper() {
        String token = KeycloakTokens.serviceAccount("castrop-rauxel-it", "castrop-rauxel-it-secret");
        given().auth().oauth2(token).when().get("/api/v1/towns/castrop-rauxel").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/towns/bottrop").then().statusCode(404);
    }

    @Test
    void phoneSystemActsForNoTenantAndCannotReadTheRegistry() {
        // The phone system's token is not even meant for this service (audience routing/contact only).
        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", "phone-system-secret"))
                .when().get("/api/v1/towns/castrop-rauxel")
                .then().statusCode(401);
    }

    @Test
    void cityAdminCannotRegisterOrListTenants() {
        String token = KeycloakTokens.user("castrop-rauxel-admin");
        given().auth().oauth2(token).contentType("application/json")
                .body(TenantRegistryTest.json("kirchhellen", "05512999", "+4920459999"))
                .when().post("/api/v1/towns")
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(token).when().get("/api/v1/towns").then().statusCode(403);
        assertThat(fixtures.count()).isEqualTo(3);
    }

    @Test
    void platformAdminReadsEveryTenant() {
        String token = KeycloakTokens.user("verbund-admin");
        given().auth().oauth2(token).when().get("/api/v1/towns/bottrop").then().statusCode(200)
                .body("name", equalTo("Stadt Bottrop"));
        given().auth().oauth2(token).when().get("/api/v1/towns?federalState=DE-NW&size=2").then().statusCode(200)
                .body("items.id", equalTo(List.of("bochum", "bottrop")))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
    }

    @Test
    void problemResponsesRevealNoInternals() {
        given().auth().oauth2(KeycloakTokens.user("verbund-admin")).contentType("application/json")
                .body("{\"id\": ")
                .when().post("/api/v1/towns")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body(not(containsString("Exception")))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("de.servicecenter")));
    }
}
