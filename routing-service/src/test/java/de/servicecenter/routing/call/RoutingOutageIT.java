package de.servicecenter.routing.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.servicecenter.routing.RoutingFixtures;
import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.PackagedService;
import de.servicecenter.testing.TcpProxy;
import de.servicecenter.testing.TenancyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outage, for real, against the packaged service (the jar, or the native executable in the native profile): PostgreSQL behind a TCP proxy that is cut,
 * tenant-service (its stand-in) answering 503 — decisions go on identically and say they come from cached data; then
 * routing-service is restarted during the outage and still routes, from the last good copy on disk.
 */
class RoutingOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Path WORK = Path.of("target", "outage-it");
    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:15432/routing_test";

    /** Calls at chosen instants, covering routes, a menu default, the closed announcement. */
    private static final List<Map<String, Object>> CALLS = List.of(
            Map.of("dialledNumber", SeedNetwork.CASTROP_RAUXEL_RATHAUS, "menuOption", "1", "at", "2026-11-23T10:00:00+01:00"),
            Map.of("dialledNumber", SeedNetwork.CASTROP_RAUXEL_RATHAUS, "menuOption", "3", "at", "2026-11-23T10:00:00+01:00"),
            Map.of("dialledNumber", SeedNetwork.BOTTROP_7030, "at", "2026-11-23T10:00:00+01:00"),
            Map.of("dialledNumber", SeedNetwork.BOTTROP_7030, "at", "2026-11-28T10:00:00+01:00"),
            Map.of("dialledNumber", SeedNetwork.BOTTROP_7030, "at", "2026-06-04T10:00:00+02:00"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final TenancyServer tenantService = new TenancyServer();
    private TcpProxy database;
    private String tenantServiceUrl;
    private Process service;
    private int port;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(WORK);
        Files.deleteIfExists(WORK.resolve("last-good.json"));
        try (Connection connection = DriverManager.getConnection(DATABASE, "routing_owner", "routing_owner");
             Statement statement = connection.createStatement()) {
            // A database as on first deployment: the service migrates it on first contact.
            statement.execute("DROP TABLE IF EXISTS rule_set_version, flyway_schema_history; "
                    + "DROP FUNCTION IF EXISTS scv_tenants(), scv_sees_all(), scv_protect(text)");
        }
        TenancyServer.down(false);
        TenancyServer.serve(SeedNetwork.TENANCY);
        TenancyServer.serve(RoutingFixtures.catalog());
        tenantServiceUrl = tenantService.start().get("quarkus.rest-client.tenant-service.url");
        database = TcpProxy.to("127.0.0.1", 15432);
        port = freePort();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroy();
        }
        database.close();
        tenantService.stop();
        TenancyServer.down(false);
    }

    @Test
    void routesThroughAnOutageAndARestartDuringIt() throws Exception {
        service = launch("first");
        publish("duisburg-admin", "bottrop");
        publish("castrop-rauxel-admin", "castrop-rauxel");
        List<JsonNode> before = decideAll();
        assertThat(before).allSatisfy(decision -> assertThat(decision.path("fromCache").asBoolean()).isFalse());
        assertThat(before.getFirst().path("target").asText()).isEqualTo("sip:castrop-rauxel@servicecenter.bochum.de");

        database.cut();
        TenancyServer.down(true);
        awaitReadiness("\"fromCache\":true");

        assertSameDecisions(before, decideAll());

        service.destroy();
        assertThat(service.waitFor(20, TimeUnit.SECONDS)).isTrue();
        service = launch("restarted during the outage");

        assertSameDecisions(before, decideAll());
    }

    private static void assertSameDecisions(List<JsonNode> before, List<JsonNode> now) {
        for (int i = 0; i < before.size(); i++) {
            JsonNode expected = before.get(i);
            JsonNode actual = now.get(i);
            assertThat(actual.path("fromCache").asBoolean()).as("call %d says it rests on cached data", i).isTrue();
            for (String field : List.of("action", "target", "announcement", "announcementText", "rule", "explanation", "tag")) {
                assertThat(actual.path(field)).as("call %d, %s", i, field).isEqualTo(expected.path(field));
            }
        }
    }

    private Process launch(String name) throws Exception {
        List<String> command = PackagedService.command(List.of(
                "-Dquarkus.profile=test",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + database.port() + "/routing_test",
                "-Dquarkus.datasource.jdbc.acquisition-timeout=2s",
                "-Dquarkus.rest-client.tenant-service.url=" + tenantServiceUrl,
                "-Dquarkus.oidc.auth-server-url=" + KeycloakTokens.keycloakUrl() + "/realms/" + KeycloakTokens.REALM,
                "-Dscv.routing.last-good-file=" + WORK.resolve("last-good.json").toAbsolutePath(),
                "-Dscv.routing.rebuild-every=1s"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name.replace(' ', '-') + ".log").toFile())
                .start();
        awaitReadiness("\"status\":\"UP\"");
        return process;
    }

    private void awaitReadiness(String contained) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                last = ready.body().replace(" ", "").replace("\n", "");
                if (last.contains(contained)) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("routing-service never showed " + contained + "; last readiness: " + last
                + " (log in " + WORK + ")");
    }

    private void publish(String user, String town) throws Exception {
        String token = KeycloakTokens.user(user);
        byte[] draft = JSON.writeValueAsBytes(SeedNetwork.ruleSets().get(town));
        send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/towns/" + town + "/rule-set/draft"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(draft)).build());
        send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/towns/" + town + "/rule-set/draft/publish"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private List<JsonNode> decideAll() throws Exception {
        String token = KeycloakTokens.serviceAccount("phone-system", "phone-system-secret");
        List<JsonNode> decisions = new ArrayList<>();
        for (Map<String, Object> call : CALLS) {
            decisions.add(JSON.readTree(send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/routing/decisions"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(call))).build())));
        }
        return decisions;
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
