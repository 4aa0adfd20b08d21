package de.servicecenter.tenant.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant registry as a platform admin uses it: registering, replacing, and every kind of bad input. */
@QuarkusTest
class TenantRegistryTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    TenantFixtures fixtures;

    private String admin;

    @BeforeEach
    void demoTowns() {
        fixtures.reset();
        admin = KeycloakTokens.user("verbund-admin");
    }

    static String json(String id, String ags, String number) {
        return """
                {"id": "%s", "name": "Stadt %s", "kind": "CITY", "ags": "%s", "federalState": "DE-NW",
                 "centralNumbers": ["%s"]}
                """.formatted(id, id, ags, number);
    }

    /** The link is built from configuration, never from the Host header a caller sends (here: none configured). */
    @Test
    void registersATenantAndAnswersWithItsLocation() {
        given().auth().oauth2(admin).contentType("application/json").header("Host", "evil.example")
                .body(json("dinslaken", "05170008", "+4920646600"))
                .when().post("/api/v1/towns")
                .then().statusCode(201)
                .header("Location", equalTo("/api/v1/towns/dinslaken"))
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo("dinslaken"))
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(admin).when().get("/api/v1/towns/dinslaken").then().statusCode(200)
                .body("ags", equalTo("05170008"));
    }

    /**
     * A new installation: the platform admin's own town is not registered yet, yet it registers the first towns —
     * the registry is the roles' alone, and the database lets the platform's admins write it.
     */
    @Test
    void thePlatformAdminRegistersTheFirstTownsOfAnEmptyRegistry() {
        fixtures.empty();
        given().auth().oauth2(admin).contentType("application/json")
                .body(json("bochum", "05911000", "+492349100")).when().post("/api/v1/towns")
                .then().statusCode(201).body("id", equalTo("bochum"));
        given().auth().oauth2(admin).when().get("/api/v1/towns/bochum").then().statusCode(200);
    }

    @Test
    void badAgsIsNamed() {
        rejected(json("dinslaken", "5170008", "+4920646600"), 400)
                .body("errors[0].field", equalTo("ags"))
                .body("errors[0].message", startsWith("must be the 8-digit Amtlicher Gemeindeschlüssel"));
    }

    @Test
    void agsOfAnotherStateIsNamed() {
        rejected(json("dinslaken", "09162000", "+4920646600"), 400)
                .body("errors[0].field", equalTo("ags"))
                .body("errors[0].message", equalTo("must start with 05, the code of Nordrhein-Westfalen (DE-NW)"));
    }

    @Test
    void badPhoneNumberIsNamedWithItsPosition() {
        String body = """
                {"id": "dinslaken", "name": "Stadt Dinslaken", "kind": "CITY", "ags": "05170008",
                 "federalState": "DE-NW", "centralNumbers": ["+4920646600", "02064 66-0"]}
                """;
        rejected(body, 400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("centralNumbers[1]"))
                .body("errors[0].message", startsWith("must be an E.164 phone number"));
    }

    @Test
    void neighbourhoodsAreKeptInTheirOrderAndReplacedWithTheTown() {
        String body = json("dinslaken", "05170008", "+4920646600")
                .replace("}\n", ", \"neighbourhoods\": [\" Hiesfeld \", \"Lohberg\", \"Eppinghoven\"]}\n");
        given().auth().oauth2(admin).contentType("application/json").body(body)
                .when().post("/api/v1/towns").then().statusCode(201)
                .body("neighbourhoods", equalTo(List.of("Hiesfeld", "Lohberg", "Eppinghoven")));
        given().auth().oauth2(admin).contentType("application/json").header("If-Match", "\"0\"")
                .body(json("dinslaken", "05170008", "+4920646600"))
                .when().put("/api/v1/towns/dinslaken").then().statusCode(200)
                .body("neighbourhoods", hasSize(0));
    }

    @Test
    void aNeighbourhoodListedTwiceOrBlankIsNamedWithItsPosition() {
        String body = json("dinslaken", "05170008", "+4920646600")
                .replace("}\n", ", \"neighbourhoods\": [\"Hiesfeld\", \" \", \"hiesfeld\"]}\n");
        rejected(body, 400)
                .body("errors.field", hasItem("neighbourhoods[1]"))
                .body("errors.find { it.field == 'neighbourhoods[1]' }.message", equalTo("must not be blank"));
        rejected(body.replace("\" \", ", ""), 400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("neighbourhoods[1]"))
                .body("errors[0].message", equalTo("is listed twice"));
    }

    @Test
    void unknownFederalStateIsNamed() {
        rejected(json("dinslaken", "05170008", "+4920646600").replace("DE-NW", "DE-XX"), 400)
                .body("errors[0].field", equalTo("federalState"))
                .body("errors[0].message", startsWith("must be one of [DE-BW, DE-BY"));
    }

    @Test
    void unknownKindIsNamed() {
        rejected(json("dinslaken", "05170008", "+4920646600").replace("CITY", "VILLAGE"), 400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of [CITY, MUNICIPALITY, DISTRICT]"));
    }

    @Test
    void wrongJsonTypeIsNamed() {
        rejected(json("dinslaken", "05170008", "+4920646600")
                .replace("[\"+4920646600\"]", "{\"main\": \"+4920646600\"}"), 400)
                .body("errors[0].field", equalTo("centralNumbers"))
                .body("errors[0].message", equalTo("must be an array"));
    }

    @Test
    void unknownFieldIsNamed() {
        rejected(json("dinslaken", "05170008", "+4920646600").replace("\"kind\"", "\"einwohner\": 67000, \"kind\""), 400)
                .body("errors[0].field", equalTo("einwohner"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void missingFieldsAreAllNamed() {
        rejected("{\"id\": \"dinslaken\"}", 400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("ags"))
                .body("errors.field", hasItem("federalState"))
                .body("errors.field", hasItem("centralNumbers"));
    }

    @Test
    void badSlugIsNamed() {
        rejected(json("Castrop Rauxel", "05170008", "+4920646600"), 400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void duplicateSlugIs409NamingTheId() {
        rejected(json("bottrop", "05170008", "+4920646600"), 409)
                .body("type", equalTo("urn:problem:servicecenter-verbund:conflict"))
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void centralNumberOfAnotherTenantIs409NamingTheNumber() {
        rejected(json("dinslaken", "05170008", "+4920417030"), 409)
                .body("errors[0].field", equalTo("centralNumbers[0]"))
                .body("errors[0].message", equalTo("is already a central number of tenant 'bottrop'"));
    }

    @Test
    void agsOfAnotherTenantIs409NamingTheAgs() {
        rejected(json("dinslaken", "05512000", "+4920646600"), 409)
                .body("errors[0].field", equalTo("ags"));
    }

    @Test
    void replaceWithCurrentETagSucceedsAndStaleETagGets412() {
        String etag = given().auth().oauth2(admin).when().get("/api/v1/towns/bottrop")
                .then().statusCode(200).extract().header("ETag");
        String renamed = json("bottrop", "05512000", "+4920417030").replace("Stadt bottrop", "Stadt Bottrop (Westf.)");

        String newEtag = given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag)
                .body(renamed).when().put("/api/v1/towns/bottrop")
                .then().statusCode(200).body("name", equalTo("Stadt Bottrop (Westf.)"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);

        given().auth().oauth2(admin).contentType("application/json").header("If-Match", etag)
                .body(renamed.replace("(Westf.)", "(alt)")).when().put("/api/v1/towns/bottrop")
                .then().statusCode(412).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:problem:servicecenter-verbund:precondition-failed"));
        given().auth().oauth2(admin).when().get("/api/v1/towns/bottrop")
                .then().body("name", equalTo("Stadt Bottrop (Westf.)"));
    }

    @Test
    void replaceCannotChangeTheId() {
        given().auth().oauth2(admin).contentType("application/json")
                .body(json("bottrop-neu", "05512000", "+4920417030"))
                .when().put("/api/v1/towns/bottrop")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void invalidPagingIsNamed() {
        given().auth().oauth2(admin).when().get("/api/v1/towns?size=1000")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(admin).when().get("/api/v1/towns?federalState=NRW")
                .then().statusCode(400).body("errors[0].field", equalTo("federalState"));
    }

    @Test
    void unknownPathAndMethodAnswerAsProblems() {
        given().auth().oauth2(admin).when().delete("/api/v1/towns/bottrop")
                .then().statusCode(405).contentType(PROBLEM_JSON);
        given().auth().oauth2(admin).contentType("text/plain").body("bottrop")
                .when().post("/api/v1/towns")
                .then().statusCode(415).contentType(PROBLEM_JSON);
    }

    /** Sends a registration that must fail, and checks that the registry is unchanged afterwards. */
    private ValidatableResponse rejected(String body, int status) {
        long before = fixtures.count();
        ValidatableResponse response = given().auth().oauth2(admin).contentType("application/json").body(body)
                .when().post("/api/v1/towns")
                .then().statusCode(status).contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("instance", equalTo("/api/v1/towns"));
        assertThat(fixtures.count()).as("nothing stored").isEqualTo(before);
        return response;
    }
}
