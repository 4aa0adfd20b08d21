package de.servicecenter.contact.kpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every KPI against values computed by hand from a small fixed set of contacts around the autumn clock change
 * (Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET, the day has 25 hours) and the spring one (Sunday
 * 29 March 2026: 02:00 CET becomes 03:00 CEST, 23 hours). Thresholds: service level 20 s and 30 s, short abandon 5 s.
 */
@QuarkusTest
class KpiTest {

    @Inject
    ContactFixtures fixtures;

    @BeforeEach
    void loadTheFixedContacts() {
        fixtures.reset();
        List<Map<String, Object>> contacts = new ArrayList<>();
        // c1: Saturday's last second (21:59:59 UTC) belongs to Saturday in Berlin.
        add(contacts, "c1", bottrop("2026-10-24T23:59:59+02:00", 10, "RESOLVED", 100, 20, "buergerbuero"));
        // c2: Sunday's first second in Berlin is 22:00 UTC on Saturday.
        add(contacts, "c2", bottrop("2026-10-25T00:00:00+02:00", 25, "RESOLVED", 200, 40, "buergerbuero"));
        // c3 and c4: 02:30 twice, once in summer time, once in winter time.
        add(contacts, "c3", bottrop("2026-10-25T02:30:00+02:00", 31, "FORWARDED", 300, 60, "zentrale"));
        add(contacts, "c4", bottrop("2026-10-25T02:30:00+01:00", 4, "ABANDONED", 0, 0, "zentrale"));
        // c5: abandoned after exactly the short-abandon threshold: it counts.
        add(contacts, "c5", bottrop("2026-10-25T02:45:00+01:00", 5, "ABANDONED", 0, 0, "zentrale"));
        add(contacts, "c6", bottrop("2026-10-25T10:00:00+01:00", 30, "WRONG_NUMBER", 20, 0, "zentrale"));
        // c7: Sunday's last second in Berlin (22:59:59 UTC).
        add(contacts, "c7", bottrop("2026-10-25T23:59:59+01:00", 20, "CALLBACK_PROMISED", 120, 30, "buergerbuero"));
        add(contacts, "c8", bottrop("2026-10-26T00:00:00+01:00", 45, "RESOLVED", 180, 0, "buergerbuero"));
        add(contacts, "c9", bottrop("2026-10-26T09:00:00+01:00", 3600, "RESOLVED", 300, 0, "buergerbuero")
                .with("channel", "EMAIL"));
        // Other towns at the same center: never in Bottrop's figures.
        add(contacts, "d1", bottrop("2026-10-25T11:00:00+01:00", 5, "RESOLVED", 60, 10, "standesamt")
                .with("town", "duisburg"));
        add(contacts, "d2", bottrop("2026-10-25T12:00:00+01:00", 50, "RESOLVED", 60, 10, "zentrale")
                .with("town", "dinslaken"));
        // Spring: the night of 29 March 2026 has no 02:00 hour.
        add(contacts, "s1", bottrop("2026-03-28T23:30:00+01:00", 10, "RESOLVED", 60, 0, "zentrale"));
        add(contacts, "s2", bottrop("2026-03-29T01:59:00+01:00", 10, "RESOLVED", 60, 0, "zentrale"));
        add(contacts, "s3", bottrop("2026-03-29T03:00:00+02:00", 10, "RESOLVED", 60, 0, "zentrale"));
        add(contacts, "s4", bottrop("2026-03-29T23:30:00+02:00", 10, "RESOLVED", 60, 0, "zentrale"));
        add(contacts, "s5", bottrop("2026-03-30T00:10:00+02:00", 10, "RESOLVED", 60, 0, "zentrale"));
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .body(Map.of("contacts", contacts)).post("/api/v1/contacts/batch").then().statusCode(200);
    }

    private static TestContact bottrop(String arrivedAt, int waiting, String outcome, int talk, int wrapUp, String area) {
        return TestContact.call(arrivedAt, waiting, outcome, talk).with("wrapUpSeconds", wrapUp).with("serviceArea", area);
    }

    private static void add(List<Map<String, Object>> contacts, String key, TestContact contact) {
        contacts.add(contact.with("idempotencyKey", key).json());
    }

    private static ValidatableResponse kpis(String user, String path, String query) {
        return given().auth().oauth2(KeycloakTokens.user(user)).get(path + "?" + query).then();
    }

