package de.servicecenter.contact.statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Call Duisburg bills Bottrop per answered call (2.85 EUR) and Dinslaken a flat 8,500 EUR a month. */
@QuarkusTest
class StatementTest {

    private static final String BOTTROP = "/api/v1/contracts/" + ContactFixtures.DUISBURG_BOTTROP.contractId()
            + "/statements/2026-10";
    private static final String DINSLAKEN = "/api/v1/contracts/" + ContactFixtures.DUISBURG_DINSLAKEN.contractId()
            + "/statements/2026-10";

    @Inject
    ContactFixtures fixtures;

    @BeforeEach
    void logOctober() {
        fixtures.reset();
        List<Map<String, Object>> contacts = new ArrayList<>();
        String[] areas = {"buergerbuero", "zentrale", "kfz-zulassung"};
        Instant start = Instant.parse("2026-10-01T06:00:00Z");
        for (int i = 0; i < 90; i++) {
            boolean abandoned = i % 9 == 0;
            contacts.add(TestContact.call(start.plusSeconds(29_000L * i).toString(), 7 + i % 40,
                            abandoned ? "ABANDONED" : (i % 4 == 0 ? "FORWARDED" : "RESOLVED"), abandoned ? 0 : 61 + 7 * i)
                    .with("wrapUpSeconds", abandoned ? 0 : i % 50)
                    .with("serviceArea", areas[i % 3])
                    .with("idempotencyKey", "oct-" + i).json());
        }
        // The first second of November and Dinslaken's contacts belong to other statements.
        contacts.add(TestContact.call().with("arrivedAt", "2026-11-01T00:00:00+01:00").with("idempotencyKey", "nov").json());
        contacts.add(TestContact.call().with("town", "dinslaken").with("idempotencyKey", "din").json());
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .body(Map.of("contacts", contacts)).post("/api/v1/contacts/batch").then().statusCode(200);
    }

    private static JsonPath statement(String user, String path) {
        return given().auth().oauth2(KeycloakTokens.user(user)).accept(ContentType.JSON).get(path).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theStatementAddsUpToTheKpisOfTheMonth() {
        JsonPath statement = statement("bottrop-admin", BOTTROP);
        JsonPath kpis = given().auth().oauth2(KeycloakTokens.user("bottrop-admin"))
                .get("/api/v1/towns/bottrop/kpis?from=2026-10-01&to=2026-10-31&serviceCenter=call-duisburg")
                .then().statusCode(200).extract().jsonPath();

        assertThat(statement.getString("status")).isEqualTo("PROVISIONAL");
        assertThat(statement.getList("lines.serviceArea")).containsExactly("buergerbuero", "kfz-zulassung", "zentrale");
        assertThat(statement.getLong("total.contacts")).isEqualTo(90).isEqualTo(kpis.getLong("total.offered"));
        assertThat(statement.getLong("total.answered")).isEqualTo(80).isEqualTo(kpis.getLong("total.answered"));
        assertThat(statement.getLong("total.handledSeconds")).isEqualTo(kpis.getLong("total.handledSeconds"));
        assertThat(sum(statement.getList("lines.contacts"))).isEqualTo(90);
        assertThat(sum(statement.getList("lines.answered"))).isEqualTo(80);
        assertThat(sum(statement.getList("lines.handledSeconds"))).isEqualTo(statement.getLong("total.handledSeconds"));
        // 80 answered calls at 2.85 EUR, and the lines share it to the cent
        assertThat(new BigDecimal(statement.getString("total.amount"))).isEqualByComparingTo("228.00");
        assertThat(statement.getList("lines.amount", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("228.00");
        assertThat(statement.getString("allocation")).isEqualTo("ANSWERED_CONTACTS");
    }

    @Test
    void aFlatFeeIsDueWhateverTheVolume() {
        JsonPath statement = statement("dinslaken-admin", DINSLAKEN);

        assertThat(statement.getLong("total.contacts")).isEqualTo(1);
        assertThat(new BigDecimal(statement.getString("total.amount"))).isEqualByComparingTo("8500.00");
        assertThat(statement.getInt("billedDays")).isEqualTo(31);
    }

    @Test
    void onlyTheTwoPartiesReadIt() {
        statement("duisburg-admin", BOTTROP);
        statement("verbund-admin", BOTTROP);
        String foreign = given().auth().oauth2(KeycloakTokens.user("dinslaken-admin")).get(BOTTROP).then()
                .statusCode(404).extract().path("detail");
        String unknown = given().auth().oauth2(KeycloakTokens.user("dinslaken-admin"))
                .get("/api/v1/contracts/c-unknown/statements/2026-10").then().statusCode(404).extract().path("detail");
        assertThat(foreign.replace(ContactFixtures.DUISBURG_BOTTROP.contractId(), "?"))
                .isEqualTo(unknown.replace("c-unknown", "?"));
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).get(DINSLAKEN).then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).get(BOTTROP).then().statusCode(404);
        given().auth().oauth2(ContactFixtures.phoneSystem()).get(BOTTROP).then().statusCode(403);
        given().get(BOTTROP).then().statusCode(401);
    }

    @Test
    void theCsvParsesBackToTheSameFigures() {
        String csv = given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept("text/csv").get(BOTTROP)
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("statement-bottrop-2026-10.csv"))
                .extract().asString();
        JsonPath json = statement("bottrop-admin", BOTTROP);

        List<String[]> rows = Arrays.stream(csv.split("\r\n")).map(row -> row.split(";", -1)).toList();
        assertThat(rows.getFirst()).containsExactly("row", "contract", "month", "status", "hostTown", "clientTown",
                "serviceCenter", "town", "serviceArea", "contacts", "answered", "handledSeconds", "handledMinutes",
                "amountEur");
        List<String[]> lines = rows.subList(1, rows.size() - 1);
        String[] total = rows.getLast();
        assertThat(lines).hasSize(3).allSatisfy(row -> assertThat(row[0]).isEqualTo("line"));
        assertThat(total[0]).isEqualTo("total");
        assertThat(lines.stream().mapToLong(row -> Long.parseLong(row[9])).sum()).isEqualTo(Long.parseLong(total[9]))
                .isEqualTo(json.getLong("total.contacts"));
        assertThat(lines.stream().map(row -> new BigDecimal(row[13])).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total[13]).isEqualByComparingTo(json.getString("total.amount"));
        assertThat(new BigDecimal(total[12])).isEqualByComparingTo(json.getString("total.handledMinutes"));
    }

