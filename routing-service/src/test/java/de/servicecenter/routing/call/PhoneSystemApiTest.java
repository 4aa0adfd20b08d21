package de.servicecenter.routing.call;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.servicecenter.routing.RoutingFixtures;
import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The phone system's side as a SIP proxy sees it: one GET with only the Authorization header, answered in a line it
 * reads without a JSON parser — decisions with the call tag, announcements with prompt and SIP status, refusals
 * and unreadable parameters in the same form; the fallback list; the call id; the ACD's queue waits.
 */
@QuarkusTest
class PhoneSystemApiTest {

    /** Monday 23 November 2026, 10:00: Bochum's center and Castrop-Rauxel's Rathaus are open. */
    private static final String MONDAY_10 = "2026-11-23T10:00";

    @Inject
    RoutingFixtures fixtures;

    @BeforeEach
    void publishTheDemoRules() {
        fixtures.reset();
        RoutingFixtures.publish("castrop-rauxel-admin", "castrop-rauxel");
        RoutingFixtures.publish("duisburg-admin", "bottrop");
    }

    private static RequestSpecification phoneSystem() {
        return given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", "phone-system-secret"));
    }

    private static Response decision(String number, String key, String at) {
        RequestSpecification request = phoneSystem().queryParam("number", number);
        if (key != null) {
            request.queryParam("key", key);
        }
        if (at != null) {
            request.queryParam("at", at);
        }
        return request.get("/api/v1/routing/decision");
    }