    @Test
    void dailyFiguresAcrossTheAutumnClockChange() {
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-10-24&to=2026-10-26&groupBy=DAY")
                .statusCode(200)
                .body("groups.group", contains("2026-10-24", "2026-10-25", "2026-10-26"))
                // Saturday: c1
                .body("groups[0].offered", equalTo(1))
                .body("groups[0].serviceLevels[0].rate", equalTo(1.0f))
                .body("groups[0].averageHandlingSeconds", equalTo(120.0f))
                // Sunday, 25 hours: c2..c7
                .body("groups[1].offered", equalTo(6))
                .body("groups[1].shortAbandoned", equalTo(1))
                .body("groups[1].abandoned", equalTo(1))
                .body("groups[1].answered", equalTo(4))
                .body("groups[1].serviceLevels.thresholdSeconds", contains(20, 30))
                .body("groups[1].serviceLevels.answeredWithin", contains(1, 3))
                .body("groups[1].serviceLevels.rate", contains(0.2f, 0.6f))
                .body("groups[1].abandonmentRate", equalTo(0.2f))
                .body("groups[1].averageSpeedOfAnswerSeconds", equalTo(26.5f))
                .body("groups[1].handledSeconds", equalTo(770))
                .body("groups[1].averageHandlingSeconds", equalTo(192.5f))
                .body("groups[1].resolvedAtFirstContact", equalTo(1))
                .body("groups[1].firstContactEligible", equalTo(3))
                .body("groups[1].firstContactResolutionRate", equalTo(0.3333f))
                // Monday: c8 and the e-mail c9
                .body("groups[2].offered", equalTo(2))
                .body("groups[2].serviceLevels.rate", contains(0.0f, 0.0f))
                .body("groups[2].averageSpeedOfAnswerSeconds", equalTo(1822.5f))
                // The period
                .body("total.group", nullValue())
                .body("total.offered", equalTo(9))
                .body("total.shortAbandoned", equalTo(1))
                .body("total.abandoned", equalTo(1))
                .body("total.answered", equalTo(7))
                .body("total.serviceLevels.answeredWithin", contains(2, 4))
                .body("total.serviceLevels.rate", contains(0.25f, 0.5f))
                .body("total.abandonmentRate", equalTo(0.125f))
                .body("total.averageSpeedOfAnswerSeconds", equalTo(537.3f))
                .body("total.handledSeconds", equalTo(1370))
                .body("total.averageHandlingSeconds", equalTo(195.7f))
                .body("total.firstContactResolutionRate", equalTo(0.6667f));
    }

    /** The same figures for spreadsheets: a row per group and the total, German decimal comma, Excel's BOM. */
    @Test
    void kpisAsCsvForGermanSpreadsheets() {
        String query = "from=2026-10-24&to=2026-10-26&groupBy=DAY&serviceLevelSeconds=30";
        var json = kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", query).statusCode(200).extract().jsonPath();
        byte[] bytes = given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept("text/csv")
                .get("/api/v1/towns/bottrop/kpis?" + query + "&decimal=comma").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("kpis-bottrop-2026-10-24-2026-10-26.csv"))
                .extract().asByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Arrays.stream(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"))
                .map(row -> List.of(row.split(";", -1))).toList();
        List<String> header = rows.getFirst();
        assertThat(header).startsWith("row", "town", "serviceCenter", "from", "to", "groupBy", "group", "offered")
                .contains("answeredWithin30s", "serviceLevel30s", "firstContactResolutionRate");
        assertThat(rows).hasSize(1 + 3 + 1);
        List<String> sunday = rows.get(2);
        assertThat(sunday.get(header.indexOf("group"))).isEqualTo("2026-10-25");
        assertThat(sunday.get(header.indexOf("offered"))).isEqualTo(json.getString("groups[1].offered"));
        List<String> total = rows.getLast();
        assertThat(total.getFirst()).isEqualTo("total");
        String rate = total.get(header.indexOf("serviceLevel30s"));
        assertThat(rate).as("the German decimal comma").contains(",");
        assertThat(new BigDecimal(rate.replace(',', '.')))
                .isEqualByComparingTo(json.getString("total.serviceLevels[0].rate"));
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept("text/csv")
                .get("/api/v1/towns/bottrop/kpis?" + query + "&decimal=komma").then().statusCode(400)
                .body("errors.field", hasItem("decimal"));
        given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin")).accept("text/csv")
                .get("/api/v1/towns/bottrop/kpis?" + query).then().statusCode(404);
    }

