package de.servicecenter.tenant.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import de.servicecenter.tenant.DemoNetwork;
import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What city portals see without login, on the demo network. */
@QuarkusTest
class PublicOpeningHoursTest {

    @Inject
    TenantFixtures fixtures;

    @Inject
    NowAnswers nowAnswers;

    @BeforeEach
    void demoNetwork() {
        fixtures.resetNetwork();
        DemoNetwork.build();
    }

    private static ValidatableResponse status(String tenant, String query) {
        return given().urlEncodingEnabled(false).when().get("/public/v1/towns/" + tenant + "/opening-status" + query).then();
    }

    @Test
    void openNowSaysUntilWhenAndWhoAnswersThePhone() {
        status("castrop-rauxel", "?serviceArea=buergerbuero&at=2026-11-24T10:00:00%2B01:00").statusCode(200)
                .body("serviceAreaName", equalTo("Bürgerbüro"))
                .body("at", equalTo("2026-11-24T10:00:00+01:00"))
                .body("office.name", equalTo("Bürgerbüro Castrop-Rauxel"))
                .body("office.open", equalTo(true))
                .body("office.openUntil", equalTo("2026-11-24T12:30:00+01:00"))
                .body("office.today.intervals.opens", contains("08:00", "14:00"))
                .body("office.week", hasSize(7))
                .body("office.week[0].date", equalTo("2026-11-23"))
                .body("phone.answeredBy", equalTo("bochum"))
                .body("phone.underContract", equalTo(true))
                .body("phone", not(hasKey("contractId"))) // internal: no portal's business
                .body("phone.serviceCenter.id", equalTo("servicecenter-bochum"))
                .body("phone.hours.open", equalTo(true))
                .body("phone.hours.openUntil", equalTo("2026-11-24T18:00:00+01:00"));
    }

    @Test
    void anAreaOutsideTheContractIsAnsweredByTheTownItself() {
        status("castrop-rauxel", "?serviceArea=standesamt&at=2026-11-24T10:00:00%2B01:00").statusCode(200)
                .body("office.name", equalTo("Rathaus Castrop-Rauxel"))
                .body("phone.answeredBy", equalTo("castrop-rauxel"))
                .body("phone.underContract", equalTo(false))
                .body("phone.serviceCenter", nullValue())
                .body("phone.hours.name", equalTo("Rathaus Castrop-Rauxel"));
    }

    @Test
    void aWholeSwitchboardContractAnswersWithoutAnArea() {
        status("bottrop", "?at=2026-11-24T07:45:00%2B01:00").statusCode(200)
                .body("office.open", equalTo(false))
                .body("office.nextOpening", equalTo("2026-11-24T08:00:00+01:00"))
                .body("phone.answeredBy", equalTo("duisburg"))
                .body("phone.serviceCenter.name", equalTo("Call Duisburg (Bürger-Center)"))
                .body("phone.hours.open", equalTo(true));
    }

    @Test
    void closedOnAHolidayGivesItsNameAndTheNextOpening() {
        status("stadt-soest", "?at=2026-06-04T10:00:00%2B02:00").statusCode(200)
                .body("office", nullValue())
                .body("phone.answeredBy", equalTo("kreis-soest"))
                .body("phone.hours.open", equalTo(false))
                .body("phone.hours.closedReason.kind", equalTo("PUBLIC_HOLIDAY"))
                .body("phone.hours.closedReason.text", equalTo("Fronleichnam"))
                .body("phone.hours.nextOpening", equalTo("2026-06-05T08:00:00+02:00"));
    }

    @Test
    void saturdayQuestionAnsweredForAWallClockTime() {
        status("castrop-rauxel", "?serviceArea=buergerbuero&at=2026-11-28T10:00").statusCode(200)
                .body("at", equalTo("2026-11-28T10:00:00+01:00"))
                .body("office.open", equalTo(false))
                .body("office.closedReason.kind", equalTo("OUTSIDE_OPENING_HOURS"))
                .body("office.nextOpening", equalTo("2026-11-30T08:00:00+01:00"));
    }

