package de.servicecenter.contact.contactlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.PrometheusMetrics;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactIngestionTest {

    @Inject
    ContactFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private static ValidatableResponse post(String token, String key, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/contacts").then();
    }

    private static ValidatableResponse postBatch(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contacts/batch").then();
    }

    @Test
    void theAgentLogsAContactOnceAndReadsItBack() {
        String id = post(KeycloakTokens.user("duisburg-agent"), "call-0001", TestContact.call().with("leikaKey",
                "99115005104000").with("articles", List.of("3f0c9a52-6d1e-4f7a-9c55-2b1d0e8f6a11")).with("agent",
                "agent-7f3a").json())
                .statusCode(201)
                .header("Location", containsString("/api/v1/contacts/"))
                .header("Idempotent-Replayed", "false")
                .body("town", equalTo("bottrop"))
                .body("contract", equalTo(ContactFixtures.DUISBURG_BOTTROP.contractId()))
                .body("arrivedAt", equalTo("2026-10-12T09:14:05+02:00"))
                .extract().path("id");

        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).get("/api/v1/contacts/" + id).then()
                .statusCode(200)
                .body("idempotencyKey", equalTo("call-0001"))
                .body("leikaKey", equalTo("99115005104000"))
                .body("articles", hasItem("3f0c9a52-6d1e-4f7a-9c55-2b1d0e8f6a11"))
                .body("agent", equalTo("agent-7f3a"));
        assertThat(fixtures.contacts()).isEqualTo(1);
    }

    /** What became of each contact shows on /q/metrics: stored, replayed, refused with its status. */
    @Test
    void storedReplayedAndRefusedContactsAreCounted() {
        double stored = PrometheusMetrics.value("scv_contacts_total", "result=\"stored\"");
        double replayed = PrometheusMetrics.value("scv_contacts_total", "result=\"replayed\"");
        double refused = PrometheusMetrics.value("scv_contacts_refused_total", "status=\"400\"");

        post(ContactFixtures.phoneSystem(), "pbx-metrics-1", TestContact.call().json()).statusCode(201);
        post(ContactFixtures.phoneSystem(), "pbx-metrics-1", TestContact.call().json()).statusCode(201);
        post(ContactFixtures.phoneSystem(), "pbx-metrics-2", TestContact.call().without("outcome").json()).statusCode(400);
        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", List.of(
                TestContact.call().with("idempotencyKey", "pbx-metrics-3").json(),
                TestContact.call().with("idempotencyKey", "pbx-metrics-1").json()))).statusCode(200);

        assertThat(PrometheusMetrics.value("scv_contacts_total", "result=\"stored\"")).isEqualTo(stored + 2);
        assertThat(PrometheusMetrics.value("scv_contacts_total", "result=\"replayed\"")).isEqualTo(replayed + 2);
        assertThat(PrometheusMetrics.value("scv_contacts_refused_total", "status=\"400\"")).isEqualTo(refused + 1);
    }

    @Test
    void aReplayAnswersTheFirstResultAndStoresNothing() {
        Map<String, Object> contact = TestContact.call().json();
        String first = post(ContactFixtures.phoneSystem(), "pbx-4711", contact).statusCode(201).extract().path("id");

        // The same contact, sent with another offset for the same instant: still the same contact.
        Map<String, Object> sameInstant = TestContact.call().with("arrivedAt", "2026-10-12T07:14:05Z").json();
        String replay = post(ContactFixtures.phoneSystem(), "pbx-4711", sameInstant)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract().path("id");

        assertThat(replay).isEqualTo(first);
        assertThat(fixtures.contacts()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherContactIsAConflict() {
        post(ContactFixtures.phoneSystem(), "pbx-4712", TestContact.call().json()).statusCode(201);

        post(ContactFixtures.phoneSystem(), "pbx-4712", TestContact.call().with("talkSeconds", 205).json())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        assertThat(fixtures.count("talk_seconds = 205")).isZero();
    }

    @Test
    void aContactNeedsAnIdempotencyKey() {
        post(ContactFixtures.phoneSystem(), null, TestContact.call().json())
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        post(ContactFixtures.phoneSystem(), "has space", TestContact.call().json())
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        post(ContactFixtures.phoneSystem(), "key-a", TestContact.call().with("idempotencyKey", "key-b").json())
                .statusCode(400)
                .body("errors.field", hasItem("idempotencyKey"));
        assertThat(fixtures.contacts()).isZero();
    }

    @Test
    void badFieldsAreNamedAndNothingIsStored() {
        post(ContactFixtures.phoneSystem(), "bad-1", TestContact.call().with("waitingSeconds", -3)
                .with("wrapUpSeconds", -1).without("serviceArea").json())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("waitingSeconds", "wrapUpSeconds", "serviceArea"));
        post(ContactFixtures.phoneSystem(), "bad-2", TestContact.call().with("outcome", "HUNG_UP").json())
                .statusCode(400)
                .body("errors.field", hasItem("outcome"))
                .body("detail", notNullValue());
        post(ContactFixtures.phoneSystem(), "bad-3", TestContact.call().with("leikaKey", "9911500").json())
                .statusCode(400)
                .body("errors.field", hasItem("leikaKey"));
        post(ContactFixtures.phoneSystem(), "bad-4", TestContact.call().with("callerNumber", "0204 123456").json())
                .statusCode(400)
                .body("errors.field", hasItem("callerNumber"));
        assertThat(fixtures.contacts()).isZero();
    }

    @Test
    void inconsistentTimesAreRefused() {
        post(ContactFixtures.phoneSystem(), "time-1", TestContact.call()
                .with("endedAt", "2026-10-12T09:10:00+02:00").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("endedAt"))
                .body("errors[0].message", equalTo("must not be before arrivedAt"));
        post(ContactFixtures.phoneSystem(), "time-2", TestContact.call()
                .with("endedAt", "2026-10-12T09:30:00+02:00").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("endedAt"));
        post(ContactFixtures.phoneSystem(), "time-3", TestContact.call()
                .with("arrivedAt", java.time.OffsetDateTime.now().plusHours(1).toString()).json())
                .statusCode(422)
                .body("errors[0].field", equalTo("arrivedAt"))
                .body("errors[0].message", equalTo("lies in the future"));
        post(ContactFixtures.phoneSystem(), "time-4", TestContact.call("2026-10-12T09:00:00+02:00", 40, "ABANDONED", 12).json())
                .statusCode(422)
                .body("errors[0].field", equalTo("talkSeconds"));
        post(ContactFixtures.phoneSystem(), "time-5", TestContact.call().with("talkSeconds", 0).json())
                .statusCode(422)
                .body("errors[0].field", equalTo("talkSeconds"));
        // consistent endedAt: arrived + 18 s waiting + 204 s talk
        post(ContactFixtures.phoneSystem(), "time-6", TestContact.call()
                .with("endedAt", "2026-10-12T09:17:47+02:00").json())
                .statusCode(201);
        assertThat(fixtures.contacts()).isEqualTo(1);
    }

    @Test
    void aCenterLogsOnlyForTownsAndAreasItServesThen() {
        // Bochum serves Castrop-Rauxel's Bürgerbüro, not its Standesamt.
        post(ContactFixtures.phoneSystem(), "serve-1", TestContact.call().with("town", "castrop-rauxel")
                .with("serviceCenter", "servicecenter-bochum").with("serviceArea", "standesamt").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("town"))
                .body("errors[0].message", containsString("does not serve 'castrop-rauxel' for 'standesamt'"));
        // Call Duisburg does not serve Castrop-Rauxel at all.
        post(ContactFixtures.phoneSystem(), "serve-2", TestContact.call().with("town", "castrop-rauxel").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("town"));
        // Before the contract started (Dinslaken since 2014-01-01, Berlin days): New Year's Eve 23:30 is still 2013.
        post(ContactFixtures.phoneSystem(), "serve-3", TestContact.call().with("town", "dinslaken")
                .with("arrivedAt", "2013-12-31T23:30:00+01:00").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("town"));
        post(ContactFixtures.phoneSystem(), "serve-4", TestContact.call().with("town", "dinslaken")
                .with("arrivedAt", "2013-12-31T23:30:00Z").json())
                .statusCode(201);
        // Unknown area and center.
        post(ContactFixtures.phoneSystem(), "serve-5", TestContact.call().with("serviceArea", "raumfahrt").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("serviceArea"));
        post(ContactFixtures.phoneSystem(), "serve-6", TestContact.call().with("serviceCenter", "call-atlantis").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("serviceCenter"));
        // A center serves its own town without a contract.
        post(ContactFixtures.phoneSystem(), "serve-7", TestContact.call().with("town", "duisburg")
                .with("serviceArea", "standesamt").json())
                .statusCode(201)
                .body("contract", equalTo(null));
        assertThat(fixtures.contacts()).isEqualTo(2);
    }

    @Test
    void aContractActivatedAMomentAgoCountsForTheFirstCalls() throws InterruptedException {
        // tenant-service now knows that Kreis Soest answers Bottrop's Kfz-Zulassung; this copy does not yet.
        TenancyServer.serve(new TenancySnapshot(ContactFixtures.TOWNS, List.of(ContactFixtures.DUISBURG_BOTTROP,
                new DelegationGrant("c-soest-bottrop", "kreis-soest", "bottrop", "servicecenter-kreis-soest", false,
                        Set.of("kfz-zulassung"), LocalDate.of(2026, 1, 1), Optional.empty(),
                        CostModel.flatFee(new BigDecimal("100.00")))), ContactFixtures.AREAS, ContactFixtures.CENTERS));
        Map<String, Object> call = TestContact.call().with("serviceCenter", "servicecenter-kreis-soest")
                .with("serviceArea", "kfz-zulassung").json();

        // A copy fetched less than 5 s ago is trusted ...
        post(ContactFixtures.phoneSystem(), "soest-1", call).statusCode(422);
        Thread.sleep(5_100);
        // ... an older one is fetched again before the answer is no.
        post(ContactFixtures.phoneSystem(), "soest-1", call).statusCode(201)
                .body("contract", equalTo("c-soest-bottrop"));
    }

    @Test
    void agentsLogOnlyForTheirOwnCenters() {
        post(KeycloakTokens.user("bochum-agent"), "agent-1", TestContact.call().with("town", "castrop-rauxel").json())
                .statusCode(422)
                .body("errors[0].field", equalTo("serviceCenter"))
                .body("errors[0].message", containsString("not a center of your tenant 'bochum'"));
        // A town the agent's tenant does not serve is refused first, naming nothing else about the contact.
        post(KeycloakTokens.user("bochum-agent"), "agent-4", TestContact.call().json())
                .statusCode(422)
                .body("errors.field", contains("town"))
                .body("errors[0].message", containsString("you do not act for 'bottrop'"));
        post(KeycloakTokens.user("bottrop-admin"), "agent-2", TestContact.call().json()).statusCode(403);
        given().contentType(ContentType.JSON).body(TestContact.call().json()).header("Idempotency-Key", "agent-3")
                .post("/api/v1/contacts").then().statusCode(401);
        assertThat(fixtures.contacts()).isZero();
    }

    @Test
    void contactsAreVisibleToTheServingHostAndTheCallersTownOnly() {
        String id = post(ContactFixtures.phoneSystem(), "see-1", TestContact.call().json()).statusCode(201)
                .extract().path("id");

        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).get("/api/v1/contacts/" + id).then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).get("/api/v1/contacts/" + id).then().statusCode(200);
        String hidden = given().auth().oauth2(KeycloakTokens.user("dinslaken-admin")).get("/api/v1/contacts/" + id)
                .then().statusCode(404).extract().path("detail");
        String missing = given().auth().oauth2(KeycloakTokens.user("dinslaken-admin"))
                .get("/api/v1/contacts/" + UUID.randomUUID()).then().statusCode(404).extract().path("detail");
        assertThat(hidden.replace(id, "?")).isEqualTo(missing.replaceAll("[0-9a-f-]{36}", "?"));
        given().auth().oauth2(KeycloakTokens.user("bochum-agent")).get("/api/v1/contacts/" + id).then().statusCode(404);
    }

    @Test
    void aBatchIsStoredWhole() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            contacts.add(TestContact.call().with("idempotencyKey", "batch-" + i)
                    .with("arrivedAt", "2026-10-12T09:1" + i + ":00+02:00").json());
        }
        contacts.add(TestContact.call().with("idempotencyKey", "batch-0")
                .with("arrivedAt", "2026-10-12T09:10:00+02:00").json());

        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", contacts))
                .statusCode(200)
                .body("stored", equalTo(3))
                .body("replayed", equalTo(1))
                .body("contacts", hasSize(4))
                .body("contacts[3].replayed", equalTo(true));
        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", contacts))
                .statusCode(200)
                .body("stored", equalTo(0))
                .body("replayed", equalTo(4));
        assertThat(fixtures.contacts()).isEqualTo(3);
    }

    @Test
    void anInvalidItemRefusesTheWholeBatchNamingEveryMistake() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        contacts.add(TestContact.call().with("idempotencyKey", "mixed-0").json());
        contacts.add(TestContact.call("2026-10-12T09:20:00+02:00", 30, "ABANDONED", 15)
                .with("idempotencyKey", "mixed-1").json());
        contacts.add(TestContact.call().with("idempotencyKey", "mixed-2").with("town", "castrop-rauxel").json());
        contacts.add(TestContact.call().with("idempotencyKey", "mixed-3")
                .with("arrivedAt", "2026-10-12T09:15:00+02:00").json());

        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", contacts))
                .statusCode(422)
                .body("errors.field", hasItems("contacts[1].talkSeconds", "contacts[2].town"))
                .body("errors", hasSize(2));
        assertThat(fixtures.contacts()).isZero();

        contacts.set(1, TestContact.call().with("idempotencyKey", "mixed-1").with("waitingSeconds", -1).json());
        contacts.set(2, TestContact.call().without("idempotencyKey").json());
        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", contacts))
                .statusCode(400)
                .body("errors.field", hasItems("contacts[1].waitingSeconds"));
        assertThat(fixtures.contacts()).isZero();
    }

    @Test
    void aBatchReusingAStoredKeyForAnotherContactStoresNothing() {
        post(ContactFixtures.phoneSystem(), "taken", TestContact.call().json()).statusCode(201);
        List<Map<String, Object>> contacts = List.of(
                TestContact.call().with("idempotencyKey", "fresh").json(),
                TestContact.call().with("idempotencyKey", "taken").with("waitingSeconds", 99).json());

        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", contacts))
                .statusCode(409)
                .body("errors.field", hasItem("contacts[1].idempotencyKey"));
        assertThat(fixtures.contacts()).isEqualTo(1);
    }

    @Test
    void batchesAreLimitedTo1000() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            contacts.add(TestContact.call().with("idempotencyKey", "limit-" + i).json());
        }
        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", contacts))
                .statusCode(400)
                .body("errors.field", hasItem("contacts"));
        postBatch(ContactFixtures.phoneSystem(), Map.of("contacts", List.of()))
                .statusCode(400)
                .body("errors.field", hasItem("contacts"));
        assertThat(fixtures.contacts()).isZero();
    }
}
