package de.servicecenter.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, JDK only): open a page, run script in
 * it, and press keys as a person does — trusted key events, so that focus moves and forms submit as they would.
 * {@code ./stack test} installs the browser.
 */
public final class HeadlessBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Process chromium;
    private final Path profile;
    private final WebSocket page;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessBrowser(Process chromium, Path profile, WebSocket page) {
        this.chromium = chromium;
        this.profile = profile;
        this.page = page;
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** A fresh browser with one blank page. */
    public static HeadlessBrowser start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ProcessBuilder command = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // German, as the console's users have it: date fields read TT.MM.JJJJ, Accept-Language asks for German. On
        // Linux Chromium takes its language from the environment, with Debian's chromium-l10n (./stack installs it).
        command.environment().put("LANGUAGE", "de");
        Process chromium = command.start();
        Path activePort = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(activePort) || Files.readAllLines(activePort).size() < 2) {
            if (System.nanoTime() > deadline || !chromium.isAlive()) {
                chromium.destroyForcibly();
                throw new IOException("Chromium did not open its DevTools port");
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(activePort).getFirst().strip());
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String pageSocket = null;
        for (JsonNode target : targets) {
            if (target.path("type").asText().equals("page")) {
                pageSocket = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (pageSocket == null) {
            chromium.destroyForcibly();
            throw new IOException("Chromium has no page to drive");
        }
        HeadlessBrowser[] browser = new HeadlessBrowser[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    browser[0].received(message.toString());
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        browser[0] = new HeadlessBrowser(chromium, profile, socket);
        // a headless page never has the window's focus; without this, Tab moves nothing
        browser[0].send("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return browser[0];
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            CompletableFuture<JsonNode> reply = message.has("id") ? pending.remove(message.path("id").asInt()) : null;
            if (reply != null) {
                reply.complete(message);
            }
        } catch (IOException ignored) {
            // events we did not ask for
        }
    }

    private JsonNode send(String method, Map<String, Object> parameters) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(parameters));
        page.sendText(command.toString(), true).join();
        try {
            JsonNode answer = reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + ": " + answer.path("error"));
            }
            return answer.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
    }

    /** Opens the page and waits until it has loaded (keys pressed before may land nowhere). */
    public void open(String url) throws InterruptedException {
        send("Page.navigate", Map.of("url", url));
        await("document.readyState === 'complete' && location.href !== 'about:blank'");
    }

    /** The value of a script run in the page; promises are awaited. */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page's script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until the script's value is true, e.g. until an element has rendered. */
    public void await(String condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("never true: " + condition);
            }
            Thread.sleep(100);
        }
    }

    /** A key pressed and released, as from a keyboard: Tab, Enter, Escape, …, or a digit. */
    public void press(String key) {
        boolean digit = key.length() == 1 && Character.isDigit(key.charAt(0));
        int code = switch (key) {
            case "Tab" -> 9;
            case "Enter" -> 13;
            case "Escape" -> 27;
            case " " -> 32;
            case "Backspace" -> 8;
            case "ArrowDown" -> 40;
            default -> {
                if (!digit) {
                    throw new IllegalArgumentException("no key code for " + key);
                }
                yield key.charAt(0);
            }
        };
        String text = switch (key) {
            case "Enter" -> "\r";
            case " " -> " ";
            default -> digit ? key : "";
        };
        Map<String, Object> event = Map.of("key", key, "code", key.equals(" ") ? "Space" : digit ? "Digit" + key : key,
                "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code, "text", text);
        send("Input.dispatchKeyEvent", with(event, "type", text.isEmpty() ? "rawKeyDown" : "keyDown"));
        send("Input.dispatchKeyEvent", with(event, "type", "keyUp"));
    }

    /**
     * Digits typed key by key, as into a date field (which takes no pasted text): with the German locale,
     * "14122026" fills day, month and year of 14.12.2026.
     */
    public void typeDigits(String digits) {
        digits.chars().forEach(c -> press(String.valueOf((char) c)));
    }

    /**
     * Presses Tab until the focused element matches the CSS selector, as a keyboard user moves to it; fails after
     * {@code most} presses (the element is then not reachable by keyboard, or too far).
     */
    public void tabTo(String selector, int most) {
        String matches = "document.activeElement && document.activeElement.matches(" + JSON.valueToTree(selector) + ")";
        for (int pressed = 0; pressed < most; pressed++) {
            if (evaluate(matches).asBoolean()) {
                return;
            }
            press("Tab");
        }
        if (!evaluate(matches).asBoolean()) {
            throw new IllegalStateException(selector + " not reached with " + most + " presses of Tab; focus is on "
                    + evaluate("document.activeElement && document.activeElement.outerHTML.slice(0, 200)"));
        }
    }

    /**
     * What axe-core (the script at {@code axe}, from npm) finds against WCAG 2.0–2.2 A and AA and its best
     * practices on the page as it is now: one line per violation with the elements concerned; empty when none.
     */
    public java.util.List<String> accessibilityViolations(Path axe) throws IOException {
        evaluate(Files.readString(axe));
        JsonNode violations = evaluate("axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', "
                + "'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }).then(result => result.violations.map(v => "
                + "v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target).join(' ')))");
        java.util.List<String> lines = new java.util.ArrayList<>();
        violations.forEach(line -> lines.add(line.asText()));
        return lines;
    }

    /** The page as a PNG, e.g. for the README. */
    public void screenshot(Path png, int width, int height) throws IOException {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(png, java.util.Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** Ctrl+A in the focused field: its whole text selected, so that what is typed next replaces it. */
    public void selectAll() {
        Map<String, Object> event = Map.of("key", "a", "code", "KeyA", "windowsVirtualKeyCode", 65,
                "nativeVirtualKeyCode", 65, "modifiers", 2, "commands", java.util.List.of("selectAll"));
        send("Input.dispatchKeyEvent", with(event, "type", "rawKeyDown"));
        send("Input.dispatchKeyEvent", with(event, "type", "keyUp"));
    }

    /**
     * Files chosen for the file input the CSS selector finds, as a user picks them in the file dialog (which a
     * headless browser does not open); the input's change event fires as after a real choice.
     */
    public void chooseFiles(String selector, Path... files) {
        int document = send("DOM.getDocument", Map.of("depth", 0)).path("root").path("nodeId").asInt();
        int input = send("DOM.querySelector", Map.of("nodeId", document, "selector", selector)).path("nodeId").asInt();
        if (input == 0) {
            throw new IllegalStateException("no file input " + selector);
        }
        send("DOM.setFileInputFiles", Map.of("nodeId", input, "files",
                java.util.Arrays.stream(files).map(file -> file.toAbsolutePath().toString()).toList()));
    }

    /** Text typed into what has the focus. */
    public void type(String text) {
        send("Input.insertText", Map.of("text", text));
    }

    private static Map<String, Object> with(Map<String, Object> event, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(event);
        copy.put(key, value);
        return copy;
    }

    @Override
    public void close() throws IOException {
        page.abort();
        // Chromium's helpers (renderer, network service) outlive a killed parent for a moment and keep writing into
        // the profile: they go first, and the profile is removed in a few tries, files vanishing underway.
        chromium.descendants().forEach(ProcessHandle::destroyForcibly);
        chromium.destroyForcibly();
        try {
            chromium.waitFor(10, TimeUnit.SECONDS);
            for (int attempt = 0; attempt < 5 && !deleted(profile); attempt++) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the directory is gone; false when files appeared or vanished while it was being deleted. */
    private static boolean deleted(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return true;
        }
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (UncheckedIOException | NoSuchFileException changedUnderway) {
            return false;
        }
        return !Files.exists(directory);
    }
}
