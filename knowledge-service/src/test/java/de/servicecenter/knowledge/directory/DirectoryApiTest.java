package de.servicecenter.knowledge.directory;

import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import de.servicecenter.knowledge.KnowledgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Castrop-Rauxel's directory through the API with real tokens: imported by the town, asked by Bochum's agents for
 * the areas of Bochum's contract (Bürgerbüro, Ordnungswesen), by no one else.
 */
@QuarkusTest
class DirectoryApiTest {

    private static final String PATH = "/api/v1/towns/castrop-rauxel/directory";
    private static final String BIRTH = "99120008001000";
    private static final String MONDAY_MORNING = "2026-11-23T10:00";

    /** The example directory (Standesamt, A–K and L–Z, L–Z away that week) and a Bürgerbüro by postal code. */
    private static final String DIRECTORY = DirectoryExamples.DIRECTORY.replace("""
             "contactPoints": [""", """
             "contactPoints": [
               {"id": "buergerbuero-nord", "unit": "buergerbuero", "function": "Bürgerbüro Nord (Habinghorst)",
                "personName": "Herr Beispiel", "nameVisibleToHosts": true, "phone": "+492305106410"},""")
            .replace("""
             "organisationUnits": [""", """
             "organisationUnits": [
               {"id": "buergerbuero", "kind": "AMT", "name": "Bürgerbüro", "phone": "+492305106400"},""")
            .replace("""
             "responsibilities": [""", """
             "responsibilities": [
               {"serviceArea": "buergerbuero", "unit": "buergerbuero", "contactPoint": "buergerbuero-nord",
                "criteria": {"postalCodes": ["44579"]}},
               {"serviceArea": "buergerbuero", "unit": "buergerbuero"},""");

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void castropRauxelImportsItsDirectory() {
        fixtures.reset();
        as("castrop-rauxel-admin").body(DIRECTORY).put(PATH).then().statusCode(200)
                .body("organisationUnits", equalTo(3)).body("responsibilities", equalTo(5));
    }

    private static ValidatableResponse transfer(String user, String query) {
        return as(user).get(PATH + "/transfer?at=" + MONDAY_MORNING + "&" + query).then();
    }

    @Test
    void theTownExportsWhatItImportedAndReplacesItOnlyOverTheVersionItRead() {
        String etag = as("castrop-rauxel-admin").get(PATH).then().statusCode(200)
                .body("centralNumber", equalTo("+4923051060"))
                .body("organisationUnits.id", hasItems("buergerbuero", "standesamt", "fb-buergerdienste"))
                .extract().header("ETag");
        as("castrop-rauxel-admin").header("If-Match", "\"999\"").body(DIRECTORY).put(PATH).then().statusCode(412);
        as("castrop-rauxel-admin").header("If-Match", etag).body(DIRECTORY).put(PATH).then().statusCode(200);
    }

