package de.servicecenter.routing.call;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.servicecenter.routing.RoutingFixtures;
import de.servicecenter.routing.decision.RoutingNetwork;
import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.PrometheusMetrics;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * tenant-service goes down: the next rebuilds cannot fetch the schedules, and decisions go on identically from the
 * last good data, saying so. PostgreSQL down too, and a restart during the outage: RoutingOutageIT, with the
 * packaged service.
 */
@QuarkusTest
class TenantServiceOutageTest {

    @Inject
    RoutingFixtures fixtures;

    @Inject
    RoutingNetwork network;

    @ConfigProperty(name = "scv.routing.last-good-file")
    Path lastGoodFile;

    @BeforeEach
    void bottropIsRoutedToDuisburg() {
        fixtures.reset();
        RoutingFixtures.publish("duisburg-admin", "bottrop");
    }

    @AfterEach
    void tenantServiceBack() {
        TenancyServer.down(false);
    }

    private static JsonPath decide(String at) {
        return given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", "phone-system-secret"))
                .contentType(ContentType.JSON).body(Map.of("dialledNumber", SeedNetwork.BOTTROP_7030, "at", at))
                .post("/api/v1/routing/decisions").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void decisionsGoOnIdenticallyFromTheLastGoodDataAndSaySo() {
        JsonPath before = decide("2026-11-23T10:00:00+01:00");
        JsonPath closedBefore = decide("2026-11-23T19:00:00+01:00");
        assertThat(before.getBoolean("fromCache")).isFalse();
        assertThat(Files.isRegularFile(lastGoodFile)).as("the last good sources are kept on disk").isTrue();

        TenancyServer.down(true);
        network.rebuild();

        double cachedBefore = PrometheusMetrics.value("scv_routing_decisions_total", "action=\"ROUTE_TO_CENTER\"",
                "from_cache=\"true\"");
        JsonPath during = decide("2026-11-23T10:00:00+01:00");
        assertThat(during.getBoolean("fromCache")).isTrue();
        assertThat(PrometheusMetrics.value("scv_routing_decisions_total", "action=\"ROUTE_TO_CENTER\"",
                "from_cache=\"true\"")).as("decisions from last good data are counted apart").isEqualTo(cachedBefore + 1);
        assertThat(PrometheusMetrics.value("scv_routing_from_cache")).isEqualTo(1);
        assertThat(during.getString("target")).isEqualTo(before.getString("target"));
        assertThat(during.getInt("rule")).isEqualTo(before.getInt("rule"));
        assertThat(during.getString("explanation")).isEqualTo(before.getString("explanation"));
        assertThat(decide("2026-11-23T19:00:00+01:00").getString("announcement"))
                .isEqualTo(closedBefore.getString("announcement"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        TenancyServer.down(false);
        network.rebuild();
        assertThat(decide("2026-11-23T10:00:00+01:00").getBoolean("fromCache")).isFalse();
        assertThat(PrometheusMetrics.value("scv_routing_from_cache")).isEqualTo(0);
    }
}
