package de.servicecenter.tenant.openinghours;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The admin API of opening hours: who may read and write which schedule, and bad input that changes nothing. */
@QuarkusTest
class ScheduleTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    TenantFixtures fixtures;

    private String buergerbuero;
    private String rathaus;

    @BeforeEach
    void demoNetwork() {
        fixtures.resetNetwork();
        DemoNetwork.build();
        buergerbuero = scheduleOf("castrop-rauxel", "Bürgerbüro Castrop-Rauxel");
        rathaus = scheduleOf("castrop-rauxel", "Rathaus Castrop-Rauxel");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON);
    }

    private static String scheduleOf(String tenant, String name) {
        return as(tenant + "-admin").get("/api/v1/schedules?town=" + tenant).then().statusCode(200)
                .extract().jsonPath().getString("find { it.name == '" + name + "' }.id");
    }

    private static String weekly(String rules) {
        return """
                {"town": "castrop-rauxel", "serviceArea": "standesamt", "name": "Standesamt Castrop-Rauxel",
                 "weeklyPeriods": [{"validFrom": "2026-01-01", "validUntil": "2026-12-31", "rules": [%s]}]}"""
                .formatted(rules);
    }

    private static void noStandesamtSchedule() {
        as("castrop-rauxel-admin").get("/api/v1/schedules?town=castrop-rauxel").then()
                .body("findAll { it.serviceArea == 'standesamt' }", hasSize(0));
    }

    @Nested
    class BadInput {

        @Test
        void overlappingIntervalsNameTheRuleAndTheDay() {
            as("castrop-rauxel-admin").body(weekly("""
                    {"days": ["MONDAY", "TUESDAY"], "opens": "08:00", "closes": "12:00"},
                    {"days": ["TUESDAY"], "opens": "11:30", "closes": "15:00"}"""))
                    .post("/api/v1/schedules").then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("errors.field", contains("weeklyPeriods[0].rules[1]"))
                    .body("errors[0].message", containsString("TUESDAY"));
            noStandesamtSchedule();
        }

        @Test
        void reversedIntervalNamesItsClosingTime() {
            as("castrop-rauxel-admin").body(weekly("{\"days\": [\"MONDAY\"], \"opens\": \"17:00\", \"closes\": \"08:00\"}"))
                    .post("/api/v1/schedules").then().statusCode(422)
                    .body("errors.field", contains("weeklyPeriods[0].rules[0].closes"));
            noStandesamtSchedule();
        }

        @Test
        void unknownWeekdayIsNamed() {
            as("castrop-rauxel-admin").body(weekly("{\"days\": [\"MONTAG\"], \"opens\": \"08:00\", \"closes\": \"12:00\"}"))
                    .post("/api/v1/schedules").then().statusCode(422)
                    .body("errors.field", contains("weeklyPeriods[0].rules[0].days[0]"))
                    .body("errors[0].message", containsString("MONTAG"));
            noStandesamtSchedule();
        }

        @Test
        void dateRangeEndingBeforeItStartsIsNamed() {
            as("castrop-rauxel-admin").body(weekly("{\"days\": [\"MONDAY\"], \"opens\": \"08:00\", \"closes\": \"12:00\"}")
                            .replace("\"2026-12-31\"", "\"2025-12-31\""))
                    .post("/api/v1/schedules").then().statusCode(422)
                    .body("errors.field", contains("weeklyPeriods[0].validUntil"));
            noStandesamtSchedule();
        }

        @Test
        void exceptionOutsideTheScheduleIsRefusedAndNotStored() {
            String standesamt = as("castrop-rauxel-admin")
                    .body(weekly("{\"days\": [\"MONDAY\"], \"opens\": \"08:00\", \"closes\": \"12:00\"}"))
                    .post("/api/v1/schedules").then().statusCode(201).extract().path("id");

            as("castrop-rauxel-admin").body("""
                    {"firstDay": "2026-12-28", "lastDay": "2027-01-04", "closed": true, "reason": "Inventur"}""")
                    .post("/api/v1/schedules/" + standesamt + "/exceptions").then().statusCode(422)
                    .body("errors.field", contains("firstDay"))
                    .body("errors[0].message", containsString("2027-01-01"));
            as("castrop-rauxel-admin").get("/api/v1/schedules/" + standesamt).then().body("exceptions", hasSize(0));
        }

        @Test
        void exceptionEndingBeforeItStartsAndWithoutReasonIsRefused() {
            as("castrop-rauxel-admin").body("""
                    {"firstDay": "2026-12-28", "lastDay": "2026-12-27", "closed": true, "reason": " "}""")
                    .post("/api/v1/schedules/" + buergerbuero + "/exceptions").then().statusCode(422)
                    .body("errors.field", contains("lastDay", "reason"));
            as("castrop-rauxel-admin").get("/api/v1/schedules/" + buergerbuero).then().body("exceptions", hasSize(2));
        }

        @Test
        void overlappingExceptionIsRefused() {
            as("castrop-rauxel-admin").body("""
                    {"firstDay": "2026-12-30", "lastDay": "2027-01-02", "closed": true, "reason": "Umzug"}""")
                    .post("/api/v1/schedules/" + buergerbuero + "/exceptions").then().statusCode(422)
                    .body("errors.field", contains("firstDay"))
                    .body("errors[0].message", containsString("2026-12-24"));
        }

        @Test
        void secondScheduleForTheSameOfficeIsAConflict() {
            as("castrop-rauxel-admin").body(DemoNetworkFiles.castropRauxelBuergerbuero())
                    .post("/api/v1/schedules").then().statusCode(409)
                    .body("errors.field", contains("serviceArea"));
        }

        @Test
        void impossibleDateAndMissingQueryParameterAreNamed() {
            as("castrop-rauxel-admin").body(weekly("{\"days\": [\"MONDAY\"], \"opens\": \"08:00\", \"closes\": \"12:00\"}")
                            .replace("2026-01-01", "2026-13-01"))
                    .post("/api/v1/schedules").then().statusCode(400)
                    .body("errors[0].field", equalTo("weeklyPeriods[0].validFrom"));
            as("castrop-rauxel-admin").get("/api/v1/schedules").then().statusCode(400)
                    .body("errors[0].field", equalTo("town"));
        }

        @Test
        void malformedJsonTypeIsA400NamingTheField() {
            as("castrop-rauxel-admin").body(weekly("{\"days\": \"MONDAY\", \"opens\": \"08:00\", \"closes\": \"12:00\"}"))
                    .post("/api/v1/schedules").then().statusCode(400)
                    .body("errors[0].field", equalTo("weeklyPeriods[0].rules[0].days"));
        }
    }

    @Nested
    class Isolation {

        @Test
        void cityAdminCannotReadOrChangeAnotherTownsSchedule() {
            as("bottrop-admin").get("/api/v1/schedules/" + buergerbuero).then().statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("detail", equalTo("No schedule '" + buergerbuero + "'."));
            as("bottrop-admin").body(DemoNetworkFiles.castropRauxelBuergerbuero())
                    .put("/api/v1/schedules/" + buergerbuero).then().statusCode(404);
            as("bottrop-admin").body("{\"firstDay\": \"2026-12-01\", \"lastDay\": \"2026-12-01\", \"closed\": true, "
                    + "\"reason\": \"x\"}").post("/api/v1/schedules/" + buergerbuero + "/exceptions").then()
                    .statusCode(404);
            as("bottrop-admin").get("/api/v1/schedules?town=castrop-rauxel").then().statusCode(404);
            as("castrop-rauxel-admin").get("/api/v1/schedules/" + buergerbuero).then().body("exceptions", hasSize(2));
        }

        /** Another host's center and a center that does not exist, named in a body, answer alike. */
        @Test
        void aForeignAndAMissingCenterNamedInABodyAnswerAlike() throws Exception {
            String duisburg = Files.readString(DemoNetwork.DEMO.resolve("schedules/call-duisburg.json"));
            String foreign = as("bochum-admin").body(duisburg).post("/api/v1/schedules").then().statusCode(422)
                    .extract().path("errors[0].message");
            String missing = as("bochum-admin").body(duisburg.replace("call-duisburg", "call-duisburgg"))
                    .post("/api/v1/schedules").then().statusCode(422).extract().path("errors[0].message");
            assertThat(foreign).contains("call-duisburg");
            assertThat(foreign.replace("call-duisburg", "call-duisburgg")).isEqualTo(missing);
        }

        @Test
        void hostAgentReadsTheClientsOfficeOnlyForContractedAreas() {
            as("bochum-agent").get("/api/v1/schedules/" + buergerbuero).then().statusCode(200)
                    .body("name", equalTo("Bürgerbüro Castrop-Rauxel"));
            // The general town hall hours are about no single area: any covered area lets the host read them.
            as("bochum-agent").get("/api/v1/schedules/" + rathaus).then().statusCode(200);
            as("duisburg-agent").get("/api/v1/schedules/" + buergerbuero).then().statusCode(404);
        }

        @Test
        void hostAgentCannotReadAnOfficeOfAnAreaTheContractLeavesOut() {
            String standesamt = as("castrop-rauxel-admin")
                    .body(weekly("{\"days\": [\"MONDAY\"], \"opens\": \"08:00\", \"closes\": \"12:00\"}"))
                    .post("/api/v1/schedules").then().statusCode(201).extract().path("id");

            as("bochum-agent").get("/api/v1/schedules/" + standesamt).then().statusCode(404);
            as("bochum-agent").get("/api/v1/schedules?town=castrop-rauxel").then().statusCode(200)
                    .body("name", containsInAnyOrder("Bürgerbüro Castrop-Rauxel",
                            "Rathaus Castrop-Rauxel"));
        }

        @Test
        void hostAgentReadsNothingOnceTheContractHasEnded() {
            String contract = as("bochum-admin").get("/api/v1/contracts?clientTown=castrop-rauxel").then()
                    .extract().path("[0].id");
            String yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1).toString();
            as("bochum-admin").body("{\"lastDay\": \"" + yesterday + "\", \"reason\": \"ended\"}")
                    .post("/api/v1/contracts/" + contract + "/termination").then().statusCode(200);

            as("bochum-agent").get("/api/v1/schedules/" + buergerbuero).then().statusCode(404);
            as("bochum-agent").get("/api/v1/schedules?town=castrop-rauxel").then().statusCode(404);
        }

        @Test
        void hostAgentMayReadButNotChangeTheClientsSchedule() {
            as("bochum-agent").body(DemoNetworkFiles.castropRauxelBuergerbuero())
                    .put("/api/v1/schedules/" + buergerbuero).then().statusCode(403);
            as("bochum-admin").body("{\"firstDay\": \"2026-12-01\", \"lastDay\": \"2026-12-01\", \"closed\": true, "
                    + "\"reason\": \"x\"}").post("/api/v1/schedules/" + buergerbuero + "/exceptions").then()
                    .statusCode(403);
        }

        @Test
        void cityAdminCannotWriteACentersSchedule() {
            String center = scheduleOf("kreis-soest", "ServiceCenter Kreis Soest");
            as("stadt-soest-admin").get("/api/v1/schedules/" + center).then().statusCode(404);
            as("kreis-soest-agent").get("/api/v1/schedules/" + center).then().statusCode(200);
            as("kreis-soest-agent").body("{\"firstDay\": \"2026-12-01\", \"lastDay\": \"2026-12-01\", \"closed\": true, "
                    + "\"reason\": \"x\"}").post("/api/v1/schedules/" + center + "/exceptions").then().statusCode(403);
        }
    }

    @Test
    void ownerReplacesHoursWithItsETagAndStaleWritesFail() {
        var read = as("castrop-rauxel-admin").get("/api/v1/schedules/" + buergerbuero).then().statusCode(200).extract();
        String body = DemoNetworkFiles.castropRauxelBuergerbuero().replace("\"12:30\"", "\"13:00\"");

        as("castrop-rauxel-admin").header("If-Match", read.header("ETag")).body(body)
                .put("/api/v1/schedules/" + buergerbuero).then().statusCode(200)
                .body("weeklyPeriods[0].rules[0].closes", equalTo("13:00"));
        as("castrop-rauxel-admin").header("If-Match", read.header("ETag")).body(body)
                .put("/api/v1/schedules/" + buergerbuero).then().statusCode(412);
    }

    @Test
    void exceptionsAreAddedAndRemoved() {
        String added = as("castrop-rauxel-admin").body("""
                {"firstDay": "2026-12-07", "lastDay": "2026-12-07", "closed": true, "reason": "Personalversammlung"}""")
                .post("/api/v1/schedules/" + buergerbuero + "/exceptions").then().statusCode(201)
                .body("reason", equalTo("Personalversammlung")).extract().path("id");
        as("castrop-rauxel-admin").get("/api/v1/schedules/" + buergerbuero).then().body("exceptions", hasSize(3));

        as("castrop-rauxel-admin").delete("/api/v1/schedules/" + buergerbuero + "/exceptions/" + added).then()
                .statusCode(204);
        as("castrop-rauxel-admin").get("/api/v1/schedules/" + buergerbuero).then().body("exceptions", hasSize(2));
    }
}