    /** The line's pairs, values decoded. */
    static Map<String, String> pairs(String line) {
        assertThat(line).endsWith("\n").doesNotContain("\r").containsOnlyOnce("\n");
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : line.strip().split(";")) {
            String[] nameAndValue = pair.split("=", -1);
            assertThat(nameAndValue).as("pair %s", pair).hasSize(2);
            assertThat(pairs.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1].replace("+", "%2B"),
                    StandardCharsets.UTF_8))).as("%s once", nameAndValue[0]).isNull();
        }
        return pairs;
    }

    @Test
    void key1GoesToBochumWithTheTagInTheLineAndBothTargets() {
        Response answer = phoneSystem().queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS).queryParam("key", "1")
                .queryParam("at", MONDAY_10).queryParam("callId", "a84b4c76e66710@pbx.castrop-rauxel.de")
                .get("/api/v1/routing/decision");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/plain").contains("UTF-8");
        assertThat(answer.asString()).startsWith("result=route;");
        assertThat(pairs(answer.asString())).containsExactly(Map.entry("result", "route"),
                Map.entry("town", "castrop-rauxel"), Map.entry("area", "buergerbuero"),
                Map.entry("center", "servicecenter-bochum"),
                Map.entry("sip", "sip:castrop-rauxel@servicecenter.bochum.de"), Map.entry("e164", "+492349103305"),
                Map.entry("rule", "4"), Map.entry("menu", "key"), Map.entry("cached", "0"),
                Map.entry("call", "a84b4c76e66710@pbx.castrop-rauxel.de"));
    }

    @Test
    void otherKeysAndNoKeyGoToTheRathausAndSaySo() {
        Map<String, String> notOffered = pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "9", MONDAY_10).then()
                .statusCode(200).extract().asString());
        assertThat(notOffered).containsEntry("result", "route").containsEntry("area", "zentrale")
                .containsEntry("e164", "+492305106100").containsEntry("menu", "key-not-offered")
                .containsEntry("rule", "6").doesNotContainKey("sip").doesNotContainKey("center");
        assertThat(pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, null, MONDAY_10).asString()))
                .containsEntry("area", "zentrale").containsEntry("menu", "no-key");
        // a key no phone has: the same default, not an error the caller would hear
        assertThat(pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "12", MONDAY_10).asString()))
                .containsEntry("area", "zentrale").containsEntry("menu", "key-not-offered");
    }

    @Test
    void holidaysAndClosedHoursAreAnnouncedWithPromptStatusAndGermanText() {
        // Karfreitag 2027 (26 March), a holiday in all of Germany
        Map<String, String> holiday = pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2027-03-26T10:00")
                .then().statusCode(200).extract().asString());
        assertThat(holiday).containsEntry("result", "announce").containsEntry("prompt", "holiday")
                .containsEntry("reply", "480").containsEntry("rule", "1").doesNotContainKey("sip");
        assertThat(holiday.get("text")).isEqualTo("Heute ist Karfreitag, ein gesetzlicher Feiertag. Bitte rufen Sie "
                + "am nächsten Werktag wieder an.");
        // Saturday 28 November 2026: Bochum's center and the Rathaus are closed
        Map<String, String> saturday = pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-28T10:00")
                .asString());
        assertThat(saturday).containsEntry("result", "announce").containsEntry("prompt", "closed")
                .containsEntry("reply", "480").containsEntry("rule", "5");
        assertThat(saturday.get("text")).startsWith("Sie rufen außerhalb unserer Servicezeiten an.");
    }

    @Test
    void unknownNumbersAndUnreadableParametersAreAnsweredInTheSameForm() {
        Response unknown = decision("+4923050000", null, MONDAY_10);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("text/plain");
        assertThat(pairs(unknown.asString())).containsEntry("result", "refuse").containsEntry("reason", "unknown-number")
                .containsEntry("prompt", "unknown-number").containsEntry("reply", "404")
                .containsEntry("number", "+4923050000").containsEntry("text", "Diese Rufnummer ist nicht vergeben.");

        Response noNumber = decision("0204-CALL", "1", MONDAY_10);
        assertThat(noNumber.statusCode()).isEqualTo(400);
        assertThat(pairs(noNumber.asString())).containsEntry("result", "invalid").containsEntry("field", "number")
                .containsEntry("reply", "484").hasEntrySatisfying("reason", reason -> assertThat(reason)
                        .contains("only digits"));
        assertThat(pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "Montag 10 Uhr").then().statusCode(400)
                .extract().asString())).containsEntry("field", "at").containsEntry("reply", "500");
        assertThat(pairs(phoneSystem().queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS)
                .queryParam("callId", "two words").get("/api/v1/routing/decision").then().statusCode(400).extract()
                .asString())).containsEntry("field", "callId").doesNotContainKey("call");
        assertThat(pairs(phoneSystem().get("/api/v1/routing/decision").then().statusCode(400).extract().asString()))
                .containsEntry("field", "number").containsEntry("reason", "is missing");
    }

    @Test
    void numbersAsPbxsWriteThemReachTheSameEntryPoint() {
        for (String asWritten : List.of("02041 703-0", "4920417030", "004920417030", "+49 2041 7030")) {
            assertThat(pairs(decision(asWritten, null, MONDAY_10).then().statusCode(200).extract().asString()))
                    .as(asWritten).containsEntry("town", "bottrop");
        }
        // a + nobody URL-encoded arrives as a space
        assertThat(pairs(phoneSystem().urlEncodingEnabled(false)
                .get("/api/v1/routing/decision?number=+4920417030&at=" + MONDAY_10).then().statusCode(200).extract()
                .asString())).containsEntry("town", "bottrop");
        // the same digits in another area are another number
        decision("0204 7030", null, MONDAY_10).then().statusCode(404);
    }

    @Test
    void asJsonWhenAskedWithProblemsAsRfc9457() {
        phoneSystem().accept(ContentType.JSON).queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS)
                .queryParam("key", "1").queryParam("at", MONDAY_10).queryParam("callId", "json-1")
                .get("/api/v1/routing/decision").then().statusCode(200).contentType(ContentType.JSON)
                .body("action", equalTo("ROUTE_TO_CENTER"))
                .body("target", equalTo("sip:castrop-rauxel@servicecenter.bochum.de"))
                .body("targetNumber", equalTo("+492349103305"))
                .body("tag.town", equalTo("castrop-rauxel"))
                .body("prompt", nullValue())
                .body("menuDefault", equalTo(false))
                .body("callId", equalTo("json-1"));
        phoneSystem().accept(ContentType.JSON).queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS)
                .queryParam("at", "2027-03-26T10:00").get("/api/v1/routing/decision").then().statusCode(200)
                .body("prompt", equalTo("holiday")).body("promptText", containsString("Karfreitag"))
                .body("announcementText", equalTo("Karfreitag"));
        phoneSystem().accept(ContentType.JSON).queryParam("number", "+4923050000").get("/api/v1/routing/decision")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("+4923050000"));
        phoneSystem().accept(ContentType.JSON).queryParam("number", "0204-CALL").get("/api/v1/routing/decision")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"));
    }

    @Test
    void aCallIdIsEchoedAndTheDecisionFoundUnderIt() {
        String callId = UUID.randomUUID() + "@pbx.castrop-rauxel.de";
        decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", MONDAY_10).then().statusCode(200); // without: nothing kept
        phoneSystem().queryParam("number", "02305 1060").queryParam("key", "2").queryParam("at", MONDAY_10)
                .queryParam("callId", callId).get("/api/v1/routing/decision").then().statusCode(200);
        phoneSystem().get("/api/v1/routing/calls/" + callId).then().statusCode(200)
                .body("callId", equalTo(callId))
                .body("dialledNumber", equalTo(SeedNetwork.CASTROP_RAUXEL_RATHAUS))
                .body("menuOption", equalTo("2"))
                .body("decision.serviceArea", equalTo("ordnungswesen"))
                .body("decision.callId", equalTo(callId));
        phoneSystem().get("/api/v1/routing/calls/never-seen").then().statusCode(404)
                .body("detail", equalTo("No call 'never-seen'."));
    }

    /** The agent desktop pops a call by its id: the host's agents and the town itself read it, nobody else. */
    @Test
    void aCallIsReadByTheTownCalledAndItsHostsAgentsOnly() {
        String callId = UUID.randomUUID() + "@pbx.castrop-rauxel.de";
        phoneSystem().queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS).queryParam("key", "1")
                .queryParam("at", MONDAY_10).queryParam("callId", callId).get("/api/v1/routing/decision").then()
                .statusCode(200);
        for (String reader : List.of("bochum-agent", "bochum-admin", "castrop-rauxel-admin", "verbund-admin")) {
            given().auth().oauth2(KeycloakTokens.user(reader)).get("/api/v1/routing/calls/" + callId).then()
                    .statusCode(200).body("decision.tag.town", equalTo("castrop-rauxel"))
                    .body("decision.tag.serviceArea", equalTo("buergerbuero"));
        }
        for (String stranger : List.of("duisburg-agent", "bottrop-admin", "kreis-soest-agent")) {
            given().auth().oauth2(KeycloakTokens.user(stranger)).get("/api/v1/routing/calls/" + callId).then()
                    .statusCode(404).body("detail", equalTo("No call '" + callId + "'."));
        }
    }

    @Test
    void everyEntryPointComesWithItsFallbackForOutages() {
        String list = phoneSystem().get("/api/v1/routing/entry-points").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        List<Map<String, String>> lines = Arrays.stream(list.split("\n")).map(line -> pairs(line + "\n")).toList();
        assertThat(lines).extracting(line -> line.get("number"))
                .containsExactly(SeedNetwork.BOTTROP_7030, SeedNetwork.CASTROP_RAUXEL_RATHAUS);
        // Castrop-Rauxel's default area (zentrale) goes to the Rathaus at any hour: rule 6
        assertThat(lines.get(1)).containsExactly(Map.entry("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS),
                Map.entry("town", "castrop-rauxel"), Map.entry("e164", "+492305106100"), Map.entry("rule", "6"));
        phoneSystem().accept(ContentType.JSON).get("/api/v1/routing/entry-points").then().statusCode(200)
                .body("[1].town", equalTo("castrop-rauxel")).body("[1].target", equalTo("+492305106100"))
                .body("[1].name", equalTo("Rathaus Castrop-Rauxel, Zentrale"));
    }

    @Test
    void theAcdsQueueWaitDecidesTheLoadRuleUntilItRunsOut() {
        // Wednesday 25 November 2026, 11:30 — a minute no other test decides at, since reports are kept in memory
        String at = "2026-11-25T11:30";
        assertThat(pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", at).asString()))
                .containsEntry("result", "route");

        report("servicecenter-bochum", Map.of("serviceArea", "buergerbuero", "waitSeconds", 200,
                "measuredAt", "2026-11-25T11:29:50", "validForSeconds", 60)).statusCode(200)
                .body("expiresAt", equalTo("2026-11-25T11:30:50+01:00"));
        Map<String, String> overloaded = pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", at).asString());
        assertThat(overloaded).containsEntry("result", "callback").containsEntry("prompt", "callback")
                .containsEntry("reply", "480").containsEntry("rule", "2");
        // the other area's queue was not reported on; a wait the call carries counts before the report
        assertThat(pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", at).asString())).containsEntry("result", "route");
        assertThat(pairs(phoneSystem().queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS).queryParam("key", "1")
                .queryParam("at", at).queryParam("wait", "30").get("/api/v1/routing/decision").asString()))
                .containsEntry("result", "route");
        // past its validity the report no longer counts
        assertThat(pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-25T11:31").asString()))
                .containsEntry("result", "route");
        // an older report arriving late changes nothing; a center-wide one covers every area
        report("servicecenter-bochum", Map.of("serviceArea", "buergerbuero", "waitSeconds", 5,
                "measuredAt", "2026-11-25T11:29:00")).statusCode(200).body("waitSeconds", equalTo(200));
        report("servicecenter-bochum", Map.of("waitSeconds", 400, "measuredAt", "2026-11-25T11:29:55")).statusCode(200)
                .body("serviceArea", nullValue());
        assertThat(pairs(decision(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", at).asString()))
                .containsEntry("result", "callback");
    }

    @Test
    void queueWaitReportsAreCheckedAndListedWhileTheyHold() {
        report("call-atlantis", Map.of("waitSeconds", 10, "measuredAt", "2026-11-25T11:29:50")).statusCode(422)
                .body("errors[0].field", equalTo("serviceCenter"));
        report("servicecenter-bochum", Map.of("serviceArea", "raumfahrt", "waitSeconds", 10,
                "measuredAt", "2026-11-25T11:29:50")).statusCode(422).body("errors[0].field", equalTo("serviceArea"));
        report("servicecenter-bochum", Map.of("measuredAt", "2026-11-25T11:29:50")).statusCode(400)
                .body("errors[0].field", equalTo("waitSeconds"));
        report("servicecenter-bochum", Map.of("waitSeconds", -1, "measuredAt", "2026-11-25T11:29:50")).statusCode(400)
                .body("errors[0].field", equalTo("waitSeconds"));
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Europe/Berlin"));
        report("servicecenter-bochum", Map.of("waitSeconds", 10, "measuredAt", now.plusMinutes(5).toString()))
                .statusCode(422).body("errors[0].field", equalTo("measuredAt"));

        report("call-duisburg", Map.of("serviceArea", "zentrale", "waitSeconds", 42,
                "measuredAt", now.toString())).statusCode(200);
        phoneSystem().get("/api/v1/routing/queue-waits").then().statusCode(200)
                .body("find { it.serviceCenter == 'call-duisburg' }.waitSeconds", equalTo(42))
                .body("findAll { it.serviceCenter == 'servicecenter-bochum' }", org.hamcrest.Matchers.empty());
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON)
                .body(Map.of("waitSeconds", 1, "measuredAt", now.toString()))
                .put("/api/v1/routing/queue-waits/servicecenter-bochum").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse report(String center, Map<String, Object> report) {
        return phoneSystem().contentType(ContentType.JSON).body(report)
                .put("/api/v1/routing/queue-waits/" + center).then();
    }
}