    @Test
    void spreadsheetUsersGetTheDecimalCommaAndAByteOrderMark() {
        byte[] csv = given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept("text/csv")
                .get(BOTTROP + "?decimal=comma").then().statusCode(200).extract().asByteArray();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        String[] total = text.split("\r\n")[4].split(";");
        assertThat(total[13]).isEqualTo("228,00");
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept("text/csv").get(BOTTROP + "?decimal=dot")
                .then().statusCode(400).body("errors.field", hasItem("decimal"));
    }

    @Test
    void anIssuedStatementIsFrozenAndLateContactsOfItsMonthAreRefused() {
        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).post(BOTTROP + "/issue").then().statusCode(403);
        String issued = given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).accept(ContentType.JSON)
                .post(BOTTROP + "/issue").then()
                .statusCode(201)
                .body("status", equalTo("ISSUED"))
                .body("issuedBy", equalTo("duisburg-admin"))
                .body("total.answered", equalTo(80))
                .extract().asString();

        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "late-october")
                .body(TestContact.call().with("arrivedAt", "2026-10-31T23:59:59+01:00").json())
                .post("/api/v1/contacts").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("arrivedAt"))
                .body("errors[0].message", containsString("2026-10"));
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .body(Map.of("contacts", List.of(TestContact.call().with("idempotencyKey", "late-batch").json())))
                .post("/api/v1/contacts/batch").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("contacts[0].arrivedAt"));
        // A replay of a contact stored before the statement was issued is still answered.
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .body(Map.of("contacts", List.of(TestContact.call().with("idempotencyKey", "din")
                        .with("town", "dinslaken").json())))
                .post("/api/v1/contacts/batch").then().statusCode(200);
        assertThat(fixtures.count("idempotency_key LIKE 'late%'")).isZero();

        String again = given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).accept(ContentType.JSON)
                .post(BOTTROP + "/issue").then().statusCode(200).extract().asString();
        String read = given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept(ContentType.JSON)
                .get(BOTTROP).then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(issued);
        assertThat(read).isEqualTo(issued);
        // Other contracts' months stay open.
        given().auth().oauth2(ContactFixtures.phoneSystem()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "late-dinslaken")
                .body(TestContact.call().with("town", "dinslaken").with("arrivedAt", "2026-10-30T10:00:00+01:00").json())
                .post("/api/v1/contacts").then().statusCode(201);
    }

    /** Statements issued while the API still said hostTenant/clientTenant are stored so, and read as today's. */
    @Test
    void statementsStoredUnderTheOlderFieldNamesReadAsToday() {
        String issued = given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).accept(ContentType.JSON)
                .post(BOTTROP + "/issue").then().statusCode(201).extract().asString();
        fixtures.execute("UPDATE issued_statement SET document = (document - 'hostTown' - 'clientTown') "
                + "|| jsonb_build_object('hostTenant', document -> 'hostTown', 'clientTenant', document -> 'clientTown')");

        given().auth().oauth2(KeycloakTokens.user("bottrop-admin")).accept(ContentType.JSON).get(BOTTROP).then()
                .statusCode(200)
                .body("hostTown", equalTo("duisburg"))
                .body("clientTown", equalTo("bottrop"))
                .body(equalTo(issued));
    }

    @Test
    void monthsOutsideTheContractOrAheadAreRefused() {
        String contract = "/api/v1/contracts/" + ContactFixtures.DUISBURG_BOTTROP.contractId() + "/statements/";
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).get(contract + "2012-08").then()
                .statusCode(422).body("errors[0].field", equalTo("month"));
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).get(contract + "2099-01").then()
                .statusCode(422).body("errors[0].field", equalTo("month"));
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).get(contract + "2026-13").then()
                .statusCode(400).body("errors[0].field", equalTo("month"));
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Berlin")).toString();
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).get(contract + thisMonth).then()
                .statusCode(200).body("status", equalTo("PROVISIONAL"));
        given().auth().oauth2(KeycloakTokens.user("duisburg-admin")).post(contract + thisMonth + "/issue").then()
                .statusCode(422).body("errors[0].field", equalTo("month"));
    }

    private static long sum(List<Object> values) {
        return values.stream().mapToLong(value -> ((Number) value).longValue()).sum();
    }
}
