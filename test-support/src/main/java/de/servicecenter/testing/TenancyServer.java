package de.servicecenter.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stands in for tenant-service's {@code GET /api/v1/tenancy} (and {@code /api/v1/tenancy/schedules}) in the tests of the services that consume it, so
 * that they run their real REST client, OIDC client credentials (real Keycloak token) and cache against a
 * real HTTP endpoint whose answer the test decides. The endpoint itself is tested in tenant-service.
 */
public class TenancyServer implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static volatile TenancySnapshot served = TenancySnapshot.EMPTY;
    private static volatile ScheduleCatalog servedSchedules = new ScheduleCatalog(List.of(), Map.of());
    private HttpServer server;

    /** What the next fetch answers. */
    public static void serve(TenancySnapshot snapshot) {
        served = snapshot;
    }

    /**
     * Sends {@code request} until the service under test has taken up what was just served, and returns the first
     * answer other than {@code whileStale} (or the last one after ten seconds). A packaged service runs as a process of
     * its own: it fetches the new snapshot in the background, started by the first read that finds its copy stale,
     * and answers from the old copy until then — for a request the old contracts do not allow, {@code whileStale}.
     */
    public static Response onceTakenUp(Supplier<Response> request, int whileStale) throws InterruptedException {
        Response answer = request.get();
        for (int attempt = 0; attempt < 40 && answer.statusCode() == whileStale; attempt++) {
            Thread.sleep(250);
            answer = request.get();
        }
        return answer;
    }

    private static volatile boolean down;
    private static volatile boolean newerRelease;

    /** While set, the answers come as a newer release of tenant-service writes them: with fields added everywhere. */
    public static void asANewerRelease(boolean isNewer) {
        newerRelease = isNewer;
    }

    /** While down, every fetch answers 503, as a tenant-service that is restarting. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    /** What the next fetch of {@code /api/v1/tenancy/schedules} answers. */
    public static void serve(ScheduleCatalog schedules) {
        servedSchedules = schedules;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/tenancy", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            Object answer = exchange.getRequestURI().getPath().endsWith("/schedules") ? servedSchedules : served;
            Object written = newerRelease ? NewerRelease.withAddedFields(answer, JSON) : answer;
            byte[] body = authorization != null && authorization.startsWith("Bearer ")
                    ? JSON.writeValueAsBytes(written) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body.length == 0 ? 401 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.tenant-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
