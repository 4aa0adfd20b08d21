package de.servicecenter.contact;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.testing.matrix.AuthorizationMatrix;
import de.servicecenter.testing.matrix.AuthorizationMatrixContract;
import de.servicecenter.testing.matrix.Probe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * contact-service's authorization matrix: every operation × every principal of the demo realm (and anonymous) ×
 * contacts, towns, centers and contracts of the demo network, own, foreign and missing, held against the declarations;
 * and from the same probes, generated requests with boundary and malformed values in every parameter and field.
 */
@QuarkusTest
@TestProfile(AuthorizationMatrixTest.MailsLogged.class)
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    /**
     * The matrix and its generated requests create hundreds of handoffs; their mails are logged, not sent (the
     * mail itself is HandoffTest's, against a real SMTP server): after such a burst, sends to the in-JVM test SMTP
     * server were seen to hang, and the tests after this one must not inherit a mailer in that state.
     */
    public static class MailsLogged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ContactFixtures fixtures;

    private static String stored(TestContact contact, String key) {
        return given().auth().oauth2(ContactFixtures.phoneSystem()).contentType("application/json")
                .header("Idempotency-Key", key).body(contact.json()).post("/api/v1/contacts").then().statusCode(201)
                .extract().path("id");
    }

    /** A contact whose own rules fail after the access check (abandoned, yet talked): an allowed write stores nothing. */
    private static String broken(String town, String center, String area) throws JsonProcessingException {
        return JSON.writeValueAsString(TestContact.call().with("town", town).with("serviceCenter", center)
                .with("serviceArea", area).with("outcome", "ABANDONED").json());
    }

    private static Probe write(String label, String town, String center, String area) throws JsonProcessingException {
        return Probe.of(label, town).area(area).header("Idempotency-Key", "matrix-" + UUID.randomUUID())
                .body(broken(town, center, area));
    }

    private static Probe batch(String label, String town, String center, String area) throws JsonProcessingException {
        Map<String, Object> contact = TestContact.call().with("town", town).with("serviceCenter", center)
                .with("serviceArea", area).with("outcome", "ABANDONED").with("idempotencyKey", "matrix-batch").json();
        return Probe.of(label, town).area(area).body(JSON.writeValueAsString(Map.of("contacts", List.of(contact))));
    }

    private static String handoff(String town, String center, String area) throws JsonProcessingException {
        return JSON.writeValueAsString(Map.of("town", town, "serviceCenter", center, "serviceArea", area,
                "question", "Wann kommt die Meldebescheinigung?", "callbackNumber", "+4923051234567",
                "callbackConsent", true));
    }

    private static Probe handOver(String label, String town, String center, String area) throws JsonProcessingException {
        return Probe.of(label, town).area(area).body(handoff(town, center, area));
    }

    /** A planning operation on Bochum's center, on Call Duisburg and on a center that does not exist. */
    private static Probe[] centers(UnaryOperator<Probe> rest) {
        return new Probe[] {rest.apply(Probe.of("Bochum's center", "bochum").path("serviceCenter", "servicecenter-bochum")),
                rest.apply(Probe.of("Call Duisburg", "duisburg").path("serviceCenter", "call-duisburg")),
                rest.apply(Probe.missing("no such center").path("serviceCenter", "gibt-es-nicht"))};
    }

    private static final String CITIZEN = "{\"callbackNumber\": \"+4923051234567\", \"reference\": \"DS-matrix\"}";

    @Override
    protected String testDatabase() {
        return "contact_test";
    }

    @Override
    protected AuthorizationMatrix matrix() throws Exception {
        fixtures.reset();
        String bottropCall = stored(TestContact.call(), "matrix-bottrop");
        String castropCall = stored(TestContact.call().with("town", "castrop-rauxel")
                .with("serviceCenter", "servicecenter-bochum"), "matrix-castrop");
        String bochumCall = stored(TestContact.call().with("town", "bochum")
                .with("serviceCenter", "servicecenter-bochum"), "matrix-bochum");
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Europe/Berlin"));
        TenancySnapshot network = new TenancySnapshot(ContactFixtures.TOWNS, List.of(ContactFixtures.BOCHUM_CASTROP_RAUXEL,
                ContactFixtures.DUISBURG_BOTTROP, ContactFixtures.DUISBURG_DINSLAKEN), ContactFixtures.AREAS,
                ContactFixtures.CENTERS);

        String castropHandoff = given().auth().oauth2(de.servicecenter.testing.KeycloakTokens.user("bochum-agent"))
                .contentType("application/json").body(handoff("castrop-rauxel", "servicecenter-bochum", "buergerbuero"))
                .post("/api/v1/handoffs").then().statusCode(201).extract().path("id");

        AuthorizationMatrix matrix = new AuthorizationMatrix("contact-service", network)
                .probe("ContactResource_record",
                        write("bottrop's at Call Duisburg", "bottrop", "call-duisburg", "buergerbuero"),
                        write("castrop-rauxel's Bürgerbüro at Bochum", "castrop-rauxel", "servicecenter-bochum", "buergerbuero"),
                        write("castrop-rauxel's Standesamt at Bochum", "castrop-rauxel", "servicecenter-bochum", "standesamt"),
                        write("bochum's own", "bochum", "servicecenter-bochum", "buergerbuero"))
                .probe("ContactResource_recordBatch",
                        batch("bottrop's at Call Duisburg", "bottrop", "call-duisburg", "buergerbuero"),
                        batch("castrop-rauxel's Standesamt at Bochum", "castrop-rauxel", "servicecenter-bochum", "standesamt"))
                .probe("ContactResource_get",
                        Probe.of("bottrop's at Call Duisburg", "duisburg").client("bottrop").path("contact", bottropCall),
                        Probe.of("castrop-rauxel's at Bochum", "bochum").client("castrop-rauxel").path("contact", castropCall),
                        Probe.of("bochum's own", "bochum").client("bochum").path("contact", bochumCall),
                        Probe.missing("no such contact").path("contact", UUID.randomUUID()))
                .probe("KpiResource_forTown", Probe.of("castrop-rauxel's", "castrop-rauxel").path("town", "castrop-rauxel"),
                        Probe.of("castrop-rauxel's Standesamt", "castrop-rauxel").area("standesamt")
                                .path("town", "castrop-rauxel").query("serviceArea", "standesamt"),
                        Probe.of("bottrop's", "bottrop").path("town", "bottrop"))
                .probe("KpiResource_repeatCallers", Probe.of("castrop-rauxel's", "castrop-rauxel").path("town", "castrop-rauxel"),
                        Probe.of("bottrop's", "bottrop").path("town", "bottrop"))
                .probe("KpiResource_forCenter", Probe.of("Bochum's center", "bochum").path("serviceCenter", "servicecenter-bochum"),
                        Probe.of("Call Duisburg", "duisburg").path("serviceCenter", "call-duisburg"),
                        Probe.missing("no such center").path("serviceCenter", "gibt-es-nicht"))
                .probe("StatementResource_statement",
                        Probe.of("bochum-castrop-rauxel", "bochum").client("castrop-rauxel")
                                .path("contract", "c-bochum-castrop-rauxel").path("month", thisMonth.minusMonths(1)),
                        Probe.of("duisburg-bottrop", "duisburg").client("bottrop")
                                .path("contract", "c-duisburg-bottrop").path("month", thisMonth.minusMonths(1)),
                        Probe.missing("no such contract").path("contract", "c-gibt-es-nicht").path("month", thisMonth))
                .probe("StatementResource_issue",
                        Probe.of("bochum-castrop-rauxel, this month", "bochum").client("castrop-rauxel")
                                .path("contract", "c-bochum-castrop-rauxel").path("month", thisMonth),
                        Probe.of("duisburg-bottrop, this month", "duisburg").client("bottrop")
                                .path("contract", "c-duisburg-bottrop").path("month", thisMonth))
                .probe("PublicReachabilityResource_reachability", Probe.plain("bottrop").path("town", "bottrop"))
                .probe("HandoffResource_create",
                        handOver("castrop-rauxel's Bürgerbüro at Bochum", "castrop-rauxel", "servicecenter-bochum", "buergerbuero"),
                        handOver("castrop-rauxel's Standesamt at Bochum", "castrop-rauxel", "servicecenter-bochum", "standesamt"),
                        handOver("bottrop's at Call Duisburg", "bottrop", "call-duisburg", "buergerbuero"))
                .probe("HandoffResource_list", Probe.plain("own"), Probe.plain("own, overdue").query("overdue", true))
                .probe("HandoffResource_get",
                        Probe.of("castrop-rauxel's at Bochum", "bochum").client("castrop-rauxel").path("handoff", castropHandoff),
                        Probe.missing("no such handoff").path("handoff", UUID.randomUUID()))
                .probe("HandoffResource_changeStatus",
                        Probe.of("castrop-rauxel's at Bochum", "bochum").client("castrop-rauxel").path("handoff", castropHandoff)
                                .body("{\"status\": \"IN_PROGRESS\"}"),
                        Probe.missing("no such handoff").path("handoff", UUID.randomUUID()).body("{\"status\": \"ANSWERED\"}"))
                .probe("DataSubjectRequestResource_export", Probe.plain("own").body(CITIZEN))
                .probe("DataSubjectRequestResource_erase", Probe.plain("own").body(CITIZEN))
                .probe("DataSubjectRequestResource_list", Probe.plain("own"))
                .probe("PlanningResource_forecast", centers(probe -> probe))
                .probe("PlanningResource_staffing", centers(probe -> probe))
                .probe("PlanningResource_backtest", centers(probe -> probe))
                .probe("PlanningResource_planVsActual",
                        centers(probe -> probe.query("from", LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(7))))
                .probe("PlanningResource_whatIf", centers(probe -> probe.body(
                        "{\"callsPerMonth\": 4000, \"serviceAreas\": [\"buergerbuero\", \"ordnungswesen\"]}")))
                .probe("PlanningResource_savePlan", centers(probe -> probe.body("{\"intervals\": [{\"date\": \""
                        + LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7) + "\", \"start\": \"08:00\", "
                        + "\"agents\": 4}]}")))
                .probe("PlanningResource_uploadPlan", centers(probe -> probe.body("date;start;agents\r\n"
                        + LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7) + ";08:30;4\r\n", "text/csv")))
                .probe("PlanningResource_contract",
                        Probe.of("bochum-castrop-rauxel", "bochum").client("castrop-rauxel")
                                .path("contract", "c-bochum-castrop-rauxel"),
                        Probe.of("duisburg-bottrop", "duisburg").client("bottrop").path("contract", "c-duisburg-bottrop"),
                        Probe.missing("no such contract").path("contract", "c-gibt-es-nicht"));
        return matrix;
    }
}