    @Test
    void theRepeatedAutumnHourIsTwoHours() {
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-10-25&to=2026-10-25&groupBy=HOUR")
                .statusCode(200)
                .body("groups.group", contains("2026-10-25T00:00+02:00", "2026-10-25T02:00+02:00",
                        "2026-10-25T02:00+01:00", "2026-10-25T10:00+01:00", "2026-10-25T23:00+01:00"))
                .body("groups[2].offered", equalTo(2))
                .body("groups[2].shortAbandoned", equalTo(1))
                .body("groups[2].abandoned", equalTo(1))
                .body("groups[2].abandonmentRate", equalTo(1.0f))
                .body("groups[2].averageSpeedOfAnswerSeconds", nullValue())
                .body("groups[2].firstContactResolutionRate", nullValue())
                .body("total.offered", equalTo(6));
    }

    @Test
    void theSpringDayHasTwentyThreeHoursAndNoTwoOClock() {
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-03-28&to=2026-03-30&groupBy=DAY")
                .statusCode(200)
                .body("groups.group", contains("2026-03-28", "2026-03-29", "2026-03-30"))
                .body("groups.offered", contains(1, 3, 1));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-03-29&to=2026-03-29&groupBy=HOUR")
                .statusCode(200)
                .body("groups.group", contains("2026-03-29T01:00+01:00", "2026-03-29T03:00+02:00",
                        "2026-03-29T23:00+02:00"));
    }

    @Test
    void thresholdsAreParameters() {
        // Without the short-abandon exclusion c4 counts as abandoned: 4 of 9 within 30 s.
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis",
                "from=2026-10-24&to=2026-10-26&shortAbandonSeconds=0&serviceLevelSeconds=30")
                .statusCode(200)
                .body("shortAbandonSeconds", equalTo(0))
                .body("total.abandoned", equalTo(2))
                .body("total.serviceLevels.thresholdSeconds", contains(30))
                .body("total.serviceLevels.rate", contains(0.4444f))
                .body("groups.size()", equalTo(0));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis",
                "from=2026-10-24&to=2026-10-26&serviceLevelSeconds=45&serviceLevelSeconds=10")
                .statusCode(200)
                .body("total.serviceLevels.thresholdSeconds", contains(10, 45))
                .body("total.serviceLevels.answeredWithin", contains(1, 6));
    }

    @Test
    void filtersByChannelAreaAndGroupsByArea() {
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-10-24&to=2026-10-26&channel=PHONE")
                .statusCode(200)
                .body("total.offered", equalTo(8))
                // answered by phone: c1 10, c2 25, c3 31, c6 30, c7 20, c8 45 s → 161 / 6
                .body("total.averageSpeedOfAnswerSeconds", equalTo(26.8f));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-10-24&to=2026-10-26&groupBy=SERVICE_AREA")
                .statusCode(200)
                .body("groups.group", contains("buergerbuero", "zentrale"))
                .body("groups.offered", contains(5, 4));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-10-24&to=2026-10-26&serviceArea=zentrale")
                .statusCode(200)
                .body("total.offered", equalTo(4));
    }

    @Test
    void aCenterComparesTheTownsItServes() {
        kpis("duisburg-admin", "/api/v1/service-centers/call-duisburg/kpis", "from=2026-10-25&to=2026-10-25&groupBy=TOWN")
                .statusCode(200)
                .body("serviceCenter", equalTo("call-duisburg"))
                .body("groups.group", contains("bottrop", "dinslaken", "duisburg"))
                .body("groups.offered", contains(6, 1, 1))
                .body("total.offered", equalTo(8));
        kpis("duisburg-admin", "/api/v1/service-centers/call-duisburg/kpis", "from=2026-10-25&to=2026-10-25&town=dinslaken")
                .statusCode(200)
                .body("total.offered", equalTo(1));
    }

    @Test
    void badParametersAreNamed() {
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-10-26&to=2026-10-24")
                .statusCode(400).body("errors.field", hasItem("to"));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=24.10.2026")
                .statusCode(400).body("errors.field", hasItem("from"));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "groupBy=WEEK")
                .statusCode(400).body("errors.field", hasItem("groupBy"));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "serviceLevelSeconds=0")
                .statusCode(400).body("errors.field", hasItem("serviceLevelSeconds"));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2026-01-01&to=2026-03-01&groupBy=HOUR")
                .statusCode(400).body("errors.field", hasItem("groupBy"));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "from=2024-01-01&to=2026-03-01")
                .statusCode(400).body("errors.field", hasItem("to"));
        kpis("bottrop-admin", "/api/v1/towns/bottrop/kpis", "channel=FAX")
                .statusCode(400).body("errors.field", hasItem("channel"));
    }
}
