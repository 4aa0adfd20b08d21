package de.servicecenter.console;

import com.fasterxml.jackson.databind.JsonNode;
import de.servicecenter.testing.HeadlessBrowser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The console as a person uses it, in Debian's headless Chromium: against the running local stack (./stack
 * test-console starts it with the demo data), signing in at the real Keycloak, by keyboard only.
 */
public final class ConsoleInBrowser implements AutoCloseable {

    public static final String CONSOLE = System.getProperty("console.url", "http://127.0.0.1:18085");
    static final Path AXE = Path.of("src", "main", "web", "node_modules", "axe-core", "axe.min.js");

    private final HeadlessBrowser browser;

    private ConsoleInBrowser(HeadlessBrowser browser) {
        this.browser = browser;
    }

    /** A fresh browser (no session), at {@code path} of the console: Keycloak's sign-in form first, then the page. */
    public static ConsoleInBrowser signedIn(String username, String path) throws IOException, InterruptedException {
        ConsoleInBrowser console = new ConsoleInBrowser(HeadlessBrowser.start());
        console.browser.open(CONSOLE + path);
        console.browser.await("document.querySelector('#username') && document.activeElement === "
                + "document.querySelector('#username')");
        console.browser.type(username);
        console.browser.press("Tab");
        console.browser.type("demo");
        console.browser.press("Enter");
        console.browser.await("location.href.startsWith('" + CONSOLE + "') && document.readyState === 'complete'"
                + " && document.querySelector('main')");
        return console;
    }

    public HeadlessBrowser browser() {
        return browser;
    }

    public String text(String selector) {
        return browser.evaluate("(document.querySelector(" + quoted(selector) + ") || {}).textContent || ''").asText()
                .replaceAll("\\s+", " ").strip();
    }

    /** The rows of the table(s) matched, each as its cells' texts joined by " | ". */
    public List<String> rows(String tableSelector) {
        List<String> rows = new java.util.ArrayList<>();
        browser.evaluate("[...document.querySelectorAll(" + quoted(tableSelector + " tbody tr") + ")].map(row => "
                + "[...row.cells].map(cell => cell.textContent.replace(/\\s+/g, ' ').trim()).join(' | '))")
                .forEach(row -> rows.add(row.asText()));
        return rows;
    }

    public boolean exists(String selector) {
        return browser.evaluate("Boolean(document.querySelector(" + quoted(selector) + "))").asBoolean();
    }

    public String focused() {
        return browser.evaluate("document.activeElement ? (document.activeElement.id || document.activeElement"
                + ".textContent.trim().slice(0, 80)) : ''").asText();
    }

    public String url() {
        return browser.evaluate("location.href").asText();
    }

    /** Presses Enter and waits for the next page (a link followed, a form sent). */
    public void enterAndLoad() throws InterruptedException {
        browser.evaluate("window.__page = 'old'");
        browser.press("Enter");
        browser.await("window.__page === undefined && document.readyState === 'complete'");
    }

    public List<String> accessibilityViolations() throws IOException {
        return browser.accessibilityViolations(AXE);
    }

    /**
     * The page as it is now, scrolled to {@code selector}, into target/screenshots (docs/screenshots holds the
     * README's copies).
     */
    public void screenshot(String name, String selector) throws IOException {
        screenshot(name, selector, 1100);
    }

    /** The same, {@code height} pixels tall (a section near the page's end cannot scroll to the top). */
    public void screenshot(String name, String selector, int height) throws IOException {
        browser.evaluate(selector.equals("body") ? "window.scrollTo(0, 0)"
                : "document.querySelector(" + quoted(selector) + ").scrollIntoView()");
        Path directory = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(directory);
        browser.screenshot(directory.resolve(name), 1280, height);
    }

    public JsonNode evaluate(String script) {
        return browser.evaluate(script);
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void close() throws IOException {
        browser.close();
    }
}