    @Test
    void exceptionsShowTheirReason() {
        status("castrop-rauxel", "?serviceArea=buergerbuero&at=2026-12-28T09:00:00%2B01:00").statusCode(200)
                .body("office.closedReason.kind", equalTo("EXCEPTION"))
                .body("office.closedReason.text", equalTo("Rathausschließung zwischen den Jahren"))
                .body("office.nextOpening", equalTo("2027-01-04T08:00:00+01:00"));
        status("castrop-rauxel", "?serviceArea=buergerbuero&at=2026-11-26T19:00:00%2B01:00").statusCode(200)
                .body("office.open", equalTo(true))
                .body("office.today.kind", equalTo("SPECIAL_HOURS"))
                .body("office.today.note", equalTo("Dienstleistungsabend"))
                .body("office.openUntil", equalTo("2026-11-26T19:30:00+01:00"));
    }

    @Test
    void answersAreCacheableWithETagsAnd304() {
        var first = status("castrop-rauxel", "?serviceArea=buergerbuero&at=2026-11-24T10:00:00%2B01:00")
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .extract();

        given().urlEncodingEnabled(false).header("If-None-Match", first.header("ETag"))
                .get("/public/v1/towns/castrop-rauxel/opening-status?serviceArea=buergerbuero&at=2026-11-24T10:00:00%2B01:00")
                .then().statusCode(304).header("ETag", equalTo(first.header("ETag")));
        var other = status("castrop-rauxel", "?serviceArea=buergerbuero&at=2026-11-24T13:00:00%2B01:00")
                .statusCode(200).extract();
        assertThat(other.header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    @Test
    void nowIsCachedAtMostAMinuteAndRepeatsWithinTheMinute() {
        var first = status("castrop-rauxel", "").statusCode(200).extract();
        var second = status("castrop-rauxel", "").statusCode(200).extract();

        assertThat(Integer.parseInt(first.header("Cache-Control").replace("public, max-age=", ""))).isBetween(1, 60);
        assertThat(first.path("at").toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+0[12]:00");
        if (first.path("at").equals(second.path("at"))) {
            assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        }
    }

    /**
     * "Now" answers are served ready from the HTTP layer once computed ({@link NowAnswers}); a change of the network
     * must still be seen by the very next question, and the ready answer must be the resource's, byte for byte.
     */
    @Test
    void readyNowAnswersAreTheResourcesAndAChangeIsSeenAtOnce() {
        var computed = status("castrop-rauxel", "?serviceArea=buergerbuero").statusCode(200).extract();
        assertThat(nowAnswers.ready("castrop-rauxel", "buergerbuero")).as("held ready after the first question")
                .isPresent();
        var ready = status("castrop-rauxel", "?serviceArea=buergerbuero").statusCode(200)
                .contentType("application/json").extract();
        if (ready.path("at").equals(computed.path("at"))) { // within the same minute
            assertThat(ready.asByteArray()).isEqualTo(computed.asByteArray());
            assertThat(ready.header("ETag")).isEqualTo(computed.header("ETag"));
        }
        given().header("If-None-Match", ready.header("ETag"))
                .get("/public/v1/towns/castrop-rauxel/opening-status?serviceArea=buergerbuero")
                .then().statusCode(anyOf(equalTo(304), equalTo(200))); // 200 only when the minute turned meanwhile

        var admin = given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin")).contentType("application/json");
        String schedule = admin.get("/api/v1/schedules?town=castrop-rauxel").then().statusCode(200).extract()
                .jsonPath().getString("find { it.name == 'Bürgerbüro Castrop-Rauxel' }.id");
        var read = admin.get("/api/v1/schedules/" + schedule).then().statusCode(200).extract();
        String renamed = DemoNetwork.read(DemoNetwork.DEMO.resolve("schedules/castrop-rauxel-buergerbuero.json"))
                .replace("\"Bürgerbüro Castrop-Rauxel\"", "\"Bürgerbüro im Rathaus\"");
        admin.header("If-Match", read.header("ETag")).body(renamed).put("/api/v1/schedules/" + schedule)
                .then().statusCode(200);

        status("castrop-rauxel", "?serviceArea=buergerbuero").statusCode(200)
                .body("office.name", equalTo("Bürgerbüro im Rathaus"));
    }

    @Test
    void badInputIsNamed() {
        status("castrop-rauxel", "?at=morgen").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("at"));
        status("castrop-rauxel", "?serviceArea=hundeschule").statusCode(400)
                .body("errors[0].field", equalTo("serviceArea"));
        status("atlantis", "").statusCode(404).body("detail", equalTo("No town 'atlantis'."));
        given().get("/public/v1/public-holidays/DE-XX/2026").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().get("/public/v1/public-holidays/DE-NW/3026").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void publicHolidaysOfAStateAndYear() {
        given().get("/public/v1/public-holidays/DE-NW/2026").then().statusCode(200)
                .body("", hasSize(11))
                .body("find { it.date == '2026-06-04' }.name", equalTo("Fronleichnam"));
        given().get("/public/v1/public-holidays/DE-BE/2026").then().statusCode(200)
                .body("name", not(hasItem("Fronleichnam")));
    }

    @Test
    void schedulesExportAsOpenStreetMapSchemaOrgAndICalendar() {
        String id = given().get("/public/v1/towns/kreis-soest/schedules").then().statusCode(200)
                .body("", hasSize(1)).extract().path("[0].id");

        String osm = given().get("/public/v1/schedules/" + id + "/opening-hours.osm").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
        assertThat(osm).startsWith("Mo-We 08:00-17:00; Th 08:00-18:00; Fr 08:00-13:00; PH off")
                .contains("Dec 24-2026 Dec 31 off \"Rathausschließung zwischen den Jahren\"");

        given().get("/public/v1/schedules/" + id + "/opening-hours.jsonld").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("name", equalTo("ServiceCenter Kreis Soest"))
                .body("openingHoursSpecification[0].dayOfWeek", hasSize(3))
                .body("openingHoursSpecification.description", hasItem("Neujahr"))
                .body("'@type'", equalTo("GovernmentService"))
                .body("provider.name", equalTo("Kreis Soest"))
                .body("provider.address.streetAddress", equalTo("Hoher Weg 1-3"))
                .body("provider.address.postalCode", equalTo("59494"))
                .body("availableChannel.servicePhone.telephone", hasItem(startsWith("+49")))
                .body("availableChannel.servicePhone.hoursAvailable", not(empty()));
        String office = given().get("/public/v1/towns/castrop-rauxel/schedules").then().statusCode(200)
                .extract().path("find { it.serviceArea == 'buergerbuero' }.id");
        given().get("/public/v1/schedules/" + office + "/opening-hours.jsonld").then().statusCode(200)
                .body("'@type'", equalTo("GovernmentOffice"))
                .body("address.'@type'", equalTo("PostalAddress"))
                .body("address.streetAddress", equalTo("Europaplatz 1"))
                .body("address.addressLocality", equalTo("Castrop-Rauxel"))
                .body("telephone", contains("+4923051060"));

        var feed = given().get("/public/v1/schedules/" + id + "/opening-hours.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .extract();
        assertThat(feed.asString()).startsWith("BEGIN:VCALENDAR").contains("TZID:Europe/Berlin",
                "SUMMARY:ServiceCenter Kreis Soest geöffnet", "DTSTART;TZID=Europe/Berlin:", "END:VCALENDAR");
        given().header("If-None-Match", feed.header("ETag")).get("/public/v1/schedules/" + id + "/opening-hours.ics")
                .then().statusCode(304);
    }

    @Test
    void centerStatusAndUnknownCenter() {
        given().urlEncodingEnabled(false)
                .get("/public/v1/service-centers/servicecenter-kreis-soest/opening-status?at=2026-11-27T12:59:00%2B01:00")
                .then().statusCode(200)
                .body("open", equalTo(true)).body("openUntil", equalTo("2026-11-27T13:00:00+01:00"));
        given().get("/public/v1/service-centers/nirgendwo/opening-status").then().statusCode(404);
    }
}
