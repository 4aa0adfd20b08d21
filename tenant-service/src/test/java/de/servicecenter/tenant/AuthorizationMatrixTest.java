package de.servicecenter.tenant;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.matrix.AuthorizationMatrix;
import de.servicecenter.testing.matrix.AuthorizationMatrixContract;
import de.servicecenter.testing.matrix.Probe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * tenant-service's authorization matrix: every operation of its OpenAPI document × every principal of the demo realm
 * (and anonymous) × own, foreign and missing targets on the demo network, held against the published declarations.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    private static final String MISSING = UUID.randomUUID().toString();

    @Inject
    TenantFixtures fixtures;

    private static String demo(String file) {
        return DemoNetwork.read(DemoNetwork.DEMO.resolve(file));
    }

    private static String admin() {
        return KeycloakTokens.user("verbund-admin");
    }

    private static String contractOf(String tenant, String status) {
        return given().auth().oauth2(admin()).queryParam("town", tenant).queryParam("status", status)
                .get("/api/v1/contracts").then().statusCode(200).extract().path("[0].id");
    }

    private static String scheduleOf(String tenant, String name) {
        List<String> ids = given().auth().oauth2(admin()).queryParam("town", tenant).get("/api/v1/schedules").then()
                .statusCode(200).extract().path("findAll { it.name == '" + name + "' }.id");
        return ids.getFirst();
    }

    private static String contract(String host, String client, String areas) {
        return """
                {"hostTown": "%s", "clientTown": "%s", "serviceCenter": "servicecenter-bochum",
                 "serviceAreas": [%s], "validFrom": "2027-01-01", "costModel": {"type": "PER_CALL", "pricePerCall": 3.10}}"""
                .formatted(host, client, areas);
    }

    @Override
    protected String testDatabase() {
        return "tenant_test";
    }

    @Override
    protected AuthorizationMatrix matrix() throws Exception {
        fixtures.resetNetwork();
        DemoNetwork.build();
        String proposal = given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType("application/json")
                .body(contract("bochum", "castrop-rauxel", "\"standesamt\"")).post("/api/v1/contracts").then()
                .statusCode(201).extract().path("id");
        String castropContract = contractOf("castrop-rauxel", "ACTIVE");
        String bottropContract = contractOf("bottrop", "ACTIVE");
        String buergerbuero = scheduleOf("castrop-rauxel", "Bürgerbüro Castrop-Rauxel");
        String bochumCenter = scheduleOf("bochum", "ServiceCenter Bochum");
        String bottropRathaus = scheduleOf("bottrop", "Rathaus Bottrop");
        TenancySnapshot network = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
                .readValue(given().auth().oauth2(KeycloakTokens.serviceAccount("knowledge-service", "knowledge-service-secret"))
                        .get("/api/v1/tenancy").asString(), TenancySnapshot.class);
        String termination = "{\"lastDay\": \"2030-12-31\", \"reason\": \"Matrix\"}";
        String exception = "{\"firstDay\": \"2030-12-24\", \"lastDay\": \"2030-12-24\", \"closed\": true, \"reason\": \"Matrix\"}";

        AuthorizationMatrix matrix = new AuthorizationMatrix("tenant-service", network)
                .probe("TenantResource_register", Probe.plain("an existing id").body(demo("tenants/castrop-rauxel.json")))
                .probe("TenantResource_list", Probe.plain("all"))
                .probe("TenantResource_get", Probe.of("castrop-rauxel", "castrop-rauxel").path("town", "castrop-rauxel"),
                        Probe.of("bottrop", "bottrop").path("town", "bottrop"),
                        Probe.of("bochum", "bochum").path("town", "bochum"),
                        Probe.missing("no such town").path("town", "gibt-es-nicht"))
                .probe("TenantResource_replace", Probe.of("bottrop, stale", "bottrop").path("town", "bottrop").stale()
                        .body(demo("tenants/bottrop.json")))
                .probe("ServiceAreaResource_list", Probe.plain("all"))
                .probe("ServiceAreaResource_get", Probe.plain("buergerbuero").path("serviceArea", "buergerbuero"))
                .probe("ServiceAreaResource_add", Probe.plain("an existing code")
                        .body("{\"code\": \"buergerbuero\", \"name\": \"Bürgerbüro\"}"))
                .probe("ServiceAreaResource_replace", Probe.plain("stale").path("serviceArea", "buergerbuero").stale()
                        .body("{\"code\": \"buergerbuero\", \"name\": \"Bürgerbüro\"}"))
                .probe("TenancyResource_snapshot", Probe.plain("all"))
                .probe("TenancyResource_schedules", Probe.plain("all"))
                .probe("ContractResource_propose",
                        Probe.of("for bochum, with itself", "bochum").body(contract("bochum", "bochum", "\"standesamt\"")),
                        Probe.of("for duisburg, with itself", "duisburg").body(contract("duisburg", "duisburg", "\"standesamt\"")))
                .probe("ContractResource_list", Probe.of("own", null),
                        Probe.of("castrop-rauxel's", "castrop-rauxel").query("town", "castrop-rauxel"),
                        Probe.of("bottrop's", "bottrop").query("town", "bottrop"))
                .probe("ContractResource_get",
                        Probe.of("bochum-castrop-rauxel", "bochum").client("castrop-rauxel").path("contract", castropContract),
                        Probe.of("duisburg-bottrop", "duisburg").client("bottrop").path("contract", bottropContract),
                        Probe.missing("no such contract").path("contract", MISSING))
                .probe("ContractResource_revise",
                        Probe.of("proposal, stale", "bochum").client("castrop-rauxel").path("contract", proposal).stale()
                                .body(contract("bochum", "castrop-rauxel", "\"standesamt\"")),
                        Probe.of("duisburg-bottrop, stale", "duisburg").client("bottrop").path("contract", bottropContract)
                                .stale().body(contract("duisburg", "bottrop", "\"standesamt\"")))
                .probe("ContractResource_accept",
                        Probe.of("proposal, stale", "bochum").client("castrop-rauxel").path("contract", proposal).stale(),
                        Probe.of("duisburg-bottrop, stale", "duisburg").client("bottrop").path("contract", bottropContract).stale())
                .probe("ContractResource_reject",
                        Probe.of("proposal, stale", "bochum").client("castrop-rauxel").path("contract", proposal).stale()
                                .body("{\"reason\": \"Matrix\"}"))
                .probe("ContractResource_activate",
                        Probe.of("proposal, stale", "bochum").client("castrop-rauxel").path("contract", proposal).stale(),
                        Probe.of("duisburg-bottrop, stale", "duisburg").client("bottrop").path("contract", bottropContract).stale())
                .probe("ContractResource_terminate",
                        Probe.of("bochum-castrop-rauxel, stale", "bochum").client("castrop-rauxel").path("contract", castropContract)
                                .stale().body(termination),
                        Probe.of("duisburg-bottrop, stale", "duisburg").client("bottrop").path("contract", bottropContract)
                                .stale().body(termination))
                .probe("ContractResource_withdraw",
                        Probe.of("proposal, stale", "bochum").client("castrop-rauxel").path("contract", proposal).stale(),
                        Probe.missing("no such contract").path("contract", MISSING))
                .probe("ServiceCenterResource_open",
                        Probe.of("bochum's, existing", "bochum").body(demo("centers/servicecenter-bochum.json")),
                        Probe.of("duisburg's, existing", "duisburg").body(demo("centers/call-duisburg.json")))
                .probe("ServiceCenterResource_list", Probe.of("own", null),
                        Probe.of("bochum's", "bochum").query("town", "bochum"),
                        Probe.of("duisburg's", "duisburg").query("town", "duisburg"))
                .probe("ServiceCenterResource_get", Probe.of("bochum's", "bochum").path("serviceCenter", "servicecenter-bochum"),
                        Probe.of("duisburg's", "duisburg").path("serviceCenter", "call-duisburg"),
                        Probe.missing("no such center").path("serviceCenter", "gibt-es-nicht"))
                .probe("ServiceCenterResource_replace", Probe.of("bochum's, stale", "bochum")
                        .path("serviceCenter", "servicecenter-bochum").stale().body(demo("centers/servicecenter-bochum.json")))
                .probe("ScheduleResource_create",
                        Probe.of("bochum's center, existing", "bochum").body(demo("schedules/servicecenter-bochum.json")),
                        Probe.of("castrop-rauxel's Bürgerbüro, existing", "castrop-rauxel")
                                .body(demo("schedules/castrop-rauxel-buergerbuero.json")))
                .probe("ScheduleResource_list", Probe.of("castrop-rauxel's", "castrop-rauxel").query("town", "castrop-rauxel"),
                        Probe.of("bottrop's", "bottrop").query("town", "bottrop"))
                .probe("ScheduleResource_get",
                        Probe.of("castrop-rauxel's Bürgerbüro", "castrop-rauxel").area("buergerbuero").path("schedule", buergerbuero),
                        Probe.of("bochum's center", "bochum").path("schedule", bochumCenter),
                        Probe.of("bottrop's Rathaus", "bottrop").path("schedule", bottropRathaus),
                        Probe.missing("no such schedule").path("schedule", MISSING))
                .probe("ScheduleResource_replace",
                        Probe.of("castrop-rauxel's Bürgerbüro, stale", "castrop-rauxel").area("buergerbuero")
                                .path("schedule", buergerbuero).stale().body(demo("schedules/castrop-rauxel-buergerbuero.json")))
                .probe("ScheduleResource_delete",
                        Probe.of("castrop-rauxel's Bürgerbüro, stale", "castrop-rauxel").area("buergerbuero")
                                .path("schedule", buergerbuero).stale(),
                        Probe.of("bottrop's Rathaus, stale", "bottrop").path("schedule", bottropRathaus).stale())
                .probe("ScheduleResource_addException",
                        Probe.of("castrop-rauxel's Bürgerbüro", "castrop-rauxel").area("buergerbuero")
                                .path("schedule", buergerbuero).body(exception),
                        Probe.of("bochum's center", "bochum").path("schedule", bochumCenter).body(exception))
                .probe("ScheduleResource_deleteException",
                        Probe.of("castrop-rauxel's Bürgerbüro, no such exception", "castrop-rauxel").area("buergerbuero")
                                .path("schedule", buergerbuero).path("exception", MISSING).allowedMissing("exception"))
                .probe("PublicOpeningHoursResource_tenantStatus", Probe.plain("castrop-rauxel").path("town", "castrop-rauxel"))
                .probe("PublicOpeningHoursResource_centerStatus", Probe.plain("bochum's").path("serviceCenter", "servicecenter-bochum"))
                .probe("PublicOpeningHoursResource_schedules", Probe.plain("castrop-rauxel").path("town", "castrop-rauxel"))
                .probe("PublicOpeningHoursResource_osm", Probe.plain("Bürgerbüro").path("schedule", buergerbuero))
                .probe("PublicOpeningHoursResource_schemaOrg", Probe.plain("Bürgerbüro").path("schedule", buergerbuero))
                .probe("PublicOpeningHoursResource_iCalendar", Probe.plain("Bürgerbüro").path("schedule", buergerbuero))
                .probe("PortalWidgetResource_script", Probe.plain("the widget"))
                .probe("PublicOpeningHoursResource_holidays", Probe.plain("NRW 2026").path("state", "DE-NW").path("year", 2026));

        return matrix;
    }
}
