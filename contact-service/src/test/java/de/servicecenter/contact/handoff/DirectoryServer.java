package de.servicecenter.contact.handoff;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for knowledge-service's {@code GET /api/v1/towns/{town}/directory/transfer} in contact-service's tests,
 * answering as Castrop-Rauxel's directory would (the directory itself is tested in knowledge-service): the
 * Bürgerbüro answers its area; the Standesamt splits by surname and asks for it; Bottrop has no directory (404).
 * It refuses a request without the agent's bearer token, as knowledge-service would, and remembers the last query.
 */
public class DirectoryServer implements QuarkusTestResourceLifecycleManager {

    static final String BUERGERBUERO_MAIL = "buergerbuero@castrop-rauxel.example";
    static final String STANDESAMT_L_Z_MAIL = "standesamt-l-z@castrop-rauxel.example";

    private static volatile boolean down;
    static final Map<String, String> LAST_QUERY = new ConcurrentHashMap<>();
    private HttpServer server;

    /** While down, every lookup answers 503. */
    static void down(boolean isDown) {
        down = isDown;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/towns/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            LAST_QUERY.clear();
            LAST_QUERY.putAll(query);
            int status;
            String body = "";
            if (down) {
                status = 503;
            } else if (authorization == null || !authorization.startsWith("Bearer ")) {
                status = 401;
            } else if (!path.equals("/api/v1/towns/castrop-rauxel/directory/transfer")) {
                status = 404;
            } else {
                status = 200;
                body = answer(query);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.knowledge-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static String answer(Map<String, String> query) {
        String area = query.getOrDefault("serviceArea", "");
        if (area.equals("buergerbuero")) {
            return target("buergerbuero", "Bürgerbüro", null, BUERGERBUERO_MAIL);
        }
        if (area.equals("ordnungswesen")) {
            String surname = query.get("surname");
            if (surname == null) {
                return """
                        {"town": "castrop-rauxel", "route": "CENTRAL_NUMBER", "dial": "+4923051060",
                         "responsible": null, "askFor": ["surname"], "someFieldOfALaterRelease": 1}""";
            }
            return target("ordnungsamt", "Ordnungsamt", surname.compareToIgnoreCase("L") >= 0 ? "Namen L–Z" : "Namen A–K",
                    surname.compareToIgnoreCase("L") >= 0 ? STANDESAMT_L_Z_MAIL : "ordnungsamt-a-k@castrop-rauxel.example");
        }
        return """
                {"town": "castrop-rauxel", "route": "CENTRAL_NUMBER", "dial": "+4923051060", "responsible": null,
                 "askFor": []}""";
    }

    private static String target(String unit, String name, String function, String mail) {
        return """
                {"town": "castrop-rauxel", "route": "RESPONSIBLE", "dial": "+492305106100", "askFor": [],
                 "responsible": {"unit": "%s", "unitName": "%s", "unitKind": "AMT", "contactPoint": null,
                                 "function": %s, "phone": "+492305106100", "mail": "%s", "room": "Rathaus"}}"""
                .formatted(unit, name, function == null ? "null" : "\"" + function + "\"", mail);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