    @Test
    void anImportWithMistakesNamesThemAllAndKeepsTheDirectory() {
        String broken = DIRECTORY.replace("\"+4923051060\"", "\"02305 1060\"")
                .replace("\"unit\": \"standesamt\", \"function\"", "\"unit\": \"rathaus\", \"function\"");
        as("castrop-rauxel-admin").body(broken).put(PATH).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("centralNumber", "contactPoints[1].unit"));
        as("castrop-rauxel-admin").get(PATH).then().statusCode(200).body("centralNumber", equalTo("+4923051060"));
    }

    @Test
    void bochumsAgentIsToldWhomToPutACallerThroughToByPostalCode() {
        transfer("bochum-agent", "serviceArea=buergerbuero&postalCode=44579").statusCode(200)
                .body("route", equalTo("RESPONSIBLE"))
                .body("dial", equalTo("+492305106410"))
                .body("putThroughTo.function", equalTo("Bürgerbüro Nord (Habinghorst)"))
                .body("putThroughTo.personName", equalTo("Herr Beispiel")); // the town shows this name to hosts
        transfer("bochum-agent", "serviceArea=buergerbuero").statusCode(200)
                .body("putThroughTo.unit", equalTo("buergerbuero")).body("putThroughTo.contactPoint", nullValue())
                .body("askFor", hasItem("postalCode"));
    }

    @Test
    void theTownsOwnPeopleSeeNamesTheHostsDoNot() {
        transfer("castrop-rauxel-admin", "serviceArea=standesamt&leikaKey=" + BIRTH + "&surname=Kowalski")
                .statusCode(200).body("putThroughTo.contactPoint", equalTo("standesamt-a-k"))
                .body("putThroughTo.personName", equalTo("Frau Beispiel"));
    }

    @Test
    void anAbsentContactPointsSubstituteIsNamedWithTheReason() {
        transfer("castrop-rauxel-admin", "serviceArea=standesamt&leikaKey=" + BIRTH + "&surname=Müller")
                .statusCode(200).body("route", equalTo("SUBSTITUTE"))
                .body("responsible.contactPoint", equalTo("standesamt-l-z"))
                .body("putThroughTo.contactPoint", equalTo("standesamt-a-k"))
                .body("dial", equalTo("+492305106341"));
    }

    @Test
    void bochumCannotAskForAnAreaOutsideItsContractAndBottropNothingAtAll() {
        // Castrop-Rauxel is Bochum's partner, its Standesamt not Bochum's to answer for: as if there were none
        String outside = transfer("bochum-agent", "serviceArea=standesamt&surname=Müller").statusCode(404)
                .extract().path("detail");
        String bottrop = transfer("bottrop-admin", "serviceArea=buergerbuero").statusCode(404).extract().path("detail");
        assertThat(outside + bottrop).doesNotContain("Standesamt").doesNotContain("Beispiel");
        // the directory is the town's to keep: a host's admin has not the role, another town's admin not the town
        as("bochum-admin").get(PATH).then().statusCode(403);
        as("bochum-admin").body(DIRECTORY).put(PATH).then().statusCode(403);
        as("bottrop-admin").get(PATH).then().statusCode(404);
        as("bottrop-admin").body(DIRECTORY).put(PATH).then().statusCode(404);
        as("castrop-rauxel-admin").get(PATH).then().statusCode(200); // still there
    }

    @Test
    void bochumsAgentFindsTheBuergerbueroButNothingOfTheStandesamt() {
        as("bochum-agent").get(PATH + "/entries?q=habinghorst&at=" + MONDAY_MORNING).then().statusCode(200)
                .body("entry.contactPoint", equalTo(List.of("buergerbuero-nord")))
                .body("[0].answersNow", equalTo(true));
        as("bochum-agent").get(PATH + "/entries?q=standesamt").then().statusCode(200)
                .body("size()", equalTo(0)); // Bochum's contract covers Bürgerbüro and Ordnungswesen only
        as("castrop-rauxel-admin").get(PATH + "/entries?q=geburten&at=2026-11-27T13:00").then().statusCode(200)
                .body("entry.contactPoint", hasItems("standesamt-a-k", "standesamt-l-z"))
                .body("[0].answersNow", equalTo(false)) // Friday afternoon: closed from noon
                .body("[0].answersFrom", equalTo("2026-11-30T08:00:00+01:00"));
        as("bottrop-admin").get(PATH + "/entries?q=buergerbuero").then().statusCode(404);
    }

    @Test
    void malformedParametersAreNamed() {
        transfer("bochum-agent", "serviceArea=buergerbuero&postalCode=4457").statusCode(400)
                .body("errors.field", hasItem("postalCode"));
        transfer("bochum-agent", "serviceArea=buergerbuero&leikaKey=123").statusCode(400)
                .body("errors.field", hasItem("leikaKey"));
        as("bochum-agent").get(PATH + "/transfer?at=gestern&serviceArea=buergerbuero").then().statusCode(400)
                .body("errors.field", hasItem("at"));
        as("bochum-agent").get(PATH + "/transfer").then().statusCode(400).body("errors.field", hasItem("serviceArea"));
    }
}
