package de.servicecenter.contact.handoff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.servicecenter.contact.AdjustableClock;
import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.privacy.PersonalDataRetention;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handoffs end to end, with real tokens: Bochum's agent hands a Castrop-Rauxel caller's question to the unit the
 * town's directory names; it is due after 24 hours on Castrop-Rauxel's working days; the unit's mailbox gets a mail
 * (over SMTP, read back from GreenMail) without the citizen's data; the town answers it; the data is encrypted at
 * rest, erased on request and after its period, and every request is audited.
 */
@QuarkusTest
class HandoffTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String NUMBER = "+4923051234567";
    private static final String QUESTION = "Wann wird die Meldebescheinigung zugeschickt? Antrag vom 28. Mai.";

    @Inject
    ContactFixtures fixtures;

    @Inject
    AdjustableClock clock;

    @Inject
    PersonalDataRetention retention;

    @BeforeEach
    void reset() {
        fixtures.reset();
        fixtures.execute("DELETE FROM handoff_event; DELETE FROM handoff");
        calendars(List.of());
        DirectoryServer.down(false);
        MailServer.clear();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Castrop-Rauxel (and Bochum) in North Rhine-Westphalia, with these closures of Castrop-Rauxel's town hall. */
    private static void calendars(List<ExceptionDefinition> closures) {
        TenancyServer.serve(new ScheduleCatalog(List.of(new PublishedSchedule("castrop-rauxel", null, null,
                "Rathaus Castrop-Rauxel", new ScheduleDefinition("DE-NW", List.of(), closures))),
                Map.of("castrop-rauxel", "DE-NW", "bochum", "DE-NW")));
    }

    private void at(String berlinLocalTime) {
        clock.set(LocalDateTime.parse(berlinLocalTime).atZone(BERLIN).toInstant());
    }

    private static Map<String, Object> request(String area) {
        return Map.of("town", "castrop-rauxel", "serviceCenter", "servicecenter-bochum", "serviceArea", area,
                "leikaKey", "99115005104000", "question", QUESTION, "callerName", "Frau Beispiel",
                "callbackNumber", NUMBER, "callbackConsent", true);
    }

    private static ValidatableResponse create(String user, Map<String, Object> request) {
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON).body(request)
                .post("/api/v1/handoffs").then();
    }

    private static String createdId() {
        return create("bochum-agent", request("buergerbuero")).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse read(String user, String id) {
        return given().auth().oauth2(KeycloakTokens.user(user)).get("/api/v1/handoffs/" + id).then();
    }

    private static ValidatableResponse move(String user, String id, String status, String comment) {
        Map<String, Object> change = comment == null ? Map.of("status", status) : Map.of("status", status, "comment", comment);
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON).body(change)
                .post("/api/v1/handoffs/" + id + "/status").then();
    }

    @Test
    void fromTheEveOfFronleichnamTheAnswerIsDueOnFridayAndAfterABridgeDayOnMonday() {
        at("2026-06-03T16:00"); // Wednesday; Corpus Christi, Thursday 4 June, is a public holiday in NRW
        create("bochum-agent", request("buergerbuero")).statusCode(201)
                .header("Location", containsString("/api/v1/handoffs/"))
                .body("dueAt", equalTo("2026-06-05T16:00:00+02:00"))
                .body("createdAt", equalTo("2026-06-03T16:00:00+02:00"))
                .body("status", equalTo("OPEN"))
                .body("unit.id", equalTo("buergerbuero"))
                .body("unit.mail", equalTo(DirectoryServer.BUERGERBUERO_MAIL))
                .body("hostTenant", equalTo("bochum"))
                .body("overdue", equalTo(false))
                .body("history.status", contains("OPEN"));

        // Castrop-Rauxel closes its town hall on the Friday after (Brückentag): Wednesday's 8 hours, then Monday's 16
        calendars(List.of(new ExceptionDefinition(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 5), true, List.of(),
                "Brückentag")));
        create("bochum-agent", request("buergerbuero")).statusCode(201)
                .body("dueAt", equalTo("2026-06-08T16:00:00+02:00"));

        // On the holiday itself (the center answers; the town hall does not), the 24 hours start on the next working day
        calendars(List.of());
        at("2026-06-04T16:00");
        create("bochum-agent", request("buergerbuero")).statusCode(201)
                .body("dueAt", equalTo("2026-06-06T00:00:00+02:00"));
    }

    @Test
    void theUnitsMailboxIsToldOverSmtpWithoutTheCitizensData() throws Exception {
        String id = createdId();

        // at least once, never lost: the first send or, if it failed or timed out (20 s), a retry
        MimeMessage mail = MailServer.awaitAbout(id, 60_000);
        assertThat(mail).as("the mail about it arrived at the SMTP server").isNotNull();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(DirectoryServer.BUERGERBUERO_MAIL);
        assertThat(mail.getSubject()).startsWith("Rückrufbitte für Bürgerbüro – fällig bis");
        String body = mail.getContent().toString();
        assertThat(body).contains("/handoffs/" + id).contains("buergerbuero, LeiKa 99115005104000")
                .doesNotContain("4923051234567").doesNotContain("Beispiel").doesNotContain("Meldebescheinigung");
        read("bochum-agent", id).statusCode(200).body("notifiedAt", notNullValue());
    }

    @Test
    void onlyTheHostAndTheTownReadItAndTheDatabaseHoldsCiphertextOnly() {
        String id = createdId();

        for (String reader : List.of("bochum-agent", "bochum-admin", "castrop-rauxel-admin")) {
            read(reader, id).statusCode(200).body("question", equalTo(QUESTION))
                    .body("callbackNumber", equalTo(NUMBER)).body("callerName", equalTo("Frau Beispiel"))
                    .body("callbackConsentAt", notNullValue());
        }
        for (String stranger : List.of("bottrop-admin", "duisburg-agent", "kreis-soest-agent")) {
            read(stranger, id).statusCode(404);
        }
        read("verbund-admin", id).statusCode(403); // the platform's admins do not read citizens' questions
        read("bochum-agent", UUID.randomUUID().toString()).statusCode(404);

        assertThat(fixtures.count("true")).isZero(); // no contact was logged by a handoff
        assertThat(count("id = '" + id + "' AND question IS NOT NULL AND callback_number IS NOT NULL "
                + "AND caller_name IS NOT NULL")).isEqualTo(1);
        assertThat(count("position('4923051234567' in encode(callback_number, 'escape')) > 0 "
                + "OR position('Beispiel' in encode(caller_name, 'escape')) > 0 "
                + "OR position('Meldebescheinigung' in encode(question, 'escape')) > 0"))
                .as("no plain text in the encrypted columns").isZero();
    }

    @Test
    void theTownTakesItUpAndAnswersItTheHostMayNot() {
        String id = createdId();

        move("bochum-agent", id, "IN_PROGRESS", null).statusCode(403);
        move("bottrop-admin", id, "IN_PROGRESS", null).statusCode(404);
        move("castrop-rauxel-admin", id, "IN_PROGRESS", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        move("castrop-rauxel-admin", id, "RETURNED", " ").statusCode(422).body("errors.field", contains("comment"));
        move("castrop-rauxel-admin", id, "ANSWERED", "Rückruf erfolgt.").statusCode(200)
                .body("status", equalTo("ANSWERED")).body("closedAt", notNullValue())
                .body("answeredWithinPromise", equalTo(true))
                .body("history.status", contains("OPEN", "IN_PROGRESS", "ANSWERED"))
                .body("history[2].comment", equalTo("Rückruf erfolgt."))
                .body("history[2].actorTenant", equalTo("castrop-rauxel"));
        move("castrop-rauxel-admin", id, "IN_PROGRESS", null).statusCode(409).body("errors.field", contains("status"));
        read("bochum-agent", id).statusCode(200).body("status", equalTo("ANSWERED"));
    }

    @Test
    void overdueHandoffsShowUpForTheHostAndTheTown() {
        at("2026-06-03T16:00");
        String overdue = createdId();
        at("2026-06-05T15:00");
        String notYet = createdId();
        at("2026-06-05T16:01");

        for (String party : List.of("bochum-agent", "bochum-admin", "castrop-rauxel-admin")) {
            given().auth().oauth2(KeycloakTokens.user(party)).queryParam("overdue", true).get("/api/v1/handoffs").then()
                    .statusCode(200).body("id", contains(overdue)).body("[0].overdue", equalTo(true));
            given().auth().oauth2(KeycloakTokens.user(party)).get("/api/v1/handoffs").then()
                    .statusCode(200).body("id", contains(notYet, overdue));
        }
        given().auth().oauth2(KeycloakTokens.user("duisburg-agent")).queryParam("overdue", true)
                .get("/api/v1/handoffs").then().statusCode(200).body("id", not(hasItem(overdue)));
        given().auth().oauth2(KeycloakTokens.user("bochum-agent")).queryParam("status", "LOST")
                .get("/api/v1/handoffs").then().statusCode(400).body("errors.field", contains("status"));

        move("castrop-rauxel-admin", overdue, "ANSWERED", "Spät, aber beantwortet.").statusCode(200)
                .body("answeredWithinPromise", equalTo(false)).body("overdue", equalTo(false));
    }

    @Test
    void whatIsMissingOrWrongIsNamedAndNothingIsStored() {
        Map<String, Object> noConsent = new java.util.HashMap<>(request("buergerbuero"));
        noConsent.remove("callbackConsent");
        create("bochum-agent", noConsent).statusCode(422).body("errors.field", contains("callbackConsent"));

        // the Ordnungsamt splits by surname: without one the directory cannot say who answers
        create("bochum-agent", request("ordnungswesen")).statusCode(422).body("errors.field", contains("surname"));
        Map<String, Object> withSurname = new java.util.HashMap<>(request("ordnungswesen"));
        withSurname.put("surname", "Yılmaz");
        create("bochum-agent", withSurname).statusCode(201).body("unit.mail", equalTo(DirectoryServer.STANDESAMT_L_Z_MAIL));
        assertThat(DirectoryServer.LAST_QUERY).containsEntry("surname", "Yılmaz");

        // Bochum does not serve Castrop-Rauxel's Standesamt, nor Bottrop at all
        create("bochum-agent", request("standesamt")).statusCode(422).body("errors.field", contains("town"));
        Map<String, Object> bottrop = new java.util.HashMap<>(request("buergerbuero"));
        bottrop.put("town", "bottrop");
        create("bochum-agent", bottrop).statusCode(422).body("errors.field", contains("town"));
        create("castrop-rauxel-admin", request("buergerbuero")).statusCode(403);
        create("bochum-agent", Map.of("town", "castrop-rauxel")).statusCode(400);

        DirectoryServer.down(true);
        create("bochum-agent", request("buergerbuero")).statusCode(503);
        assertThat(count("true")).as("only the one with a surname was stored").isEqualTo(1);
    }

    @Test
    void aCitizensHandoffsAreExportedAndErasedAndBothAreAudited() {
        String first = createdId();
        String second = createdId();
        Map<String, Object> other = new java.util.HashMap<>(request("buergerbuero"));
        other.put("callbackNumber", "+4923059876543");
        String someoneElse = create("bochum-agent", other).statusCode(201).extract().path("id");
        String reference = "DS-" + UUID.randomUUID();

        citizenRequest("castrop-rauxel-admin", "exports", reference).statusCode(200)
                .body("handoffs.id", contains(first, second)).body("handoffs[0].callbackNumber", equalTo(NUMBER))
                .body("audit.kind", equalTo("EXPORT")).body("audit.handoffs", equalTo(2));
        citizenRequest("bochum-agent", "erasures", reference).statusCode(403);
        citizenRequest("bottrop-admin", "erasures", reference).statusCode(200).body("audit.handoffs", equalTo(0));
        citizenRequest("castrop-rauxel-admin", "erasures", reference).statusCode(200)
                .body("audit.kind", equalTo("ERASURE")).body("audit.handoffs", equalTo(2))
                .body("handoffs", hasSize(0));

        read("bochum-agent", first).statusCode(200).body("question", nullValue()).body("callbackNumber", nullValue())
                .body("callerName", nullValue()).body("erasedAt", notNullValue()).body("status", equalTo("OPEN"));
        read("bochum-agent", someoneElse).statusCode(200).body("callbackNumber", equalTo("+4923059876543"));
        assertThat(count("callback_number IS NOT NULL OR question IS NOT NULL")).isEqualTo(1);
        given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin")).get("/api/v1/data-subject-requests").then()
                .statusCode(200).body("findAll { it.reference == '" + reference + "' }.kind", contains("ERASURE", "EXPORT"))
                .body("[0].actor", notNullValue());
        citizenRequest("castrop-rauxel-admin", "exports", reference).statusCode(200).body("handoffs", hasSize(0));
    }

    @Test
    void closedHandoffsLoseTheirPersonalDataAfterTheirPeriod() {
        String old = createdId();
        String recent = createdId();
        move("castrop-rauxel-admin", old, "ANSWERED", "Erledigt.").statusCode(200);
        move("castrop-rauxel-admin", recent, "ANSWERED", "Erledigt.").statusCode(200);
        fixtures.execute("UPDATE handoff SET closed_at = now() - interval '31 days' WHERE id = '" + old + "'");

        assertThat(retention.eraseClosedHandoffs()).isEqualTo(1);
        read("castrop-rauxel-admin", old).statusCode(200).body("question", nullValue())
                .body("history[1].comment", nullValue()).body("answeredWithinPromise", notNullValue());
        read("castrop-rauxel-admin", recent).statusCode(200).body("question", equalTo(QUESTION));
    }

    @Test
    void theKpisCountThePromiseKeptAndTheAnswersAsResolutions() {
        at("2026-06-03T16:00");
        // two calls, one resolved at once, one whose question is handed over
        String resolvedCall = logged("RESOLVED");
        String handedOverCall = logged("CALLBACK_PROMISED");
        Map<String, Object> followingTheCall = new java.util.HashMap<>(request("buergerbuero"));
        followingTheCall.put("contact", handedOverCall);
        String inTime = create("bochum-agent", followingTheCall).statusCode(201).body("contact", equalTo(handedOverCall))
                .extract().path("id");
        create("bochum-agent", followingTheCall).statusCode(409).body("errors.field", contains("contact"))
                .body("errors[0].message", containsString(inTime)); // one call, one handoff
        String late = createdId();
        String returned = createdId();
        createdId(); // still open, overdue by then
        at("2026-06-05T15:00");
        createdId(); // still open, due on Monday at 15:00
        move("castrop-rauxel-admin", inTime, "ANSWERED", "Erledigt.").statusCode(200);
        move("castrop-rauxel-admin", returned, "RETURNED", "Nicht zuständig: Kreis.").statusCode(200);
        at("2026-06-08T09:00");
        move("castrop-rauxel-admin", late, "ANSWERED", "Erledigt.").statusCode(200);

        for (String reader : List.of("castrop-rauxel-admin", "bochum-admin")) {
            given().auth().oauth2(KeycloakTokens.user(reader)).queryParam("from", "2026-06-01")
                    .queryParam("to", "2026-06-30").get("/api/v1/towns/castrop-rauxel/kpis").then().statusCode(200)
                    .body("handoffs.created", equalTo(5)).body("handoffs.answered", equalTo(2))
                    .body("handoffs.answeredWithinPromise", equalTo(1)).body("handoffs.returned", equalTo(1))
                    .body("handoffs.open", equalTo(2)).body("handoffs.overdue", equalTo(1))
                    // decided: 5 − 1 not yet due = 4, one of them answered in time
                    .body("handoffs.answeredWithinPromiseRate", equalTo(0.25f))
                    .body("total.resolvedAtFirstContact", equalTo(1))
                    // the handed-over call counts as resolved once its handoff is answered
                    .body("handoffs.resolvedIncludingHandoffs", equalTo(2))
                    .body("handoffs.resolutionRateIncludingHandoffs", equalTo(1.0f));
        }
        given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin")).queryParam("from", "2026-07-01")
                .queryParam("to", "2026-07-31").get("/api/v1/towns/castrop-rauxel/kpis").then().statusCode(200)
                .body("handoffs.created", equalTo(0)).body("handoffs.answeredWithinPromiseRate", nullValue());
        assertThat(resolvedCall).isNotNull();

        // a handoff names only a call of its town at the agent's own centers
        Map<String, Object> strangersCall = new java.util.HashMap<>(request("buergerbuero"));
        strangersCall.put("contact", UUID.randomUUID().toString());
        create("bochum-agent", strangersCall).statusCode(422).body("errors.field", contains("contact"));
    }

    /** A call from Castrop-Rauxel at Bochum's center ten minutes ago, with this outcome. */
    private String logged(String outcome) {
        return given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "handoff-kpi-" + outcome)
                .body(de.servicecenter.contact.TestContact.call(clock.instant().minusSeconds(600).toString(), 10, outcome,
                        120).with("town", "castrop-rauxel").with("serviceCenter", "servicecenter-bochum").json())
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse citizenRequest(String user, String kind, String reference) {
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON)
                .body(Map.of("callbackNumber", NUMBER, "reference", reference))
                .post("/api/v1/data-subject-requests/" + kind).then();
    }

    private long count(String where) {
        return fixtures.countIn("handoff", where);
    }
}
