package de.servicecenter.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import de.servicecenter.testing.matrix.AuthorizationMatrix.Seed;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A city portal's page on another origin, in a real browser (Debian's headless Chromium, which {@code ./stack test}
 * installs): it {@code fetch()}es every public operation of the service and writes what it could read into the page,
 * which Chromium dumps. CORS is the browser's to enforce — this is the only test that sees it the way a portal does.
 */
public final class BrowserCrossOrigin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern RESULTS = Pattern.compile("<pre id=\"results\">(.*?)</pre>", Pattern.DOTALL);

    private BrowserCrossOrigin() {
    }

    /**
     * Every public operation among {@code seeds}, fetched from a page of another origin; returns each one the page
     * could not read, or read with another status than a direct request gets.
     */
    public static List<String> readEveryPublicOperation(List<Seed> seeds) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            return List.of("no browser: " + CHROMIUM + " is missing (./stack test installs Debian's chromium)");
        }
        List<String> urls = new ArrayList<>();
        List<Integer> direct = new ArrayList<>();
        for (Seed seed : seeds) {
            boolean isPublic = seed.operation().path("x-authorization").path("on").asText().equals("PUBLIC");
            if (isPublic && seed.method().equals("GET")) {
                String url = RestAssured.baseURI.replace("localhost", "127.0.0.1") + ":" + RestAssured.port + concrete(seed);
                urls.add(url);
                direct.add(given().get(url).statusCode());
            }
        }
        if (urls.isEmpty()) {
            return List.of();
        }
        HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = page(urls).getBytes(StandardCharsets.UTF_8);
        portal.createContext("/portal.html", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        portal.start();
        try {
            String dom = dump("http://127.0.0.1:" + portal.getAddress().getPort() + "/portal.html");
            Matcher results = RESULTS.matcher(dom);
            if (!results.find()) {
                return List.of("the page wrote no results: " + dom.substring(0, Math.min(400, dom.length())));
            }
            JsonNode read = JSON.readTree(results.group(1).replace("&quot;", "\"").replace("&amp;", "&")
                    .replace("&lt;", "<").replace("&gt;", ">"));
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                String outcome = read.path(i).asText();
                if (!outcome.equals("read " + direct.get(i))) {
                    failures.add(urls.get(i) + ": the page got '" + outcome + "', a direct request " + direct.get(i));
                }
            }
            System.out.printf("a portal page on another origin, in Chromium: %d public operations, %d not readable%n",
                    urls.size(), failures.size());
            return failures;
        } finally {
            portal.stop(0);
        }
    }

    /** The seed's path with its parameters filled in, and its query. */
    private static String concrete(Seed seed) {
        String path = seed.path();
        for (var parameter : seed.pathParameters().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        StringBuilder query = new StringBuilder();
        seed.queryParameters().forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return path + query;
    }

    /** Reads each URL with fetch() and writes "read <status>" or "blocked: <error>" per URL into #results. */
    private static String page(List<String> urls) throws IOException {
        return """
                <!doctype html>
                <html lang="de"><head><meta charset="utf-8"><title>Portal</title></head>
                <body><pre id="results"></pre>
                <script>
                const urls = %s;
                Promise.all(urls.map(url => fetch(url)
                        .then(response => response.text().then(() => 'read ' + response.status))
                        .catch(error => 'blocked: ' + error)))
                    .then(outcomes => { document.getElementById('results').textContent = JSON.stringify(outcomes); });
                </script></body></html>
                """.formatted(JSON.writeValueAsString(urls));
    }

    /** The page's DOM once its scripts have run (virtual time lets every fetch finish before the dump). */
    private static String dump(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
        return dom;
    }
}
