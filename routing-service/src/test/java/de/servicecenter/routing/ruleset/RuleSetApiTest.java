package de.servicecenter.routing.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.servicecenter.routing.RoutingFixtures;
import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule sets through the API, with real Keycloak tokens; decisions follow what is published. */
@QuarkusTest
class RuleSetApiTest {

    private static final String PHONE_SYSTEM = "phone-system-secret";

    @Inject
    RoutingFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private static ValidatableResponse putDraft(String user, String town, Object body) {
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/towns/" + town + "/rule-set/draft").then();
    }

    private static ValidatableResponse publish(String user, String town) {
        return given().auth().oauth2(KeycloakTokens.user(user)).post("/api/v1/towns/" + town + "/rule-set/draft/publish")
                .then();
    }

    private static ValidatableResponse decide(String number, String option, String at) {
        Map<String, Object> call = new HashMap<>(Map.of("dialledNumber", number, "at", at));
        if (option != null) {
            call.put("menuOption", option);
        }
        return given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", PHONE_SYSTEM))
                .contentType(ContentType.JSON).body(call).post("/api/v1/routing/decisions").then();
    }

    @Test
    void castropRauxelPublishesItsRulesAndCallsFollowAtOnce() {
        putDraft("castrop-rauxel-admin", "castrop-rauxel", SeedNetwork.ruleSets().get("castrop-rauxel"))
                .statusCode(200).body("version", equalTo(1)).body("status", equalTo("DRAFT"));
        decide(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T10:00:00+01:00").statusCode(404);

        publish("castrop-rauxel-admin", "castrop-rauxel").statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("castrop-rauxel-admin"));

        decide(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T10:00:00+01:00").statusCode(200)
                .body("action", equalTo("ROUTE_TO_CENTER"))
                .body("target", equalTo("sip:castrop-rauxel@servicecenter.bochum.de"))
                .body("tag.town", equalTo("castrop-rauxel"))
                .body("rule", equalTo(4))
                .body("explanation", containsString("Rule 4"))
                .body("fromCache", equalTo(false));
        // at as Berlin wall-clock time, as query parameters take it: the same call, the same decision
        String withOffset = decide(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T10:00:00+01:00")
                .extract().asString();
        decide(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T10:00").statusCode(200)
                .body(equalTo(withOffset));
        decide(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "Montag 10 Uhr").statusCode(400)
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].message", containsString("Berlin wall-clock time"));
    }

    @Test
    void publishingListsEveryProblemAndPublishesNothing() {
        RuleSetDefinition seed = SeedNetwork.ruleSets().get("castrop-rauxel");
        List<RuleDefinition> rules = new ArrayList<>(seed.rules());
        rules.add(1, seed.rules().getFirst()); // the holiday rule twice: the second is never reached
        rules.add(2, new RuleDefinition("Standesamt nach Bochum", new ConditionDefinition(List.of("standesamt"), null,
                null, null, null, null, null), new ActionDefinition(ActionType.ROUTE_TO_CENTER, "servicecenter-bochum",
                "sip:standesamt@servicecenter.bochum.de", null, null)));
        putDraft("castrop-rauxel-admin", "castrop-rauxel", new RuleSetDefinition(seed.entryPoints(), rules))
                .statusCode(200);

        publish("castrop-rauxel-admin", "castrop-rauxel").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("rules[1]", "rules[2].then.serviceCenter"));
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).get("/api/v1/towns/castrop-rauxel/rule-set/versions")
                .then().statusCode(200).body("status", contains("DRAFT"));
    }

