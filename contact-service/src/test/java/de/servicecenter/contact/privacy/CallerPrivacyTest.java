package de.servicecenter.contact.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DSGVO: no caller number in clear, only a keyed hash, and that only for the retention period (90 days). */
@QuarkusTest
class CallerPrivacyTest {

    private static final String CALLER = "+4920411234567";

    @Inject
    ContactFixtures fixtures;

    @Inject
    CallerHashes callerHashes;

    @Inject
    PersonalDataRetention retention;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private void log(String key, Instant arrivedAt) {
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(TestContact.call().with("arrivedAt", arrivedAt.toString()).with("callerNumber", CALLER).json())
                .post("/api/v1/contacts").then().statusCode(201);
    }

    @Test
    void theNumberIsNeverStoredOnlyItsKeyedHash() {
        Instant recently = Instant.now().minus(2, ChronoUnit.DAYS);
        log("caller-1", recently);
        log("caller-2", recently.plusSeconds(3600));

        assertThat(fixtures.count("caller_hash IS NOT NULL")).isEqualTo(2);
        assertThat(fixtures.count("caller_hash LIKE '%4920411234567%'")).isZero();
        assertThat(fixtures.count("caller_hash = '" + callerHashes.hash(CALLER).orElseThrow() + "'"))
                .as("the same caller, recognisable as a repeat caller").isEqualTo(2);
        // Nowhere in the row, in any column.
        assertThat(fixtures.count("contact::text LIKE '%4920411234567%'")).isZero();
    }

    @Test
    void theHashIsGoneAfterTheRetentionPeriod() {
        log("old-caller", Instant.now().minus(91, ChronoUnit.DAYS));
        log("recent-caller", Instant.now().minus(89, ChronoUnit.DAYS));
        assertThat(fixtures.count("idempotency_key = 'old-caller' AND caller_hash IS NULL"))
                .as("already past the retention period when logged").isEqualTo(1);

        // Time passes: the recent contact ages past the retention period.
        fixtures.execute("UPDATE contact SET arrived_at = arrived_at - interval '2 days' WHERE idempotency_key = 'recent-caller'");
        assertThat(retention.eraseExpiredCallerHashes()).isEqualTo(1);

        assertThat(fixtures.count("caller_hash IS NOT NULL")).isZero();
        assertThat(fixtures.contacts()).as("the contact itself stays for statistics and statements").isEqualTo(2);
    }
}
