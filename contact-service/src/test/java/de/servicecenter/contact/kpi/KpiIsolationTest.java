package de.servicecenter.contact.kpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who reads whose KPIs, with real Keycloak tokens. */
@QuarkusTest
class KpiIsolationTest {

    private static final String PERIOD = "?from=2026-10-01&to=2026-10-31";

    /** A second host for Bottrop (imagined): Kreis Soest answers its Kfz-Zulassung calls. */
    private static final DelegationGrant SOEST_BOTTROP = new DelegationGrant("c-soest-bottrop", "kreis-soest",
            "bottrop", "servicecenter-kreis-soest", false, Set.of("kfz-zulassung"), LocalDate.of(2026, 1, 1),
            Optional.empty(), CostModel.perMinute(new BigDecimal("0.95")));

    @Inject
    ContactFixtures fixtures;

    @BeforeEach
    void twoHostsServeBottrop() {
        fixtures.reset();
        fixtures.contracts(List.of(ContactFixtures.DUISBURG_BOTTROP, ContactFixtures.DUISBURG_DINSLAKEN, SOEST_BOTTROP));
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON).body(Map.of("contacts", List.of(
                        TestContact.call().with("idempotencyKey", "duisburg-1").json(),
                        TestContact.call().with("idempotencyKey", "duisburg-2").with("serviceArea", "kfz-zulassung").json(),
                        TestContact.call().with("idempotencyKey", "soest-1").with("serviceCenter", "servicecenter-kreis-soest")
                                .with("serviceArea", "kfz-zulassung").json(),
                        TestContact.call().with("idempotencyKey", "dinslaken-1").with("town", "dinslaken").json())))
                .post("/api/v1/contacts/batch").then().statusCode(200);
    }

    private static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(KeycloakTokens.user(user)).get(path + PERIOD).then();
    }

    @Test
    void aTownReadsItsOwnKpisAndNeverItsNeighbours() {
        get("bottrop-admin", "/api/v1/towns/bottrop/kpis").statusCode(200).body("total.offered", equalTo(3));
        get("dinslaken-admin", "/api/v1/towns/dinslaken/kpis").statusCode(200).body("total.offered", equalTo(1));

        String neighbour = get("bottrop-admin", "/api/v1/towns/dinslaken/kpis").statusCode(404)
                .extract().path("detail");
        String nowhere = get("bottrop-admin", "/api/v1/towns/atlantis/kpis").statusCode(404).extract().path("detail");
        assertThat(neighbour.replace("dinslaken", "?")).isEqualTo(nowhere.replace("atlantis", "?"));
    }

    @Test
    void aHostSeesWhatItsOwnCentersHandledForAClient() {
        get("duisburg-admin", "/api/v1/towns/bottrop/kpis").statusCode(200).body("total.offered", equalTo(2));
        get("kreis-soest-admin", "/api/v1/towns/bottrop/kpis").statusCode(200).body("total.offered", equalTo(1));
        get("bochum-admin", "/api/v1/towns/bottrop/kpis").statusCode(404);
        get("verbund-admin", "/api/v1/towns/bottrop/kpis").statusCode(200).body("total.offered", equalTo(3));
    }

    @Test
    void aCentersKpisAreItsHostsOnly() {
        get("duisburg-admin", "/api/v1/service-centers/call-duisburg/kpis").statusCode(200)
                .body("total.offered", equalTo(3));
        get("kreis-soest-admin", "/api/v1/service-centers/call-duisburg/kpis").statusCode(404);
        get("bochum-admin", "/api/v1/service-centers/call-atlantis/kpis").statusCode(404);
        get("bottrop-admin", "/api/v1/service-centers/call-duisburg/kpis").statusCode(403);
    }

    @Test
    void thePhoneSystemAndAnonymousCallersReadNoKpis() {
        given().auth().oauth2(ContactFixtures.phoneSystem()).get("/api/v1/towns/bottrop/kpis").then().statusCode(403);
        given().get("/api/v1/towns/bottrop/kpis").then().statusCode(401);
        get("duisburg-agent", "/api/v1/towns/bottrop/kpis").statusCode(403);
    }
}
