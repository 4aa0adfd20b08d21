package de.servicecenter.tenant.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.servicecenter.tenant.DemoNetwork;
import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contracts between host and client, with real tokens on the demo network. */
@QuarkusTest
class ContractTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    TenantFixtures fixtures;

    @BeforeEach
    void demoNetwork() {
        fixtures.resetNetwork();
        DemoNetwork.build();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON);
    }

    private static String contract(String overrides) {
        return """
                {"hostTown": "bochum", "clientTown": "castrop-rauxel", "serviceCenter": "servicecenter-bochum",
                 "serviceAreas": ["standesamt"], "validFrom": "2027-01-01",
                 "costModel": {"type": "PER_CALL", "pricePerCall": 3.10}""" + overrides + "}";
    }

    /** The client's signature on the version it read. */
    private static void acceptAs(String user, String id) {
        String etag = as(user).get("/api/v1/contracts/" + id).then().statusCode(200).extract().header("ETag");
        as(user).header("If-Match", etag).post("/api/v1/contracts/" + id + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    private static List<String> contractsOfCastropRauxel() {
        return as("castrop-rauxel-admin").get("/api/v1/contracts").then().statusCode(200)
                .extract().jsonPath().getList("id");
    }

    @Test
    void bothPartiesReadTheContractAndOthersGet404() {
        String id = as("bochum-admin").get("/api/v1/contracts?clientTown=castrop-rauxel").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].status", equalTo("ACTIVE"))
                .body("[0].serviceAreas", contains("buergerbuero", "ordnungswesen"))
                .body("[0].costModel.type", equalTo("FTE_SHARE"))
                .extract().path("[0].id");

        as("castrop-rauxel-admin").get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("hostTown", equalTo("bochum"));
        as("bottrop-admin").get("/api/v1/contracts/" + id).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", equalTo("No contract '" + id + "'."));
        as("duisburg-admin").get("/api/v1/contracts/" + id).then().statusCode(404);
    }

    @Test
    void hostCannotContractWithItselfAndNothingIsStored() {
        int before = contractsOfCastropRauxel().size();

        as("bochum-admin").body(contract("").replace("\"castrop-rauxel\"", "\"bochum\""))
                .post("/api/v1/contracts").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains("clientTown"))
                .body("errors[0].message", equalTo("a host cannot contract with itself"));

        assertThat(contractsOfCastropRauxel()).hasSize(before);
    }

    @Test
    void contractForAnUnknownTenantNamesTheField() {
        as("bochum-admin").body(contract("").replace("\"castrop-rauxel\"", "\"atlantis\""))
                .post("/api/v1/contracts").then().statusCode(422)
                .body("errors.field", contains("clientTown"))
                .body("errors[0].message", containsString("atlantis"));
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        String body = """
                {"hostTown": "bochum", "clientTown": "castrop-rauxel", "serviceCenter": "call-duisburg",
                 "serviceAreas": ["standesamt", "hundeschule", "standesamt"], "validFrom": "2027-01-01",
                 "validUntil": "2026-12-31", "costModel": {"type": "PER_CALL", "pricePerMinute": 0.9}}""";

        as("bochum-admin").body(body).post("/api/v1/contracts").then().statusCode(422)
                .body("errors.field", contains("serviceCenter", "serviceAreas[1]", "serviceAreas[2]", "validUntil",
                        "costModel.pricePerCall", "costModel.pricePerMinute"));
    }

    @Test
    void hostAdminOfAnotherTenantCannotProposeForBochum() {
        as("duisburg-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(422)
                .body("errors.field", contains("hostTown"));
    }

    @Test
    void cityAdminCannotWriteContracts() {
        as("castrop-rauxel-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void overlappingActivationAnswers409NamingTheContractInForce() {
        String existing = as("bochum-admin").get("/api/v1/contracts?clientTown=castrop-rauxel").then()
                .extract().path("[0].id");
        String draft = as("bochum-admin").body(contract("").replace("standesamt", "ordnungswesen"))
                .post("/api/v1/contracts").then().statusCode(201).body("status", equalTo("PROPOSED"))
                .extract().path("id");
        acceptAs("castrop-rauxel-admin", draft);

        as("bochum-admin").post("/api/v1/contracts/" + draft + "/activation").then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("serviceAreas"))
                .body("errors[0].message", containsString(existing))
                .body("errors[0].message", containsString("ordnungswesen"));
        as("bochum-admin").get("/api/v1/contracts/" + draft).then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void anotherHostsContractForTheSameAreaOverlapsToo() {
        String body = contract("").replace("\"bochum\"", "\"duisburg\"").replace("servicecenter-bochum", "call-duisburg")
                .replace("standesamt", "buergerbuero");
        String draft = as("duisburg-admin").body(body).post("/api/v1/contracts").then().statusCode(201)
                .extract().path("id");
        acceptAs("castrop-rauxel-admin", draft);

        as("duisburg-admin").post("/api/v1/contracts/" + draft + "/activation").then().statusCode(409);
    }

    @Test
    void aDifferentAreaOrALaterPeriodActivates() {
        String standesamt = as("bochum-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(201)
                .extract().path("id");
        acceptAs("castrop-rauxel-admin", standesamt);

        as("bochum-admin").post("/api/v1/contracts/" + standesamt + "/activation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void terminationEndsTheContractAndKeepsItOnRecord() {
        String id = as("bochum-admin").get("/api/v1/contracts?clientTown=castrop-rauxel").then()
                .extract().path("[0].id");
        String termination = """
                {"lastDay": "2026-12-31", "reason": "Castrop-Rauxel opens its own service center"}""";

        as("bochum-admin").body(termination).post("/api/v1/contracts/" + id + "/termination").then().statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("validUntil", equalTo("2026-12-31"))
                .body("terminationReason", equalTo("Castrop-Rauxel opens its own service center"))
                .body("terminatedBy", equalTo("bochum"));
        as("castrop-rauxel-admin").get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("TERMINATED"));
        as("bochum-admin").body(termination).post("/api/v1/contracts/" + id + "/termination").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
        as("bochum-admin").delete("/api/v1/contracts/" + id).then().statusCode(409);

        // From 2027 the area is free again: a new contract for Bürgerbüro activates.
        String successor = as("bochum-admin").body(contract("").replace("standesamt", "buergerbuero"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        acceptAs("castrop-rauxel-admin", successor);
        as("bochum-admin").post("/api/v1/contracts/" + successor + "/activation").then().statusCode(200);
    }

    @Test
    void terminationCannotExtendOrPrecedeTheContract() {
        String id = as("bochum-admin").get("/api/v1/contracts?clientTown=castrop-rauxel").then()
                .extract().path("[0].id");

        as("bochum-admin").body("{\"lastDay\": \"2014-12-31\", \"reason\": \"x\"}")
                .post("/api/v1/contracts/" + id + "/termination").then().statusCode(422)
                .body("errors[0].field", equalTo("lastDay"));
        as("bochum-admin").get("/api/v1/contracts/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void proposalsChangeAndDisappearButStaleWritesFail() {
        var created = as("bochum-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(201)
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        as("bochum-admin").header("If-Match", etag).body(contract(", \"validUntil\": \"2029-12-31\""))
                .put("/api/v1/contracts/" + id).then().statusCode(200).body("validUntil", equalTo("2029-12-31"));
        as("bochum-admin").header("If-Match", etag).body(contract(""))
                .put("/api/v1/contracts/" + id).then().statusCode(412);
        as("bochum-admin").delete("/api/v1/contracts/" + id).then().statusCode(204);
        as("bochum-admin").get("/api/v1/contracts/" + id).then().statusCode(404);
    }

    /** Two signatures: nothing delegates until the client's own admins accepted exactly the terms they read. */
    @Test
    void aProposalNeedsTheClientsAcceptanceBeforeItCanBeActivated() {
        var proposed = as("bochum-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("history.step", contains("PROPOSED")).body("history[0].by", equalTo("bochum-admin"))
                .extract();
        String id = proposed.path("id");
        String etag = proposed.header("ETag");

        as("bochum-admin").post("/api/v1/contracts/" + id + "/activation").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
        as("bochum-admin").header("If-Match", etag).post("/api/v1/contracts/" + id + "/acceptance").then()
                .statusCode(403);
        as("verbund-admin").header("If-Match", etag).post("/api/v1/contracts/" + id + "/acceptance").then()
                .statusCode(403);
        as("bottrop-admin").header("If-Match", etag).post("/api/v1/contracts/" + id + "/acceptance").then()
                .statusCode(404);
        as("castrop-rauxel-admin").post("/api/v1/contracts/" + id + "/acceptance").then().statusCode(428)
                .contentType(PROBLEM_JSON);
        as("castrop-rauxel-admin").get("/api/v1/contracts/" + id).then().body("status", equalTo("PROPOSED"));

        as("castrop-rauxel-admin").header("If-Match", etag).post("/api/v1/contracts/" + id + "/acceptance").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        as("bochum-admin").post("/api/v1/contracts/" + id + "/activation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("history.step", contains("PROPOSED", "ACCEPTED", "ACTIVATED"))
                .body("history.party", contains("bochum", "castrop-rauxel", "bochum"))
                .body("history.by", contains("bochum-admin", "castrop-rauxel-admin", "bochum-admin"));
        as("castrop-rauxel-admin").get("/api/v1/contracts/" + id).then()
                .body("history.step", contains("PROPOSED", "ACCEPTED", "ACTIVATED"));
    }

    @Test
    void aRevisionBetweenReadingAndAcceptingIsNeverAcceptedUnseen() {
        var proposed = as("bochum-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(201).extract();
        String id = proposed.path("id");
        String readByTheClient = proposed.header("ETag");

        as("bochum-admin").header("If-Match", readByTheClient).body(contract("").replace("3.10", "4.10"))
                .put("/api/v1/contracts/" + id).then().statusCode(200);
        as("castrop-rauxel-admin").header("If-Match", readByTheClient).post("/api/v1/contracts/" + id + "/acceptance")
                .then().statusCode(412);
        as("castrop-rauxel-admin").get("/api/v1/contracts/" + id).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void changedTermsAfterAcceptanceNeedANewAcceptance() {
        String id = as("bochum-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(201)
                .extract().path("id");
        acceptAs("castrop-rauxel-admin", id);

        as("bochum-admin").body(contract("").replace("3.10", "4.10")).put("/api/v1/contracts/" + id).then()
                .statusCode(200).body("status", equalTo("PROPOSED"))
                .body("history.step", contains("PROPOSED", "ACCEPTED", "REVISED"));
        as("bochum-admin").post("/api/v1/contracts/" + id + "/activation").then().statusCode(409);
        as("castrop-rauxel-admin").body(contract("").replace("3.10", "1.00")).put("/api/v1/contracts/" + id).then()
                .statusCode(403);
    }

    @Test
    void theClientRejectsWithAReasonTheHostReads() {
        String id = as("bochum-admin").body(contract("")).post("/api/v1/contracts").then().statusCode(201)
                .extract().path("id");

        as("castrop-rauxel-admin").body("{\"reason\": \"\"}").post("/api/v1/contracts/" + id + "/rejection").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        String rejected = as("castrop-rauxel-admin").body("{\"reason\": \"Zu teuer: höchstens 2,85 EUR je Anruf\"}")
                .post("/api/v1/contracts/" + id + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().header("ETag");
        as("bochum-admin").get("/api/v1/contracts/" + id).then()
                .body("history[1].step", equalTo("REJECTED"))
                .body("history[1].party", equalTo("castrop-rauxel"))
                .body("history[1].note", equalTo("Zu teuer: höchstens 2,85 EUR je Anruf"))
                .body("history[1].version", equalTo(Integer.parseInt(rejected.replace("\"", ""))));
        as("bochum-admin").post("/api/v1/contracts/" + id + "/activation").then().statusCode(409);
        as("castrop-rauxel-admin").header("If-Match", rejected).post("/api/v1/contracts/" + id + "/acceptance").then()
                .statusCode(409);
        as("bochum-admin").delete("/api/v1/contracts/" + id).then().statusCode(204);
    }

    @Test
    void eitherPartyGivesNoticeAndOthersCannot() {
        String id = as("bochum-admin").get("/api/v1/contracts?clientTown=castrop-rauxel").then()
                .extract().path("[0].id");
        String notice = """
                {"lastDay": "2027-06-30", "reason": "Castrop-Rauxel übernimmt das Bürgerbüro wieder selbst"}""";

        as("bottrop-admin").body(notice).post("/api/v1/contracts/" + id + "/termination").then().statusCode(404);
        as("castrop-rauxel-admin").body(notice).post("/api/v1/contracts/" + id + "/termination").then().statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("terminatedBy", equalTo("castrop-rauxel"))
                .body("history[-1].step", equalTo("TERMINATED"))
                .body("history[-1].by", equalTo("castrop-rauxel-admin"));
        as("bochum-admin").get("/api/v1/contracts/" + id).then().body("terminatedBy", equalTo("castrop-rauxel"));
    }

    /** A deactivated town and a town that never existed answer alike: the answer tells nothing about the registry. */
    @Test
    void aProposalToAMissingOrADeactivatedTownAnswersAlike() {
        as("verbund-admin").body("""
                {"id": "herne", "name": "Stadt Herne", "kind": "CITY", "ags": "05916000", "federalState": "DE-NW",
                 "centralNumbers": ["+4923231600"], "status": "INACTIVE"}""").post("/api/v1/towns").then()
                .statusCode(201);

        String inactive = as("bochum-admin").body(contract("").replace("\"castrop-rauxel\"", "\"herne\""))
                .post("/api/v1/contracts").then().statusCode(422).extract().path("errors[0].message");
        String missing = as("bochum-admin").body(contract("").replace("\"castrop-rauxel\"", "\"hernee\""))
                .post("/api/v1/contracts").then().statusCode(422).extract().path("errors[0].message");
        assertThat(inactive.replace("herne", "hernee")).isEqualTo(missing);
    }
}
