package de.servicecenter.contact.reachability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicReachabilityTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    ContactFixtures fixtures;

    @Inject
    ReachabilityService reachability;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aPortalSeesTodayAndTheLastHourAsAggregatesOnly() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Two calls in the last hour (one answered in 12 s, one abandoned after 40 s), one two hours ago
        // answered in 50 s, one short abandon (left out), one e-mail (not a call), one from yesterday.
        List<Instant> times = List.of(now.minusSeconds(600), now.minusSeconds(1200), now.minusSeconds(7200),
                now.minusSeconds(900), now.minusSeconds(300), now.minus(1, ChronoUnit.DAYS).minusSeconds(7200));
        List<Map<String, Object>> contacts = List.of(
                TestContact.call(times.get(0).toString(), 12, "RESOLVED", 100).with("idempotencyKey", "r1")
                        .with("agent", "agent-secret-1").with("callerNumber", "+4920419999999").json(),
                TestContact.call(times.get(1).toString(), 40, "ABANDONED", 0).with("idempotencyKey", "r2").json(),
                TestContact.call(times.get(2).toString(), 50, "FORWARDED", 100).with("idempotencyKey", "r3").json(),
                TestContact.call(times.get(3).toString(), 2, "ABANDONED", 0).with("idempotencyKey", "r4").json(),
                TestContact.call(times.get(4).toString(), 5, "RESOLVED", 100).with("idempotencyKey", "r5")
                        .with("channel", "EMAIL").json(),
                TestContact.call(times.get(5).toString(), 5, "RESOLVED", 100).with("idempotencyKey", "r6").json());
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .body(Map.of("contacts", contacts)).post("/api/v1/contacts/batch").then().statusCode(200);

        JsonPath reachability = given().get("/public/v1/towns/bottrop/reachability").then()
                .statusCode(200)
                .header("Cache-Control", containsString("public"))
                .header("ETag", notNullValue())
                .extract().jsonPath();

        assertThat(reachability.getMap("")).containsOnlyKeys("town", "at", "serviceLevelSeconds", "today", "lastHour");
        assertThat(reachability.getMap("lastHour")).containsOnlyKeys("from", "calls", "answeredShare", "serviceLevel",
                "averageWaitSeconds");
        assertThat(reachability.getMap("today")).containsOnlyKeys("from", "calls", "answeredShare", "serviceLevel",
                "averageWaitSeconds");
        assertThat(reachability.getInt("serviceLevelSeconds")).isEqualTo(30);
        assertThat(reachability.getLong("lastHour.calls")).isEqualTo(2);
        assertThat(reachability.getFloat("lastHour.answeredShare")).isEqualTo(0.5f);
        assertThat(reachability.getFloat("lastHour.serviceLevel")).isEqualTo(0.5f);
        assertThat(reachability.getFloat("lastHour.averageWaitSeconds")).isEqualTo(12.0f);

        // Today in Berlin: whichever of the calls fell on today's date (near midnight, fewer do).
        LocalDate today = LocalDate.now(BERLIN);
        boolean r1 = LocalDate.ofInstant(times.get(0), BERLIN).equals(today);
        boolean r2 = LocalDate.ofInstant(times.get(1), BERLIN).equals(today);
        boolean r3 = LocalDate.ofInstant(times.get(2), BERLIN).equals(today);
        assertThat(reachability.getLong("today.calls")).isEqualTo((r1 ? 1 : 0) + (r2 ? 1 : 0) + (r3 ? 1 : 0));
        assertThat(reachability.getString("today.from")).startsWith(today.toString() + "T00:00");

        String body = given().get("/public/v1/towns/bottrop/reachability").then().extract().asString();
        assertThat(body).doesNotContain("agent-secret-1", "+4920419999999", "r1", "call-duisburg", "RESOLVED");
    }

    /** Once counted, a town's figures are served ready from the HTTP layer: the very bytes the resource sent. */
    @Test
    void countedFiguresAreServedReadyAsTheResourceSentThem() {
        var counted = given().get("/public/v1/towns/dinslaken/reachability").then().statusCode(200).extract();
        assertThat(reachability.ready("dinslaken")).as("held ready").isPresent();

        var ready = given().get("/public/v1/towns/dinslaken/reachability").then().statusCode(200)
                .contentType("application/json").extract();
        assertThat(ready.asByteArray()).isEqualTo(counted.asByteArray());
        assertThat(ready.header("ETag")).isEqualTo(counted.header("ETag"));
        assertThat(ready.header("Cache-Control")).isEqualTo(counted.header("Cache-Control"));
        assertThat(reachability.ready("nowhere")).as("unknown towns are never ready").isEmpty();
    }

    @Test
    void portalsRevalidateWithTheEtag() {
        String etag = given().get("/public/v1/towns/dinslaken/reachability").then().statusCode(200)
                .body("today.calls", equalTo(0))
                .body("today.answeredShare", equalTo(null))
                .extract().header("ETag");

        given().header("If-None-Match", etag).get("/public/v1/towns/dinslaken/reachability").then().statusCode(304);
    }

    @Test
    void aPastMomentShowsTheFiguresAsTheyWereThen() {
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON).body(Map.of("contacts", List.of(
                        TestContact.call("2026-10-25T02:30:00+02:00", 12, "RESOLVED", 100).with("idempotencyKey", "p1").json(),
                        TestContact.call("2026-10-25T02:30:00+01:00", 44, "RESOLVED", 100).with("idempotencyKey", "p2").json(),
                        TestContact.call("2026-10-24T23:30:00+02:00", 10, "RESOLVED", 100).with("idempotencyKey", "p3").json())))
                .post("/api/v1/contacts/batch").then().statusCode(200);

        // 03:00 CET on the 25-hour day: both 02:30s were today, and in the last 60 minutes only the second one.
        given().queryParam("at", "2026-10-25T03:00:00+01:00").get("/public/v1/towns/bottrop/reachability").then()
                .statusCode(200)
                .body("at", equalTo("2026-10-25T03:00:00+01:00"))
                .body("today.from", equalTo("2026-10-25T00:00:00+02:00"))
                .body("today.calls", equalTo(2))
                .body("today.serviceLevel", equalTo(0.5f))
                .body("lastHour.calls", equalTo(1))
                .body("lastHour.averageWaitSeconds", equalTo(44.0f));
        given().get("/public/v1/towns/bottrop/reachability?at=2099-01-01T10:00").then()
                .statusCode(400).body("errors[0].field", equalTo("at"));
        given().get("/public/v1/towns/bottrop/reachability?at=gestern").then()
                .statusCode(400).body("errors[0].field", equalTo("at"));
    }

    @Test
    void anUnknownTownIsNotFound() {
        given().get("/public/v1/towns/atlantis/reachability").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
