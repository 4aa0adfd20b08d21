package de.servicecenter.contact.contactlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A forwarded contact records whom the caller was put through to; only a forwarded one has such a target. */
@QuarkusTest
class TransferTargetTest {

    private static final Map<String, Object> STANDESAMT = Map.of("unit", "standesamt", "contactPoint", "standesamt-a-k",
            "number", "+492305106341");

    @Inject
    ContactFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    /** Ten minutes ago, to the second: a retry sends the same call. */
    private static final String ARRIVED = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS).toString();

    private static TestContact forwarded() {
        return TestContact.call(ARRIVED, 12, "FORWARDED", 95)
                .with("town", "castrop-rauxel").with("serviceCenter", "servicecenter-bochum");
    }

    private static ValidatableResponse log(String key, TestContact contact) {
        return given().auth().oauth2(KeycloakTokens.user("bochum-agent")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(contact.json()).post("/api/v1/contacts").then();
    }

    @Test
    void theTargetIsStoredAndReadBackByTheParties() {
        String id = log("transfer-1", forwarded().with("transferredTo", STANDESAMT)).statusCode(201)
                .body("transferredTo.unit", equalTo("standesamt")).extract().path("id");

        for (String party : new String[] {"bochum-agent", "castrop-rauxel-admin"}) {
            given().auth().oauth2(KeycloakTokens.user(party)).get("/api/v1/contacts/" + id).then().statusCode(200)
                    .body("transferredTo.contactPoint", equalTo("standesamt-a-k"))
                    .body("transferredTo.number", equalTo("+492305106341"));
        }
        // a retry replays; the same key with another target is another contact
        log("transfer-1", forwarded().with("transferredTo", STANDESAMT)).statusCode(201)
                .header("Idempotent-Replayed", "true");
        log("transfer-1", forwarded().with("transferredTo", Map.of("unit", "ordnungsamt", "number", "+492305106200")))
                .statusCode(409);
        log("transfer-2", forwarded()).statusCode(201).body("transferredTo", nullValue());
        assertThat(fixtures.count("transferred_to ->> 'unit' = 'standesamt'")).isEqualTo(1);
    }

    @Test
    void onlyAForwardedContactHasATargetAndAnInvalidOneIsNamed() {
        log("transfer-resolved", forwarded().with("outcome", "RESOLVED").with("transferredTo", STANDESAMT))
                .statusCode(422).body("errors.field", contains("transferredTo"));
        log("transfer-bad", forwarded().with("transferredTo", Map.of("unit", "Standes Amt", "number", "0230510")))
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("transferredTo.unit",
                        "transferredTo.number"));
        assertThat(fixtures.contacts()).isZero();
    }
}