    /**
     * Bochum's contract covers Bürgerbüro and Ordnungswesen: Bochum's admins change the rules about those areas in
     * Castrop-Rauxel's set, and nothing else — no Standesamt rule, no rule for every area, no touching the town's own.
     */
    @Test
    void aHostChangesOnlyTheRulesAboutItsContractAreas() {
        RuleSetDefinition seed = SeedNetwork.ruleSets().get("castrop-rauxel");
        putDraft("castrop-rauxel-admin", "castrop-rauxel", seed).statusCode(200);
        publish("castrop-rauxel-admin", "castrop-rauxel").statusCode(200);

        List<RuleDefinition> standesamt = new ArrayList<>(seed.rules());
        standesamt.add(1, new RuleDefinition("Standesamt umleiten", new ConditionDefinition(List.of("standesamt"), null,
                null, null, null, null, null), new ActionDefinition(ActionType.ROUTE_TO_NUMBER, null, "+4923411111",
                null, null)));
        putDraft("bochum-admin", "castrop-rauxel", new RuleSetDefinition(seed.entryPoints(), standesamt))
                .statusCode(422).body("errors.field", contains("rules[1].when.serviceAreas"));

        List<RuleDefinition> everything = new ArrayList<>(seed.rules());
        everything.add(0, new RuleDefinition("Alles nach Bochum", null, new ActionDefinition(ActionType.ROUTE_TO_NUMBER,
                null, "+4923411111", null, null)));
        putDraft("bochum-admin", "castrop-rauxel", new RuleSetDefinition(seed.entryPoints(), everything))
                .statusCode(422).body("errors.field", contains("rules[0].when.serviceAreas"));

        List<RuleDefinition> withoutClosing = new ArrayList<>(seed.rules());
        withoutClosing.removeIf(rule -> rule.name().equals("Rathaus geschlossen"));
        putDraft("bochum-admin", "castrop-rauxel", new RuleSetDefinition(seed.entryPoints(), withoutClosing))
                .statusCode(422).body("errors.field", contains("rules"));

        putDraft("bochum-admin", "castrop-rauxel", new RuleSetDefinition(SeedNetwork.ruleSets().get("bottrop")
                .entryPoints(), seed.rules())).statusCode(422).body("errors.field", contains("entryPoints"));

        List<RuleDefinition> ownAreas = new ArrayList<>(seed.rules());
        ownAreas.add(1, new RuleDefinition("Ordnungswesen: Sonderrufnummer", new ConditionDefinition(
                List.of("ordnungswesen"), null, null, null, null, null, null), new ActionDefinition(
                ActionType.ROUTE_TO_NUMBER, null, "+4923411112", null, null)));
        putDraft("bochum-admin", "castrop-rauxel", new RuleSetDefinition(seed.entryPoints(), ownAreas)).statusCode(200);
        publish("bochum-admin", "castrop-rauxel").statusCode(200);
        decide(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", "2026-11-23T10:00:00+01:00").statusCode(200)
                .body("action", equalTo("ROUTE_TO_NUMBER")).body("target", equalTo("+4923411112"));
        decide(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "3", "2026-11-23T10:00:00+01:00").statusCode(200)
                .body("target", equalTo("+492305106100"));
    }

    @Test
    void aHostManagesOnlyTheTownsItServesAndTownsReadTheirOwn() {
        putDraft("bochum-admin", "bottrop", SeedNetwork.ruleSets().get("bottrop")).statusCode(404);
        putDraft("duisburg-admin", "bottrop", SeedNetwork.ruleSets().get("bottrop")).statusCode(200);
        publish("bochum-admin", "bottrop").statusCode(404);
        publish("duisburg-admin", "bottrop").statusCode(200);

        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).get("/api/v1/towns/bottrop/rule-set/versions")
                .then().statusCode(200).body("$", hasSize(1));
        putDraft("bottrop-admin", "bottrop", SeedNetwork.ruleSets().get("bottrop")).statusCode(200);
        given().auth().oauth2(KeycloakTokens.user("dinslaken-admin")).get("/api/v1/towns/bottrop/rule-set/versions")
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", PHONE_SYSTEM))
                .get("/api/v1/towns/bottrop/rule-set/versions").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", PHONE_SYSTEM)).contentType(ContentType.JSON)
                .body(SeedNetwork.ruleSets().get("bottrop")).put("/api/v1/towns/bottrop/rule-set/draft").then()
                .statusCode(403);
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).contentType(ContentType.JSON)
                .body(Map.of("dialledNumber", SeedNetwork.BOTTROP_7030)).post("/api/v1/routing/decisions").then()
                .statusCode(403);
    }

    @Test
    void anEarlierVersionCanBePublishedAgain() {
        RuleSetDefinition seed = SeedNetwork.ruleSets().get("bottrop");
        putDraft("duisburg-admin", "bottrop", seed).statusCode(200);
        publish("duisburg-admin", "bottrop").statusCode(200);
        List<RuleDefinition> alwaysClosed = List.of(seed.rules().getLast());
        putDraft("duisburg-admin", "bottrop", new RuleSetDefinition(seed.entryPoints(), alwaysClosed)).statusCode(200)
                .body("version", equalTo(2));
        publish("duisburg-admin", "bottrop").statusCode(200);
        decide(SeedNetwork.BOTTROP_7030, null, "2026-11-23T10:00:00+01:00").body("action", equalTo("ANNOUNCEMENT"));

        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).post("/api/v1/towns/bottrop/rule-set/versions/1/publish")
                .then().statusCode(200).body("version", equalTo(3)).body("copiedFrom", equalTo(1));

        decide(SeedNetwork.BOTTROP_7030, null, "2026-11-23T10:00:00+01:00").body("action", equalTo("ROUTE_TO_CENTER"));
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).get("/api/v1/towns/bottrop/rule-set/versions")
                .then().body("version", contains(3, 2, 1)).body("status", contains("PUBLISHED", "SUPERSEDED", "SUPERSEDED"));
    }

    @Test
    void theSimulationShowsADayInIntervals() {
        putDraft("duisburg-admin", "bottrop", SeedNetwork.ruleSets().get("bottrop")).statusCode(200);

        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).queryParam("number", SeedNetwork.BOTTROP_7030)
                .get("/api/v1/towns/bottrop/rule-set/simulation?from=2026-11-23&days=1")
                .then().statusCode(200)
                .body("action", contains("ANNOUNCEMENT", "ROUTE_TO_CENTER", "ANNOUNCEMENT"))
                .body("from", contains("2026-11-22T23:00:00Z", "2026-11-23T06:30:00Z", "2026-11-23T17:00:00Z"));
    }

    @Test
    void thePhoneSystemReadsTheMenuToPlay() {
        putDraft("castrop-rauxel-admin", "castrop-rauxel", SeedNetwork.ruleSets().get("castrop-rauxel")).statusCode(200);
        publish("castrop-rauxel-admin", "castrop-rauxel").statusCode(200);

        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", PHONE_SYSTEM))
                .queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS).get("/api/v1/routing/menus").then()
                .statusCode(200)
                .body("town", equalTo("castrop-rauxel"))
                .body("options.key", contains("1", "2", "3"))
                .body("options[0].label", equalTo("Bürgerbüro: Ausweis, Meldewesen"))
                .body("defaultServiceArea", equalTo("zentrale"))
                .body("noInputTimeoutSeconds", equalTo(8));
        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", PHONE_SYSTEM))
                .queryParam("number", "+4930123456").get("/api/v1/routing/menus").then().statusCode(404);
    }

    /** The agent desktop tags a call popped by number and key from the menu: the town's people and its host's. */
    @Test
    void aMenuIsReadByTheTownAndItsHostOnlyOtherwiseTheNumberIsUnknown() {
        putDraft("castrop-rauxel-admin", "castrop-rauxel", SeedNetwork.ruleSets().get("castrop-rauxel")).statusCode(200);
        publish("castrop-rauxel-admin", "castrop-rauxel").statusCode(200);

        for (String reader : List.of("bochum-agent", "castrop-rauxel-admin")) {
            given().auth().oauth2(KeycloakTokens.user(reader)).queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS)
                    .get("/api/v1/routing/menus").then().statusCode(200).body("town", equalTo("castrop-rauxel"));
        }
        String unknown = given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", PHONE_SYSTEM))
                .queryParam("number", "+4930123456").get("/api/v1/routing/menus").then().statusCode(404)
                .extract().path("detail");
        String hidden = given().auth().oauth2(KeycloakTokens.user("bottrop-admin"))
                .queryParam("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS).get("/api/v1/routing/menus").then()
                .statusCode(404).extract().path("detail");
        assertThat(unknown).isEqualTo("No entry point '+4930123456'.");
        assertThat(hidden).isEqualTo("No entry point '" + SeedNetwork.CASTROP_RAUXEL_RATHAUS + "'.");
    }

    @Test
    void unknownNumbersAreNamed() {
        putDraft("duisburg-admin", "bottrop", SeedNetwork.ruleSets().get("bottrop")).statusCode(200);
        publish("duisburg-admin", "bottrop").statusCode(200);

        decide("+4930123456", null, "2026-11-23T10:00:00+01:00").statusCode(404)
                .body("detail", containsString("+4930123456"));
        decide(SeedNetwork.BOTTROP_7030, null, "2026-11-23T10:00:00+01:00").statusCode(200)
                .body("tag.town", equalTo("bottrop"));
    }
}
