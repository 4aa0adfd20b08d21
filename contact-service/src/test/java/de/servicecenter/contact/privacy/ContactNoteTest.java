package de.servicecenter.contact.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agent's note on a contact: free text for the follow-up, so short, clean, readable only by the contact's host
 * and town, and erased after 30 days (a contact logged later than that keeps none).
 */
@QuarkusTest
class ContactNoteTest {

    private static final String NOTE = "Unterlagen zur Ummeldung kommen per Post.\nTermin am 2. Dezember.";

    @Inject
    ContactFixtures fixtures;

    @Inject
    PersonalDataRetention retention;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private static ValidatableResponse log(String key, TestContact contact) {
        return given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(contact.json()).post("/api/v1/contacts").then();
    }

    private static TestContact daysAgo(int days) {
        return TestContact.call().with("arrivedAt", Instant.now().minus(days, ChronoUnit.DAYS).toString());
    }

    @Test
    void theNoteIsKeptTrimmedAndReadByTheHostAndTheTownOnly() {
        String id = log("note-1", daysAgo(1).with("note", "  " + NOTE + "\n  ")).statusCode(201)
                .body("note", equalTo(NOTE)).extract().path("id");

        for (String reader : new String[] {"duisburg-agent", "duisburg-admin", "bottrop-admin"}) {
            given().auth().oauth2(KeycloakTokens.user(reader)).get("/api/v1/contacts/" + id).then()
                    .statusCode(200).body("note", equalTo(NOTE));
        }
        given().auth().oauth2(KeycloakTokens.user("dinslaken-admin")).get("/api/v1/contacts/" + id).then()
                .statusCode(404);
        assertThat(fixtures.count("note = '" + NOTE.replace("'", "''") + "'")).isEqualTo(1);
        assertThat(fixtures.count("has_column_privilege('contact_public', 'contact', 'note', 'SELECT')"))
                .as("portals count calls; their database role cannot even read the column").isZero();
    }

    @Test
    void aBlankNoteIsNoNote() {
        log("note-blank", daysAgo(1).with("note", " \n\t ")).statusCode(201).body("note", nullValue());
        assertThat(fixtures.count("note IS NULL")).isEqualTo(1);
    }

    @Test
    void aReplayWithAnotherNoteIsAnotherContact() {
        TestContact call = daysAgo(1);
        log("note-replay", call.with("note", NOTE)).statusCode(201);
        log("note-replay", call.with("note", " " + NOTE)).statusCode(201) // the note as stored: trimmed
                .header("Idempotent-Replayed", "true");
        log("note-replay", call.with("note", "Rückruf erbeten")).statusCode(409)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertThat(fixtures.contacts()).isEqualTo(1);
    }

    @Test
    void aNoteTooLongOrWithControlCharactersIsRefusedByNameAndNothingIsStored() {
        log("note-long", daysAgo(1).with("note", "x".repeat(501))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("note"));
        log("note-control", daysAgo(1).with("note", "Termin\u0007 am Montag")).statusCode(400)
                .body("errors.field", hasItem("note"))
                .body("errors.find { it.field == 'note' }.message", startsWith("must not contain control characters"));
        log("note-nul", daysAgo(1).with("note", "a\u0000b")).statusCode(400).body("errors.field", hasItem("note"));
        assertThat(fixtures.contacts()).isZero();

        log("note-500", daysAgo(1).with("note", "Ä".repeat(500))).statusCode(201);
        log("note-tab", daysAgo(1).with("note", "Spalte\tWert\r\nZeile")).statusCode(201);
        assertThat(fixtures.contacts()).isEqualTo(2);
    }

    @Test
    void theNoteIsGoneAfterThirtyDaysWhileTheCallerHashKeepsItsOwnPeriod() {
        log("note-old", daysAgo(31).with("note", NOTE).with("callerNumber", "+4920411234567")).statusCode(201)
                .body("note", nullValue());
        log("note-recent", daysAgo(29).with("note", NOTE).with("callerNumber", "+4920411234567")).statusCode(201)
                .body("note", equalTo(NOTE));
        assertThat(fixtures.count("idempotency_key = 'note-old' AND note IS NULL AND caller_hash IS NOT NULL"))
                .as("already past the note's period when logged, not the hash's").isEqualTo(1);

        // Time passes: the recent contact ages past the note's period.
        fixtures.execute("UPDATE contact SET arrived_at = arrived_at - interval '2 days' WHERE idempotency_key = 'note-recent'");
        assertThat(retention.eraseExpiredNotes()).isEqualTo(1);
        assertThat(retention.eraseExpiredNotes()).as("nothing left to erase").isZero();

        assertThat(fixtures.count("note IS NOT NULL")).isZero();
        assertThat(fixtures.count("caller_hash IS NOT NULL")).as("the hash keeps its 90 days").isEqualTo(2);
        assertThat(fixtures.contacts()).as("the contacts stay for statistics and statements").isEqualTo(2);
    }
}
