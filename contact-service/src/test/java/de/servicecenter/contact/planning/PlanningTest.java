package de.servicecenter.contact.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import de.servicecenter.contact.AdjustableClock;
import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capacity planning over the API, on a history written straight into PostgreSQL: twelve weeks in which
 * ServiceCenter Bochum (Monday to Friday, 08:00–18:00, North Rhine-Westphalia's holidays) took 20 Bochum calls and
 * one Castrop-Rauxel call every half-hour, each answered after 10 s, talked 150 s and wrapped up 30 s. So steady a
 * history has one right forecast, and the staffing it needs follows from the Erlang formulas the unit tests pin
 * to published values.
 */
@QuarkusTest
class PlanningTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String CENTER = "/api/v1/service-centers/servicecenter-bochum/planning/";
    private static final double HANDLING_SECONDS = 180;
    private static final ServiceTarget EIGHTY_TWENTY = ServiceTarget.EIGHTY_TWENTY;

    @Inject
    ContactFixtures fixtures;

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void history() {
        fixtures.reset();
        fixtures.execute("DELETE FROM staff_plan");
        TenancyServer.serve(new ScheduleCatalog(List.of(
                new PublishedSchedule("bochum", "servicecenter-bochum", null, "ServiceCenter Bochum",
                        new ScheduleDefinition("DE-NW", List.of(new WeeklyPeriodDefinition(LocalDate.of(2015, 1, 1),
                                null, List.of(new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                                "THURSDAY", "FRIDAY"), "08:00", "18:00")))), List.of())),
                new PublishedSchedule("castrop-rauxel", null, null, "Rathaus Castrop-Rauxel",
                        new ScheduleDefinition("DE-NW", List.of(), List.of()))),
                Map.of("bochum", "DE-NW", "castrop-rauxel", "DE-NW", "duisburg", "DE-NW")));
        // 31 August to 24 November 2026: twelve weeks of weekdays without a holiday in NRW
        fixtures.execute("""
                INSERT INTO contact (id, host_tenant, idempotency_key, fingerprint, town, service_center, contract_id,
                                     channel, arrived_at, waiting_seconds, talk_seconds, wrap_up_seconds, outcome,
                                     service_area)
                SELECT gen_random_uuid(), 'bochum', 'planning-' || slot || '-' || n, '\\x00'::bytea,
                       CASE WHEN n = 0 THEN 'castrop-rauxel' ELSE 'bochum' END, 'servicecenter-bochum',
                       CASE WHEN n = 0 THEN 'c-bochum-castrop-rauxel' END, 'PHONE',
                       (slot + n * interval '80 seconds') AT TIME ZONE 'Europe/Berlin', 10, 150, 30, 'RESOLVED',
                       'buergerbuero'
                FROM generate_series(timestamp '2026-08-31 08:00', timestamp '2026-11-24 17:30',
                                     interval '30 minutes') AS slot,
                     generate_series(0, 20) AS n
                WHERE extract(isodow FROM slot) <= 5 AND slot::time BETWEEN '08:00' AND '17:30'""");
        at("2026-11-25T12:00"); // a Wednesday: the history ends yesterday, next Monday is 30 November
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void at(String berlinLocalTime) {
        clock.set(LocalDateTime.parse(berlinLocalTime).atZone(BERLIN).toInstant());
    }

    private static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(KeycloakTokens.user(user)).get(path).then();
    }

    private static int agentsFor(double callsPerHalfHour) {
        return new ErlangC(callsPerHalfHour / 1800, HANDLING_SECONDS).smallestMeeting(EIGHTY_TWENTY).agents();
    }

    @Test
    void theForecastRepeatsASteadyHistoryAndHasNoCallsOnChristmasDay() {
        JsonPath week = get("bochum-admin", CENTER + "forecast?weeks=1").statusCode(200)
                .body("historyFrom", equalTo("2026-08-31"))
                .body("historyUntil", equalTo("2026-11-25"))
                .body("weeklyTrend", equalTo(0.0f))
                .body("days.date", contains("2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04",
                        "2026-12-05", "2026-12-06"))
                .body("days.open", contains(true, true, true, true, true, false, false))
                .extract().jsonPath();
        assertThat(week.getList("days[0].halfHours.start")).hasSize(20).startsWith("08:00", "08:30").endsWith("17:30");
        assertThat(week.getList("days[0].halfHours.calls", Float.class)).allSatisfy(calls ->
                assertThat(calls).isCloseTo(21f, within(0.001f)));
        assertThat(week.getFloat("days[0].calls")).isCloseTo(420f, within(0.01f));
        assertThat(week.getList("days[5].halfHours")).isEmpty();

        // one town, and a week with the first and second Christmas Day (Friday and Saturday)
        JsonPath christmas = get("bochum-admin", CENTER + "forecast?from=2026-12-21&weeks=1&town=castrop-rauxel")
                .statusCode(200).body("town", equalTo("castrop-rauxel")).extract().jsonPath();
        assertThat(christmas.getFloat("days[0].calls")).isCloseTo(20f, within(0.01f));
        assertThat(christmas.getBoolean("days[4].open")).isFalse();
        assertThat(christmas.getFloat("days[4].calls")).isZero();

        // as CSV, a row per open half-hour
        String csv = given().auth().oauth2(KeycloakTokens.user("bochum-admin")).accept("text/csv")
                .get(CENTER + "forecast?weeks=1&decimal=comma").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).hasSize(1 + 5 * 20).element(1).isEqualTo("2026-11-30;08:00;21,0");
    }

    @Test
    void staffingNeedsTheAgentsErlangCGivesForEachHalfHourAndPostsWithShrinkage() {
        int agents = agentsFor(21);
        JsonPath staffing = get("bochum-admin", CENTER + "staffing?from=2026-11-30&shrinkage=30&weeklyHours=39")
                .statusCode(200)
                .body("assumptions.model", equalTo("ERLANG_C"))
                .body("assumptions.handlingSeconds", equalTo(180.0f))
                .body("assumptions.patienceSeconds", nullValue())
                .body("weeks[0].weekStart", equalTo("2026-11-30"))
                .extract().jsonPath();
        assertThat(staffing.getList("intervals.agents", Integer.class)).hasSize(100).containsOnly(agents);
        assertThat(staffing.getFloat("weeks[0].agentHours")).isEqualTo(100 * agents / 2f);
        assertThat(staffing.getDouble("weeks[0].fullTimeEquivalents"))
                .isCloseTo(100 * agents / 2.0 / (39 * 0.7), within(0.001));

        // the 115 promise needs no more agents than 80/20 here, and no fewer than one
        assertThat(get("bochum-admin", CENTER + "staffing?serviceLevel=75&withinSeconds=30").statusCode(200)
                .extract().jsonPath().getList("intervals.agents", Integer.class))
                .containsOnly(new ErlangC(21 / 1800.0, HANDLING_SECONDS)
                        .smallestMeeting(ServiceTarget.BEHOERDENNUMMER_115).agents());

        // nobody ever hung up: there is no patience for Erlang A to model
        get("bochum-admin", CENTER + "staffing?model=ERLANG_A").statusCode(422)
                .body("errors.field", hasItem("model"));
        get("bochum-admin", CENTER + "staffing?from=2026-12-01").statusCode(400)
                .body("errors.field", contains("from"));
        get("bochum-admin", CENTER + "staffing?from=2027-12-06").statusCode(400) // 53 weeks ahead
                .body("errors.field", contains("from"));
        get("bochum-admin", CENTER + "plan-vs-actual?from=1900-01-01").statusCode(400)
                .body("errors.field", contains("from"));
        get("bochum-admin", CENTER + "staffing?serviceLevel=100&shrinkage=x").statusCode(400)
                .body("errors.field", contains("serviceLevel"));
    }

    @Test
    void aWhatIfAddsTheTownsCallsToTheCenterWithoutItAndCostsTheYear() {
        Map<String, Object> request = Map.of("town", "castrop-rauxel", "callsPerMonth", 4000,
                "serviceAreas", List.of("buergerbuero", "ordnungswesen"), "model", "ERLANG_C");
        JsonPath whatIf = given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON)
                .body(request).post(CENTER + "what-if").then().statusCode(200)
                .body("town", equalTo("castrop-rauxel"))
                .body("prices.annualCostPerFte", equalTo(62000.0f)) // from the center's contract with Castrop-Rauxel
                .body("prices.pricePerCall", nullValue())
                .body("yearlyCost.perCall", nullValue())
                .extract().jsonPath();
        double townPerHalfHour = 4000 * 12 / Cooperation.WEEKS_PER_YEAR / 100;
        // today: Bochum's own 20 calls a half-hour, Castrop-Rauxel's own calls taken out
        assertThat(whatIf.getList("week.hostCalls", Float.class)).hasSize(100)
                .allSatisfy(calls -> assertThat(calls).isCloseTo(20f, within(0.001f)));
        assertThat(whatIf.getList("week.townCalls", Float.class))
                .allSatisfy(calls -> assertThat(calls.doubleValue()).isCloseTo(townPerHalfHour, within(0.001)));
        assertThat(whatIf.getList("week.agentsToday", Integer.class)).containsOnly(agentsFor(20));
        assertThat(whatIf.getList("week.agentsWithTown", Integer.class)).containsOnly(agentsFor(20 + townPerHalfHour));
        double additionalFte = 100 * (agentsFor(20 + townPerHalfHour) - agentsFor(20)) / 2.0 / (39 * 0.7);
        assertThat(whatIf.getDouble("additionalFte")).isCloseTo(additionalFte, within(0.001));
        assertThat(whatIf.getDouble("yearlyCost.fteShare")).isCloseTo(additionalFte * 62000, within(0.01));
        assertThat(whatIf.getDouble("serviceLevelWithTownAndTodaysAgents"))
                .isLessThan(whatIf.getDouble("serviceLevelToday"));

        // with prices given, every cost model is priced: 4,000 answered calls a month of three minutes each
        Map<String, Object> priced = new java.util.HashMap<>(request);
        priced.put("prices", Map.of("pricePerCall", 2.85, "pricePerMinute", 0.95, "flatFeePerMonth", 4500));
        JsonPath costs = given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON)
                .body(priced).post(CENTER + "what-if").then().statusCode(200).extract().jsonPath();
        assertThat(costs.getDouble("answeredShare")).isEqualTo(1.0); // Erlang C: nobody hangs up
        assertThat(costs.getDouble("yearlyCost.perCall")).isEqualTo(136800.0);
        assertThat(costs.getDouble("yearlyCost.perMinute")).isEqualTo(136800.0);
        assertThat(costs.getDouble("yearlyCost.flatFee")).isEqualTo(54000.0);
        assertThat(costs.getObject("yearlyCost.fteShare", Double.class)).isNull();
    }

    @Test
    void aWhatIfNamesEveryWrongFieldAndOnlyTheHostMayAsk() {
        Map<String, Object> wrong = Map.of("callsPerMonth", -5, "serviceAreas", List.of("baumschule"),
                "shrinkage", 1.5, "hours", List.of(Map.of("days", List.of("MONDAY"), "opens", "18:00",
                        "closes", "08:00")));
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON).body(wrong)
                .post(CENTER + "what-if").then().statusCode(400)
                .body("errors.field", hasItem("callsPerMonth"))
                .body("errors.field", hasItem("shrinkage"));
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON)
                .body(Map.of("callsPerMonth", 100, "serviceAreas", List.of("baumschule"), "hours",
                        List.of(Map.of("days", List.of("MONDAY"), "opens", "18:00", "closes", "08:00"))))
                .post(CENTER + "what-if").then().statusCode(400)
                .body("errors.field", contains("hours[0].closes", "serviceAreas[0]"));
        Map<String, Object> request = Map.of("callsPerMonth", 4000, "serviceAreas", List.of("buergerbuero"));
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).contentType(ContentType.JSON).body(request)
                .post(CENTER + "what-if").then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.user("bochum-agent")).contentType(ContentType.JSON).body(request)
                .post(CENTER + "what-if").then().statusCode(403);
    }

    @Test
    void bothPartiesSeeWhatTheContractsCallsTakeAndNobodyElse() {
        JsonPath planning = get("castrop-rauxel-admin", "/api/v1/contracts/c-bochum-castrop-rauxel/planning")
                .statusCode(200)
                .body("town", equalTo("castrop-rauxel"))
                .body("serviceCenter", equalTo("servicecenter-bochum"))
                .body("serviceAreas", contains("buergerbuero", "ordnungswesen"))
                .extract().jsonPath();
        // one call a half-hour, 100 half-hours a typical week, as a month of such weeks
        assertThat(planning.getDouble("callsPerMonth")).isCloseTo(100 * Cooperation.WEEKS_PER_YEAR / 12, within(0.01));
        assertThat(planning.getList("week.townCalls", Float.class)).allSatisfy(calls ->
                assertThat(calls).isCloseTo(1f, within(0.001f)));
        get("bochum-admin", "/api/v1/contracts/c-bochum-castrop-rauxel/planning").statusCode(200);
        get("bottrop-admin", "/api/v1/contracts/c-bochum-castrop-rauxel/planning").statusCode(404);
        get("castrop-rauxel-admin", CENTER + "forecast").statusCode(403); // a town's admins plan no center
        get("duisburg-admin", CENTER + "staffing").statusCode(404);
    }

    @Test
    void thePlanIsHeldAgainstTheServiceLevelMeasuredAfterwards() {
        String csv = "date;start;agents\r\n2026-11-23;08:00;3\r\n2026-11-23;08:30;9\r\n";
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType("text/csv").body(csv)
                .put(CENTER + "staff-plan.csv").then().statusCode(200)
                .body("intervals", equalTo(2)).body("from", equalTo("2026-11-23"));

        JsonPath comparison = get("bochum-admin", CENTER + "plan-vs-actual?from=2026-11-23&model=ERLANG_C")
                .statusCode(200).extract().jsonPath();
        assertThat(comparison.getList("intervals")).hasSize(20); // planned or called: every open half-hour
        assertThat(comparison.getInt("intervals[0].plannedAgents")).isEqualTo(3);
        assertThat(comparison.getLong("intervals[0].offeredCalls")).isEqualTo(21);
        assertThat(comparison.getDouble("intervals[0].measuredServiceLevel")).isEqualTo(1.0); // all within 10 s
        double predicted = new ErlangC(21 / 1800.0, HANDLING_SECONDS).performance(3, 20).serviceLevel();
        assertThat(comparison.getDouble("intervals[0].predictedServiceLevel")).isCloseTo(predicted, within(0.001));
        assertThat(comparison.getDouble("intervals[1].predictedServiceLevel")).isGreaterThan(predicted);
        assertThat(comparison.getObject("intervals[2].plannedAgents", Integer.class)).isNull();
        assertThat(comparison.getLong("totals.offeredCalls")).isEqualTo(420);

        // an entered half-hour replaces the one before; one wrong line stores nothing
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON)
                .body(Map.of("intervals", List.of(Map.of("date", "2026-11-23", "start", "08:00", "agents", 4))))
                .put(CENTER + "staff-plan").then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType("text/csv")
                .body("date;start;agents\n2026-11-23;08:00;7\n2026-11-23;08:15;x\n")
                .put(CENTER + "staff-plan.csv").then().statusCode(400)
                .body("errors.field", contains("line 3", "line 3"))
                .body("errors.message", hasItem(containsString("HH:00 or HH:30")));
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON)
                .body(Map.of("intervals", List.of(Map.of("date", "2026-11-23", "start", "09:00", "agents", 2),
                        Map.of("date", "2026-11-23", "start", "09:00", "agents", 3))))
                .put(CENTER + "staff-plan").then().statusCode(400).body("errors.field", contains("intervals[1]"));
        assertThat(fixtures.countIn("staff_plan", "true")).isEqualTo(2);
        assertThat(fixtures.countIn("staff_plan", "half_hour = 16 AND agents = 4")).isEqualTo(1);

        // the plan is the host's alone
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).contentType("text/csv").body(csv)
                .put(CENTER + "staff-plan.csv").then().statusCode(404);
        get("bochum-agent", CENTER + "plan-vs-actual?from=2026-11-23").statusCode(403);
    }

    @Test
    void aCenterWithoutPhoneHoursCannotBePlannedAndSaysSo() {
        get("duisburg-admin", "/api/v1/service-centers/call-duisburg/planning/forecast").statusCode(422)
                .body("errors.field", contains("serviceCenter"))
                .body("errors.message", hasItem(containsString("phone hours")));
        get("bochum-admin", CENTER + "backtest?town=atlantis").statusCode(400).body("errors.field", contains("town"));
    }

    @Test
    void aSteadyHistoryIsBacktestedWithoutError() {
        JsonPath backtest = get("bochum-admin", CENTER + "backtest?weeks=2").statusCode(200).extract().jsonPath();
        // 12 weeks: origins from the ninth Monday on; a steady history is forecast without error by all three
        assertThat(backtest.getList("horizons.weeksAhead", Integer.class)).containsExactly(1, 2);
        assertThat(backtest.getList("horizons.forecastWape", Float.class))
                .allSatisfy(wape -> assertThat(wape).isCloseTo(0f, within(1e-6f)));
        assertThat(backtest.getList("horizons.lastWeekWape", Float.class))
                .allSatisfy(wape -> assertThat(wape).isCloseTo(0f, within(1e-6f)));
    }
}
