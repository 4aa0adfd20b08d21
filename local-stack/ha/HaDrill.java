import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover drill of ./stack test-ha: steady load on the platform running twice over (two instances of each
 * service behind HAProxy, a 3-node Elasticsearch, a PostgreSQL primary with a synchronous standby), and one failure
 * after another, each by kill -9:
 *
 * <ol>
 *   <li>the elected Elasticsearch master;</li>
 *   <li>the PostgreSQL primary — the standby is promoted, as the operator would, and the services reconnect;</li>
 *   <li>one instance of each service.</li>
 * </ol>
 *
 * The load is what the platform lives on: the phone system logging contacts (each with an idempotency key, sent again
 * until acknowledged, as a phone system does), routing decisions, agents' searches, portals' public status. Per step it
 * prints the requests that failed and how long until the last failure (the recovery time), and at the end checks what
 * must hold: no acknowledged contact lost or stored twice, no article lost from the index, no routing decision failed.
 * Exit status 1 when any of these does not hold. Run by ./stack through the JDK's single-file launcher:
 *
 *   java -cp postgresql.jar HaDrill.java TOPOLOGY.properties
 *
 * The topology (written by ./stack) names the front URLs, Keycloak, the Elasticsearch nodes, the PostgreSQL servers,
 * the service instances' pid files and the command that promotes the standby.
 */
public class HaDrill {

    private static final Duration STEADY = Duration.ofSeconds(Long.getLong("ha.steady-seconds", 15));
    private static final Duration OBSERVED = Duration.ofSeconds(Long.getLong("ha.observe-seconds", 25));

    private final Properties topology = new Properties();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final ConcurrentLinkedQueue<Outcome> log = new ConcurrentLinkedQueue<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong keys = new AtomicLong();
    private volatile boolean running = true;
    private volatile String phoneSystem;
    private volatile String agent;

    /** One request of the load: what, when it ended (ms since start), whether it succeeded. */
    record Outcome(String kind, long at, boolean ok, String detail) {
    }

    /** One injected failure: its name, when it was injected and until when it was observed (ms since start). */
    record Step(String name, long injected, long observedUntil) {
    }

    private final long start = System.nanoTime();

