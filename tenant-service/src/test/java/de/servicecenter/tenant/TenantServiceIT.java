package de.servicecenter.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The baseline again, against the packaged service — the native executable in the native profile (README "Native
 * executables"): started as a process of its own, with the test stack and the test profile. Beyond it, what a native
 * image loses unless it is registered: the holiday data and its descriptions (Jollyday, read through JAXB), the German
 * texts of problems (resource bundles).
 */
@QuarkusIntegrationTest
class TenantServiceIT extends TenantServiceBaselineTest {

    @Test
    void computesTheHolidaysOfEveryState() {
        for (String state : new String[] {"DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
                "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH"}) {
            given().get("/public/v1/public-holidays/" + state + "/2026").then().statusCode(200)
                    .body("find { it.date == '2026-01-01' }.name", equalTo("Neujahr"))
                    .body("find { it.date == '2026-10-03' }.name", equalTo("Tag der Deutschen Einheit"));
        }
        given().get("/public/v1/public-holidays/DE-NW/2026").then().statusCode(200)
                .body("", hasSize(11))
                .body("find { it.date == '2026-06-04' }.name", equalTo("Fronleichnam"));
        given().get("/public/v1/public-holidays/DE-BE/2026").then().statusCode(200)
                .body("name", not(hasItem("Fronleichnam")))
                .body("find { it.date == '2026-03-08' }.name", equalTo("Internationaler Frauentag"));
    }

    @Test
    void namesBadInputInGermanWhenAskedTo() {
        given().header("Accept-Language", "de").get("/public/v1/public-holidays/DE-XX/2026").then().statusCode(400)
                .header("Content-Language", "de")
                .body("title", equalTo("Ungültige Eingabe"))
                .body("errors[0].field", equalTo("state"))
                .body("errors[0].message", equalTo("muss der ISO-3166-2-Code eines deutschen Bundeslandes sein, z. B. DE-NW"));
    }
}
