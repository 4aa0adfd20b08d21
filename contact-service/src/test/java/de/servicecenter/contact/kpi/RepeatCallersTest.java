package de.servicecenter.contact.kpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repeat callers, told apart by the keyed hash of their numbers (never the numbers themselves). */
@QuarkusTest
class RepeatCallersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    ContactFixtures fixtures;

    private LocalDate periodStart;

    @BeforeEach
    void aCallerCallsThreeTimes() {
        fixtures.reset();
        // Noon, 20 days ago: the first call before the period, the second 3 days later (a repeat, in the period),
        // the third 9 days after that (not a repeat within 7 days); another caller once; an e-mail from the first.
        Instant first = LocalDate.now(BERLIN).minusDays(20).atTime(12, 0).atZone(BERLIN).toInstant();
        periodStart = LocalDate.ofInstant(first, BERLIN).plusDays(1);
        List<Map<String, Object>> contacts = List.of(
                call("k1", first, "+4920411111111"),
                call("k2", first.plus(3, ChronoUnit.DAYS), "+4920411111111"),
                call("k3", first.plus(12, ChronoUnit.DAYS), "+4920411111111"),
                call("k4", first.plus(4, ChronoUnit.DAYS), "+4920412222222"),
                TestContact.call().with("idempotencyKey", "k5").with("arrivedAt", first.plus(5, ChronoUnit.DAYS).toString())
                        .with("channel", "EMAIL").with("callerNumber", "+4920411111111").json(),
                TestContact.call().with("idempotencyKey", "k6").with("arrivedAt", first.plus(6, ChronoUnit.DAYS).toString())
                        .with("town", "dinslaken").with("callerNumber", "+4920411111111").json());
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .body(Map.of("contacts", contacts)).post("/api/v1/contacts/batch").then().statusCode(200);
    }

    private static Map<String, Object> call(String key, Instant at, String number) {
        return TestContact.call().with("idempotencyKey", key).with("arrivedAt", at.toString())
                .with("callerNumber", number).json();
    }

    @Test
    void aCallWithinSevenDaysOfTheCallersLastCallIsARepeat() {
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin"))
                .get("/api/v1/towns/bottrop/repeat-callers?from=" + periodStart + "&to=" + LocalDate.now(BERLIN))
                .then().statusCode(200)
                .body("withinDays", equalTo(7))
                .body("callsWithKnownCaller", equalTo(3))
                .body("repeatCalls", equalTo(1))
                .body("repeatRate", equalTo(0.3333f));
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin"))
                .get("/api/v1/towns/bottrop/repeat-callers?withinDays=10&from=" + periodStart)
                .then().statusCode(200)
                .body("repeatCalls", equalTo(2));
    }

    @Test
    void asCsvWithTheDecimalComma() {
        String csv = given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept("text/csv")
                .get("/api/v1/towns/bottrop/repeat-callers?decimal=comma&from=" + periodStart + "&to="
                        + LocalDate.now(BERLIN))
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();

        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "town;from;to;withinDays;callsWithKnownCaller;repeatCalls;repeatRate",
                "bottrop;" + periodStart + ";" + LocalDate.now(BERLIN) + ";7;3;1;0,3333");
    }

    @Test
    void onlyTheTownsReadersSeeIt() {
        given().auth().oauth2(KeycloakTokens.user("dinslaken-admin")).get("/api/v1/towns/bottrop/repeat-callers")
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).get("/api/v1/towns/bottrop/repeat-callers")
                .then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).get("/api/v1/towns/bottrop/repeat-callers?withinDays=0")
                .then().statusCode(400).body("errors.field", hasItem("withinDays"));
    }
}
