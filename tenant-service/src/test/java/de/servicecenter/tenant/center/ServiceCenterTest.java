package de.servicecenter.tenant.center;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import de.servicecenter.tenant.DemoNetwork;
import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service centers: host admins run their own tenant's centers; nobody else sees them. */
@QuarkusTest
class ServiceCenterTest {

    private static final String SECOND_CENTER = """
            {"id": "buergertelefon-bochum", "hostTown": "bochum", "name": "Bürgertelefon Bochum",
             "phoneNumbers": ["+492349101"]}""";

    @Inject
    TenantFixtures fixtures;

    @BeforeEach
    void demoNetwork() {
        fixtures.resetNetwork();
        DemoNetwork.build();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void hostAdminOpensAndListsItsCenters() {
        as("bochum-admin").body(SECOND_CENTER).post("/api/v1/service-centers").then().statusCode(201)
                .header("Location", endsWith("/api/v1/service-centers/buergertelefon-bochum"))
                .body("status", equalTo("ACTIVE"));
        as("bochum-agent").get("/api/v1/service-centers").then().statusCode(200)
                .body("id", contains("buergertelefon-bochum", "servicecenter-bochum"));
    }

    @Test
    void centersOfAnotherHostAreInvisibleAndCannotBeCreated() {
        as("duisburg-admin").get("/api/v1/service-centers/servicecenter-bochum").then().statusCode(404)
                .body("detail", equalTo("No service center 'servicecenter-bochum'."));
        as("duisburg-admin").get("/api/v1/service-centers?town=bochum").then().statusCode(404);
        as("duisburg-admin").body(SECOND_CENTER).post("/api/v1/service-centers").then().statusCode(422)
                .body("errors.field", contains("hostTown"));
        as("bochum-admin").get("/api/v1/service-centers/buergertelefon-bochum").then().statusCode(404);
    }

    @Test
    void duplicateIdAndCityAdminsAreRefused() {
        as("bochum-admin").body(SECOND_CENTER.replace("buergertelefon-bochum", "servicecenter-bochum"))
                .post("/api/v1/service-centers").then().statusCode(409).body("errors.field", contains("id"));
        as("castrop-rauxel-admin").body(SECOND_CENTER).post("/api/v1/service-centers").then().statusCode(403);
    }

    @Test
    void anInactiveCenterAnswersNoCallsWhateverItsHours() {
        // "now" is answered from a copy made once a minute: the change must reach it at once all the same
        given().get("/public/v1/towns/castrop-rauxel/opening-status?serviceArea=buergerbuero").then().statusCode(200)
                .body("phone.serviceCenter.active", equalTo(true));
        var read = as("bochum-admin").get("/api/v1/service-centers/servicecenter-bochum").then().statusCode(200)
                .extract();
        as("bochum-admin").header("If-Match", read.header("ETag")).body("""
                {"id": "servicecenter-bochum", "hostTown": "bochum", "name": "ServiceCenter Bochum",
                 "phoneNumbers": ["+492349100"], "status": "INACTIVE"}""")
                .put("/api/v1/service-centers/servicecenter-bochum").then().statusCode(200)
                .body("status", equalTo("INACTIVE"));

        given().urlEncodingEnabled(false)
                .get("/public/v1/towns/castrop-rauxel/opening-status?serviceArea=buergerbuero&at=2026-11-24T10:00:00%2B01:00")
                .then().statusCode(200)
                .body("phone.serviceCenter.active", equalTo(false))
                .body("phone.hours.open", equalTo(false))
                .body("phone.hours.closedReason.kind", equalTo("OUT_OF_OPERATION"));
        given().get("/public/v1/towns/castrop-rauxel/opening-status?serviceArea=buergerbuero").then().statusCode(200)
                .body("phone.serviceCenter.active", equalTo(false));
    }
}
