package de.servicecenter.contact;

import static io.restassured.RestAssured.given;

import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.rowsecurity.RowSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** contact-service's tables behind row-level security: contacts and issued statements. */
@QuarkusTest
class RowLevelSecurityTest extends RowSecurityContract {

    @Inject
    ContactFixtures fixtures;

    @Override
    protected Map<String, String> tenantColumns() {
        return Map.of("contact", "town", "issued_statement", "host_tenant");
    }

    @Override
    protected Set<String> openTables() {
        return Set.of();
    }

    @Override
    protected void seedRowsOfSeveralTowns() {
        fixtures.reset();
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);
        String arrived = lastMonth.atDay(10) + "T09:14:05+01:00";
        record("bottrop", "call-duisburg", arrived, "rls-bottrop");
        record("castrop-rauxel", "servicecenter-bochum", arrived, "rls-castrop-rauxel");
        record("bochum", "servicecenter-bochum", arrived, "rls-bochum");
        issue("duisburg-admin", "c-duisburg-bottrop", lastMonth);
        issue("bochum-admin", "c-bochum-castrop-rauxel", lastMonth);
    }

    private static void record(String town, String center, String arrivedAt, String key) {
        Map<String, Object> contact = TestContact.call().with("town", town).with("serviceCenter", center)
                .with("arrivedAt", arrivedAt).json();
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType("application/json").header("Idempotency-Key", key)
                .body(contact).post("/api/v1/contacts").then().statusCode(201);
    }

    private static void issue(String user, String contract, YearMonth month) {
        given().auth().oauth2(KeycloakTokens.user(user)).post("/api/v1/contracts/" + contract + "/statements/" + month
                + "/issue").then().statusCode(201);
    }
}