    private long now() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        HaDrill drill = new HaDrill();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
            drill.topology.load(in);
        }
        System.exit(drill.drill() ? 0 : 1);
    }

    private String get(String key) {
        String value = topology.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("topology has no " + key);
        }
        return value;
    }

    boolean drill() throws Exception {
        phoneSystem = token("grant_type=client_credentials&client_id=phone-system&client_secret=phone-system-secret");
        agent = token("grant_type=password&client_id=scv-cli&username=bochum-agent&password=demo");
        long articles = settledArticles();
        awaitEveryReplica();
        say("index holds %d articles; load starts (run %s)", articles, run);

        List<Thread> workers = List.of(
                worker("contact", this::logContact),
                worker("routing", this::decide),
                worker("search", this::search),
                worker("public status", this::publicStatus));
        List<Step> steps = new ArrayList<>();
        pause(STEADY);

        steps.add(inject("Elasticsearch master killed", this::killElasticsearchMaster));
        steps.add(inject("PostgreSQL primary killed, standby promoted", this::failOverPostgres));
        steps.add(inject("one instance of each service killed", this::killOneInstanceEach));

        running = false;
        for (Thread worker : workers) {
            worker.join();
        }
        report(steps);
        return verify(articles);
    }

    // --- load --------------------------------------------------------------------------------------------------

    private Thread worker(String kind, Runnable request) {
        return Thread.ofPlatform().name("load-" + kind).start(() -> {
            while (running) {
                request.run();
                sleep(20);
            }
        });
    }

    /** The phone system's way: the same key again until the contact is acknowledged. */
    private void logContact() {
        String key = "ha-" + run + "-" + keys.incrementAndGet();
        String body = """
                {"town": "bottrop", "serviceCenter": "call-duisburg", "channel": "PHONE",
                 "arrivedAt": "2026-10-12T09:14:05+02:00", "waitingSeconds": 18, "talkSeconds": 204,
                 "wrapUpSeconds": 45, "outcome": "RESOLVED", "serviceArea": "buergerbuero"}""";
        long deadline = now() + 120_000;
        while (now() < deadline) {
            Result result = send(HttpRequest.newBuilder(uri("front.contact", "/api/v1/contacts"))
                    .header("Authorization", "Bearer " + phoneSystem).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
            record("contact", result.status() == 201, result);
            if (result.status() == 201) {
                acknowledged.add(key);
                return;
            }
            if (!running && now() > deadline - 60_000) {
                break; // the drill is over; a key never acknowledged need not be stored
            }
            sleep(200);
        }
    }

    private void decide() {
        Result result = send(HttpRequest.newBuilder(uri("front.routing", "/api/v1/routing/decisions"))
                .header("Authorization", "Bearer " + phoneSystem).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"dialledNumber\": \"+4923051060\", \"menuOption\": \"1\"}")));
        record("routing", result.status() == 200 && result.body().contains("\"action\""), result);
    }

    private void search() {
        Result result = send(HttpRequest.newBuilder(uri("front.knowledge",
                "/api/v1/search?town=bochum&q=" + URLEncoder.encode("Personalausweis", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + agent).GET());
        record("search", result.status() == 200 && result.body().contains("\"items\""), result);
    }

    private void publicStatus() {
        Result opening = send(HttpRequest.newBuilder(
                uri("front.tenant", "/public/v1/towns/castrop-rauxel/opening-status")).GET());
        record("public status", opening.status() == 200, opening);
        Result reachability = send(HttpRequest.newBuilder(
                uri("front.contact", "/public/v1/towns/bottrop/reachability")).GET());
        record("public status", reachability.status() == 200, reachability);
    }

    record Result(int status, String body) {
    }

    private Result send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Result(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Result(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, "interrupted");
        }
    }

    private void record(String kind, boolean ok, Result result) {
        log.add(new Outcome(kind, now(), ok, ok ? "" : result.status() + " " + abbreviate(result.body())));
    }

    // --- failures ----------------------------------------------------------------------------------------------

    interface Failure {
        void inject() throws Exception;
    }

    private Step inject(String name, Failure failure) throws Exception {
        long injected = now();
        say("%s …", name);
        failure.inject();
        pause(OBSERVED);
        return new Step(name, injected, now());
    }

    private void killElasticsearchMaster() throws Exception {
        Map<String, String> nodes = nodes();
        String master = null;
        for (String port : nodes.values()) {
            Result result = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_cat/master?h=node")).GET());
            if (result.status() == 200) {
                master = result.body().trim();
                break;
            }
        }
        if (master == null || !nodes.containsKey(master)) {
            throw new IllegalStateException("no elected Elasticsearch master found (" + master + ")");
        }
        long pid = Long.parseLong(Files.readString(Path.of(get("es." + master + ".pidfile"))).trim());
        say("  elected master is %s (pid %d): kill -9", master, pid);
        kill(pid);
    }

    private void failOverPostgres() throws Exception {
        Path pidFile = Path.of(get("pg.primary.data"), "postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        say("  primary (port %s, pid %d): kill -9", get("pg.primary.port"), pid);
        kill(pid);
        // the operator notices the primary is gone and promotes the synchronous standby
        sleep(Long.getLong("ha.promote-after-ms", 2000));
        Process promote = new ProcessBuilder(get("pg.promote").split(" ")).redirectErrorStream(true).start();
        String output = new String(promote.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (promote.waitFor() != 0) {
            throw new IllegalStateException("promoting the standby failed: " + output);
        }
        say("  standby (port %s) promoted", get("pg.standby.port"));
    }

    private void killOneInstanceEach() throws Exception {
        for (String service : get("services").split(",")) {
            String pidFile = get("service." + service + ".pidfiles").split(",")[0];
            long pid = Long.parseLong(Files.readString(Path.of(pidFile)).trim());
            say("  %s instance 1 (pid %d): kill -9", service, pid);
            kill(pid);
            awaitClosed(Integer.parseInt(get("service." + service + ".port")), service);
        }
    }

    /** The instance is really gone: nothing accepts connections on its port any more. */
    private static void awaitClosed(int port, String service) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            } catch (IOException closed) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(service + " still answers on port " + port + " after kill -9");
    }

    private static void kill(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + pid + " failed");
        }
    }

    // --- checks ------------------------------------------------------------------------------------------------

    private void report(List<Step> steps) {
        say("");
        say("%-45s %-14s %9s %7s %10s", "step", "requests", "total", "failed", "recovery");
        for (Step step : steps) {
            for (String kind : List.of("contact", "routing", "search", "public status")) {
                long windowStart = step.injected();
                List<Outcome> window = log.stream()
                        .filter(o -> o.kind().equals(kind) && o.at() >= windowStart && o.at() < step.observedUntil())
                        .toList();
                List<Outcome> failed = window.stream().filter(o -> !o.ok()).toList();
                long recovery = failed.isEmpty() ? 0 : failed.get(failed.size() - 1).at() - step.injected();
                say("%-45s %-14s %9d %7d %9.1fs", step.name(), kind, window.size(), failed.size(), recovery / 1000.0);
                failed.stream().map(Outcome::detail).distinct().limit(2)
                        .forEach(detail -> say("%-45s   e.g. %s", "", detail));
            }
        }
        long before = log.stream().filter(o -> o.at() < steps.get(0).injected() && !o.ok()).count();
        say("failed before the first step (steady state): %d", before);
    }

    private boolean verify(long articlesBefore) throws Exception {
        boolean ok = true;
        long routingFailures = log.stream().filter(o -> o.kind().equals("routing") && !o.ok()).count();
        if (routingFailures > 0) {
            say("FAILED: %d routing decisions failed", routingFailures);
            ok = false;
        }
        long articlesAfter = indexedArticles();
        say("articles in the index: %d before, %d after", articlesBefore, articlesAfter);
        if (articlesAfter != articlesBefore) {
            ok = false;
            say("FAILED: articles lost from the index");
        }
        Map<String, Integer> stored = new HashMap<>();
        String url = "jdbc:postgresql://127.0.0.1:" + get("pg.standby.port") + "/contact";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT idempotency_key, count(*) FROM contact"
                     + " WHERE idempotency_key LIKE 'ha-" + run + "-%' GROUP BY idempotency_key")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
            }
        }
        long lost = acknowledged.stream().filter(key -> !stored.containsKey(key)).count();
        long doubled = stored.values().stream().filter(count -> count > 1).count();
        say("contacts: %d acknowledged, %d stored on the promoted server, %d lost, %d stored twice",
                acknowledged.size(), stored.size(), lost, doubled);
        if (lost > 0 || doubled > 0 || acknowledged.isEmpty()) {
            ok = false;
            say("FAILED: acknowledged contacts lost or doubled");
        }
        say(ok ? "test-ha: every check held" : "test-ha: FAILED");
        return ok;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Elasticsearch node name → HTTP port. */
    private Map<String, String> nodes() {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (String name : get("es.nodes").split(",")) {
            nodes.put(name, get("es." + name + ".http"));
        }
        return nodes;
    }

    /** The article count once indexing of the seeded knowledge base is over: unchanged for five seconds. */
    private long settledArticles() throws Exception {
        long count = indexedArticles();
        long stableSince = now();
        while (now() - stableSince < 5_000) {
            sleep(1000);
            long next = indexedArticles();
            if (next != count) {
                count = next;
                stableSince = now();
            }
        }
        return count;
    }

    /**
     * The drill kills a node, so the index must have a second copy first: green means every replica is placed. A
     * cluster that cannot place them (a disk watermark, too few nodes) fails here, with the reason, not mid-drill.
     */
    private void awaitEveryReplica() throws Exception {
        String base = "http://127.0.0.1:" + nodes().values().iterator().next();
        Result health = send(HttpRequest.newBuilder(URI.create(
                base + "/_cluster/health/knowledge-articles?wait_for_status=green&timeout=60s")).GET());
        if (health.status() != 200 || !health.body().contains("\"status\":\"green\"")) {
            Result why = send(HttpRequest.newBuilder(URI.create(base + "/_cluster/allocation/explain")).GET());
            throw new IllegalStateException("the index has no replica on a second node, so a node failure would lose it: "
                    + health.body() + "\n" + why.body());
        }
    }

    /** Articles in the search alias, asked of any live node once the cluster has every primary shard. */
    private long indexedArticles() throws Exception {
        long deadline = now() + 60_000;
        while (now() < deadline) {
            for (String port : nodes().values()) {
                String base = "http://127.0.0.1:" + port;
                Result health = send(HttpRequest.newBuilder(URI.create(
                        base + "/_cluster/health?wait_for_status=yellow&timeout=5s")).GET());
                if (health.status() != 200) {
                    continue;
                }
                send(HttpRequest.newBuilder(URI.create(base + "/knowledge-articles/_refresh"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
                Result count = send(HttpRequest.newBuilder(URI.create(base + "/knowledge-articles/_count")).GET());
                Matcher matcher = Pattern.compile("\"count\":(\\d+)").matcher(count.body());
                if (count.status() == 200 && matcher.find()) {
                    return Long.parseLong(matcher.group(1));
                }
            }
            sleep(500);
        }
        throw new IllegalStateException("no Elasticsearch node answered the article count");
    }

    private String token(String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(get("keycloak")
                        + "/realms/servicecenter/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    private URI uri(String front, String path) {
        return URI.create(get(front) + path);
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private void pause(Duration duration) {
        sleep(duration.toMillis());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void say(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }
}
