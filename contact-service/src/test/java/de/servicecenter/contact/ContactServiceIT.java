package de.servicecenter.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The baseline again, against the packaged service — the native executable in the native profile (README "Native
 * executables"): started as a process of its own, with the test stack and the test profile. Beyond it, the phone
 * system's path: a contact logged once however often it is sent, and read back by the town it belongs to.
 */
@QuarkusIntegrationTest
class ContactServiceIT extends ContactServiceBaselineTest {

    @Test
    void logsAContactOnceAndTheTownReadsItBack() throws InterruptedException {
        TenancyServer.serve(new TenancySnapshot(ContactFixtures.TOWNS, List.of(ContactFixtures.BOCHUM_CASTROP_RAUXEL,
                ContactFixtures.DUISBURG_BOTTROP, ContactFixtures.DUISBURG_DINSLAKEN), ContactFixtures.AREAS,
                ContactFixtures.CENTERS));
        String key = "native-" + UUID.randomUUID();
        // Bottrop's contract with Duisburg is in what was just served; until the service has fetched it, 422
        String id = TenancyServer.onceTakenUp(() -> post(key), 422).then().statusCode(201).header("Idempotent-Replayed", "false")
                .body("town", equalTo("bottrop"))
                .body("arrivedAt", equalTo("2026-10-12T09:14:05+02:00"))
                .extract().path("id");
        post(key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).get("/api/v1/contacts/" + id).then()
                .statusCode(200).body("idempotencyKey", equalTo(key));
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).get("/api/v1/contacts/" + id).then()
                .statusCode(404);
    }

    private static Response post(String key) {
        return given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(TestContact.call().json()).post("/api/v1/contacts");
    }
}
