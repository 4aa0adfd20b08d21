package de.servicecenter.routing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.routing.decision.RoutingNetwork;
import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.tenancyclient.RemoteTenancy;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.TenancyServer;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The seed network as tenant-service would report it (the demo schedules included), and no rule sets yet. */
@ApplicationScoped
public class RoutingFixtures {

    private static final Path DEMO = Path.of("..", "local-stack", "demo");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final RemoteTenancy tenancy;
    private final RoutingNetwork network;
    private final DataSource database;
    private final Path lastGoodFile;

    RoutingFixtures(RemoteTenancy tenancy, RoutingNetwork network, DataSource database,
                    @ConfigProperty(name = "scv.routing.last-good-file") Path lastGoodFile) {
        this.tenancy = tenancy;
        this.network = network;
        this.database = database;
        this.lastGoodFile = lastGoodFile;
    }

    public void reset() {
        TenancyServer.down(false);
        TenancyServer.serve(SeedNetwork.TENANCY);
        TenancyServer.serve(catalog());
        tenancy.refreshNow();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM rule_set_version"); // the service's roles may not truncate
            Files.deleteIfExists(lastGoodFile);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        network.rebuild();
    }

    /** {@code user} saves the seed scenarios' rule set of {@code town} as a draft and publishes it, through the API. */
    public static void publish(String user, String town) {
        given().auth().oauth2(KeycloakTokens.user(user)).contentType(ContentType.JSON)
                .body(SeedNetwork.ruleSets().get(town)).put("/api/v1/towns/" + town + "/rule-set/draft").then()
                .statusCode(200);
        given().auth().oauth2(KeycloakTokens.user(user)).post("/api/v1/towns/" + town + "/rule-set/draft/publish")
                .then().statusCode(200);
    }

    /** The demo schedules (local-stack/demo/schedules) with the closures network.steps adds. */
    public static ScheduleCatalog catalog() {
        List<PublishedSchedule> schedules = new ArrayList<>();
        schedules.add(published("servicecenter-bochum.json", List.of()));
        schedules.add(published("call-duisburg.json", List.of()));
        schedules.add(published("servicecenter-kreis-soest.json", List.of("zwischen-den-jahren.json")));
        schedules.add(published("castrop-rauxel-rathaus.json", List.of("zwischen-den-jahren.json")));
        Map<String, String> states = new HashMap<>();
        SeedNetwork.TENANCY.activeTenants().forEach(tenant -> states.put(tenant, "DE-NW"));
        return new ScheduleCatalog(schedules, states);
    }

    private static PublishedSchedule published(String file, List<String> exceptionFiles) {
        try {
            JsonNode stored = JSON.readTree(DEMO.resolve("schedules").resolve(file).toFile());
            ScheduleDefinition definition = JSON.treeToValue(stored, ScheduleDefinition.class);
            List<ExceptionDefinition> exceptions = new ArrayList<>();
            for (String exception : exceptionFiles) {
                exceptions.add(JSON.readValue(DEMO.resolve("exceptions").resolve(exception).toFile(),
                        ExceptionDefinition.class));
            }
            String center = stored.path("serviceCenter").isMissingNode() ? null : stored.path("serviceCenter").asText();
            String tenant = center != null ? SeedNetwork.TENANCY.serviceCenters().get(center) : stored.path("town").asText();
            String area = stored.path("serviceArea").isMissingNode() ? null : stored.path("serviceArea").asText();
            return new PublishedSchedule(tenant, center, area, stored.path("name").asText(), new ScheduleDefinition(
                    definition.publicHolidays() == null ? "DE-NW" : definition.publicHolidays(),
                    definition.weeklyPeriods(), exceptions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
