package de.servicecenter.tenant.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.servicecenter.tenant.DemoNetwork;
import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.HeadlessBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The widget as Castrop-Rauxel's portal embeds it — two lines of HTML on a page of another origin — in Debian's
 * headless Chromium: rendered with the right values for a fixed instant, usable with the keyboard alone, and without
 * a finding of axe-core, the accessibility engine (WCAG 2.x A and AA rules).
 */
@QuarkusTest
class PortalWidgetTest {

    private static final Path AXE = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");

    @TestHTTPResource("/")
    URI service;

    @Inject
    TenantFixtures fixtures;

    private HttpServer portal;
    private HeadlessBrowser browser;

    @BeforeEach
    void portalOfCastropRauxel() throws Exception {
        fixtures.resetNetwork();
        DemoNetwork.build();
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/buergerbuero.html", exchange -> answer(exchange, "text/html", page()));
        // no knowledge-service here: the search box's calls meet a portal that has no search
        portal.createContext("/public/v1/", exchange -> answer(exchange, 503, "text/plain", "unavailable"));
        portal.start();
        assertThat(HeadlessBrowser.available()).as("Debian's chromium (./stack test installs it)").isTrue();
        browser = HeadlessBrowser.start();
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
        portal.stop(0);
    }

    private String portalUrl() {
        return "http://127.0.0.1:" + portal.getAddress().getPort();
    }

    /** The embed, exactly as the README gives it, with a fixed instant: Tuesday 24 November 2026, 10:00. */
    private String page() {
        String tenantService = service.toString().replace("localhost", "127.0.0.1").replaceAll("/$", "");
        return """
                <!doctype html>
                <html lang="de"><head><meta charset="utf-8"><title>Bürgerbüro – Stadt Castrop-Rauxel</title></head>
                <body><main><h1>Bürgerbüro</h1>
                <script src="%s/public/v1/widget/opening-hours.js" defer></script>
                <scv-opening-hours town="castrop-rauxel" service-area="buergerbuero" at="2026-11-24T10:00:00+01:00"
                    knowledge-api="%s"></scv-opening-hours>
                </main></body></html>
                """.formatted(tenantService, portalUrl());
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        answer(exchange, 200, type, body);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String text(String selector) {
        return browser.evaluate("document.querySelector('scv-opening-hours " + selector + "').textContent.trim()")
                .asText();
    }

    private void rendered() throws InterruptedException {
        browser.open(portalUrl() + "/buergerbuero.html");
        browser.await("document.querySelector('scv-opening-hours h2') && "
                + "!document.querySelector('scv-opening-hours').hasAttribute('aria-busy')");
    }

    @Test
    void showsTheBuergerbueroOpenUntilNoonAndWhoAnswersThePhone() throws Exception {
        rendered();

        assertThat(text("h2")).isEqualTo("Bürgerbüro Castrop-Rauxel");
        assertThat(text(".scv-now")).isEqualTo("Jetzt geöffnet – bis 12:30 Uhr");
        assertThat(text(".scv-today")).isEqualTo("Heute (Dienstag): 08:00–12:30 Uhr, 14:00–16:00 Uhr");
        assertThat(text(".scv-phone")).contains("Es antwortet: ServiceCenter Bochum, im Auftrag von Stadt "
                + "Castrop-Rauxel").contains("+492349100").contains("Telefonisch erreichbar bis 18:00 Uhr");
        JsonNode week = browser.evaluate("[...document.querySelectorAll('scv-opening-hours tbody tr')]"
                + ".map(row => row.textContent)");
        assertThat(week).hasSize(7);
        assertThat(week.get(0).asText()).isEqualTo("Montag08:00–12:30 Uhr, 14:00–16:00 Uhr");
        assertThat(week.get(3).asText()).as("the Dienstleistungsabend")
                .isEqualTo("Donnerstag08:00–12:30 Uhr, 14:00–19:30 Uhr (Dienstleistungsabend)");
        assertThat(week.get(5).asText()).isEqualTo("Samstaggeschlossen");
        assertThat(browser.evaluate("document.querySelector('scv-opening-hours tr[aria-current=date] th').textContent")
                .asText()).isEqualTo("Dienstag");
    }

    /** An hour from the browser's cache, then a 304 while it is unchanged. */
    @Test
    void theScriptIsCachedAndRevalidated() {
        var script = given().get("/public/v1/widget/opening-hours.js").then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .extract();
        assertThat(script.asString()).contains("customElements.define(\"scv-opening-hours\"");
        given().header("If-None-Match", script.header("ETag")).get("/public/v1/widget/opening-hours.js").then()
                .statusCode(304);
    }

    @Test
    void whenClosedItSaysWhenItOpensAgain() throws Exception {
        rendered();
        browser.evaluate("document.querySelector('scv-opening-hours').setAttribute('at', '2026-11-24T13:00:00+01:00')");
        browser.await("document.querySelector('scv-opening-hours .scv-now').textContent.includes('geschlossen')");

        assertThat(text(".scv-now")).isEqualTo("Jetzt geschlossen – öffnet wieder Dienstag, 24. November, 14:00 Uhr");
    }

    @Test
    void theKeyboardAloneReachesThePhoneNumberAndTheSearch() throws Exception {
        rendered();
        // start where a reader of the page is: at its heading, just before the widget
        browser.evaluate("(h1 => { h1.tabIndex = -1; h1.focus(); return document.activeElement === h1; })"
                + "(document.querySelector('main h1'))");

        browser.press("Tab");
        assertThat(browser.evaluate("document.activeElement.getAttribute('href')").asText()).isEqualTo("tel:+492349100");
        browser.press("Tab");
        assertThat(browser.evaluate("document.activeElement.labels[0].textContent").asText())
                .isEqualTo("Was möchten Sie erledigen?");
        browser.type("Angelschein");
        browser.press("Enter");
        browser.await("document.querySelector('scv-opening-hours .scv-results li')");
        assertThat(text(".scv-results")).isEqualTo("Die Suche ist gerade nicht erreichbar.");
        browser.press("Tab");
        assertThat(browser.evaluate("document.activeElement.textContent").asText()).isEqualTo("Suchen");
    }

    @Test
    void axeCoreFindsNoAccessibilityViolations() throws Exception {
        rendered();
        assertThat(browser.accessibilityViolations(AXE)).as("axe-core violations").isEmpty();
        JsonNode passes = browser.evaluate("axe.run(document).then(result => result.passes.length)");
        assertThat(passes.asInt()).as("rules axe-core checked and passed").isGreaterThan(10);
    }
}
