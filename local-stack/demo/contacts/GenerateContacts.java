/*
 * Realistic contact traffic for the demo network, posted to contact-service's batch API as the platform's phone
 * system. Single-file program (JDK only), run by ./stack up and by benchmarks/contact-load.sh:
 *
 *   java GenerateContacts.java [--url http://127.0.0.1:18083] [--keycloak http://127.0.0.1:18180]
 *                              [--months 3] [--start YYYY-MM] [--scale 1.0] [--connections 2] [--prefix demo] [--quiet]
 *
 * From the first day of the month --months before the current one until now (or, with --start, for --months
 * months from that one, never past now): weekdays in service hours (no
 * Saturdays, Sundays or NRW holidays), more calls mid-morning, waits that grow with the load, callers who give up
 * when the wait outlasts their patience, talk times around two and a half minutes. Volumes per month at scale 1,
 * in the order of the press reports: Bottrop about 4,000 calls (seed 004), Castrop-Rauxel's Bürgerbüro and
 * Ordnungswesen about 2,500. Deterministic: the same day always yields the same contacts and idempotency keys,
 * so running it again stores nothing twice; complete months already stored are skipped after one batch.
 */

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class GenerateContacts {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final int BATCH = 1_000;

    /** Who calls whom: the caller's town, the center that answers, calls per month at scale 1, areas by weight. */
    record Flow(String town, String center, int callsPerMonth, String[] areas, int[] weights) {
    }

    static final String[] ALL_AREAS = {"zentrale", "buergerbuero", "ordnungswesen", "kfz-zulassung", "standesamt",
            "steuern-abgaben", "soziales", "auslaenderwesen"};
    static final int[] ALL_WEIGHTS = {30, 28, 10, 10, 7, 6, 5, 4};

    static final List<Flow> FLOWS = List.of(
            new Flow("bochum", "servicecenter-bochum", 9_000, ALL_AREAS, ALL_WEIGHTS),
            new Flow("castrop-rauxel", "servicecenter-bochum", 2_500, new String[] {"buergerbuero", "ordnungswesen"},
                    new int[] {70, 30}),
            new Flow("duisburg", "call-duisburg", 11_000, ALL_AREAS, ALL_WEIGHTS),
            new Flow("bottrop", "call-duisburg", 4_000, ALL_AREAS, ALL_WEIGHTS),
            new Flow("dinslaken", "call-duisburg", 2_800, ALL_AREAS, ALL_WEIGHTS),
            new Flow("kreis-soest", "servicecenter-kreis-soest", 3_500, ALL_AREAS, ALL_WEIGHTS),
            new Flow("stadt-soest", "servicecenter-kreis-soest", 2_600, ALL_AREAS, ALL_WEIGHTS));

    /** LeiKa keys agents often pick, per area (only some contacts carry one). */
    static final String[][] LEIKA = {{"buergerbuero", "99115005104000"}, {"buergerbuero", "99102013104000"},
            {"kfz-zulassung", "99036010104000"}, {"standesamt", "99126012107000"}, {"ordnungswesen", "99037021000000"}};

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:18083";
        String keycloak = "http://127.0.0.1:18180";
        int months = 3;
        YearMonth start = null;
        double scale = 1.0;
        int connections = 2;
        String prefix = "demo";
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--keycloak" -> keycloak = args[++i];
                case "--months" -> months = Integer.parseInt(args[++i]);
                case "--start" -> start = YearMonth.parse(args[++i]);
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--prefix" -> prefix = args[++i];
                case "--quiet" -> quiet = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, keycloak);
        Instant now = Instant.now();
        YearMonth first = start != null ? start : YearMonth.now(BERLIN).minusMonths(months);
        YearMonth last = start != null ? min(start.plusMonths(months - 1), YearMonth.now(BERLIN)) : YearMonth.now(BERLIN);
        AtomicLong stored = new AtomicLong();
        AtomicLong replayed = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                List<String> contacts = new ArrayList<>();
                for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                    contacts.addAll(day(day, now, scale, prefix));
                }
                List<List<String>> batches = new ArrayList<>();
                for (int i = 0; i < contacts.size(); i += BATCH) {
                    batches.add(contacts.subList(i, Math.min(contacts.size(), i + BATCH)));
                }
                if (batches.isEmpty()) {
                    continue;
                }
                long[] firstResult = post(http, url, token, batches.getFirst());
                stored.addAndGet(firstResult[0]);
                replayed.addAndGet(firstResult[1]);
                boolean complete = month.isBefore(YearMonth.now(BERLIN));
                if (complete && firstResult[0] == 0) {
                    replayed.addAndGet(contacts.size() - batches.getFirst().size());
                    continue; // stored by an earlier run
                }
                List<Future<long[]>> results = new ArrayList<>();
                for (List<String> batch : batches.subList(1, batches.size())) {
                    String finalUrl = url;
                    results.add(pool.submit(() -> post(http, finalUrl, token, batch)));
                }
                for (Future<long[]> result : results) {
                    long[] counts = result.get();
                    stored.addAndGet(counts[0]);
                    replayed.addAndGet(counts[1]);
                }
                if (!quiet) {
                    System.err.printf("  %s: %d contacts%n", month, contacts.size());
                }
            }
        } finally {
            pool.shutdownNow(); // also when a batch was refused: the program must end, not wait on idle threads
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d contacts stored, %d already there, in %.1f s (%.0f contacts/s)%n", stored.get(),
                replayed.get(), seconds, (stored.get() + replayed.get()) / seconds);
    }

    static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    /** The day's contacts of every flow, as JSON objects, in time order per flow. */
    static List<String> day(LocalDate day, Instant now, double scale, String prefix) {
        List<String> contacts = new ArrayList<>();
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || nrwHolidays(day.getYear()).contains(day)) {
            return contacts;
        }
        boolean friday = day.getDayOfWeek() == DayOfWeek.FRIDAY;
        for (Flow flow : FLOWS) {
            Random random = new Random(flow.town().hashCode() * 31L + day.toEpochDay());
            // about 21 working days a month; Fridays close early and carry less
            double perDay = flow.callsPerMonth() * scale / 21.0 * (friday ? 0.6 : 1.0);
            int close = friday ? 13 * 60 : 18 * 60;
            int n = 0;
            for (int minute = 8 * 60; minute < close; minute++) {
                double load = hourlyLoad(minute / 60);
                // Fridays end at 13:00, where 60 % of a full day's load has come in
                double perMinute = perDay * (friday ? load / 0.60 : load) / 60.0;
                int arrivals = poisson(random, perMinute);
                for (int a = 0; a < arrivals; a++) {
                    ZonedDateTime arrived = day.atTime(LocalTime.of(minute / 60, minute % 60, random.nextInt(60)))
                            .atZone(BERLIN);
                    // Drawn even when left out, so that a later run draws the same contacts under the same keys
                    // (arrivals within a minute are not in time order: one left out may precede one taken).
                    String key = prefix + "-" + flow.town() + "-" + day + "-" + n++;
                    String contact = contact(flow, arrived, load, random, key);
                    // not the future, nor a call perhaps still going on
                    if (arrived.toInstant().isBefore(now.minusSeconds(600))) {
                        contacts.add(contact);
                    }
                }
            }
        }
        return contacts;
    }

    /** Share of a day's calls per hour from 8 to 18: busiest between 9 and 11, a dip at lunch. */
    static double hourlyLoad(int hour) {
        return switch (hour) {
            case 8 -> 0.09;
            case 9, 10 -> 0.15;
            case 11 -> 0.13;
            case 12 -> 0.08;
            case 13 -> 0.09;
            case 14 -> 0.10;
            case 15 -> 0.09;
            case 16 -> 0.07;
            default -> 0.05;
        };
    }

    static String contact(Flow flow, ZonedDateTime arrived, double load, Random random, String key) {
        double channelDraw = random.nextDouble();
        String channel = channelDraw < 0.88 ? "PHONE" : channelDraw < 0.96 ? "EMAIL" : "CHAT";
        String area = pick(flow.areas(), flow.weights(), random);
        // Waits grow with the load; patience is individual: who waits longer than their patience hangs up.
        int wait = (int) Math.round(-Math.log(1 - random.nextDouble()) * (8 + 120 * load));
        int patience = (int) Math.round(-Math.log(1 - random.nextDouble()) * 240);
        StringBuilder json = new StringBuilder(320).append("{\"idempotencyKey\":\"").append(key)
                .append("\",\"town\":\"").append(flow.town()).append("\",\"serviceCenter\":\"").append(flow.center())
                .append("\",\"channel\":\"").append(channel).append("\",\"arrivedAt\":\"")
                .append(arrived.toOffsetDateTime()).append("\",\"serviceArea\":\"").append(area).append('"');
        if (channel.equals("PHONE") && patience < wait) {
            json.append(",\"waitingSeconds\":").append(patience)
                    .append(",\"talkSeconds\":0,\"wrapUpSeconds\":0,\"outcome\":\"ABANDONED\"");
        } else {
            double outcomeDraw = random.nextDouble();
            String outcome = outcomeDraw < 0.68 ? "RESOLVED" : outcomeDraw < 0.88 ? "FORWARDED"
                    : outcomeDraw < 0.96 ? "CALLBACK_PROMISED" : "WRONG_NUMBER";
            int talk = outcome.equals("WRONG_NUMBER") ? 15 + random.nextInt(30)
                    : (int) Math.round(Math.exp(5.0 + 0.5 * random.nextGaussian()));
            json.append(",\"waitingSeconds\":").append(channel.equals("PHONE") ? wait : wait * 20)
                    .append(",\"talkSeconds\":").append(Math.max(5, talk))
                    .append(",\"wrapUpSeconds\":").append(15 + random.nextInt(75))
                    .append(",\"outcome\":\"").append(outcome).append('"')
                    .append(",\"agent\":\"").append(flow.center()).append("-agent-").append(1 + random.nextInt(20)).append('"');
            for (String[] leika : LEIKA) {
                if (leika[0].equals(area) && random.nextDouble() < 0.4) {
                    json.append(",\"leikaKey\":\"").append(leika[1]).append('"');
                    break;
                }
            }
        }
        if (channel.equals("PHONE") && random.nextDouble() < 0.7) {
            // a small pool of numbers per town, so that some callers call again
            json.append(",\"callerNumber\":\"+49").append(2000 + Math.abs(flow.town().hashCode() % 900))
                    .append(100000 + random.nextInt(40000)).append('"');
        }
        return json.append('}').toString();
    }

    static String pick(String[] values, int[] weights, Random random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** Statutory holidays of North Rhine-Westphalia (Feiertagsgesetz NW). */
    static Set<LocalDate> nrwHolidays(int year) {
        // Gauss's Easter formula (Gregorian calendar)
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        LocalDate easter = LocalDate.of(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
        return Set.of(LocalDate.of(year, 1, 1), easter.minusDays(2), easter.plusDays(1), LocalDate.of(year, 5, 1),
                easter.plusDays(39), easter.plusDays(50), easter.plusDays(60), LocalDate.of(year, 10, 3),
                LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
    }

    /** Posts one batch; answers {stored, replayed}. Waits while contact-service does not yet know the contracts. */
    static long[] post(HttpClient http, String url, String token, List<String> contacts) throws Exception {
        String body = "{\"contacts\":[" + String.join(",", contacts) + "]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/contacts/batch"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return new long[] {number(response.body(), "stored"), number(response.body(), "replayed")};
            }
            // Right after the demo network was created, contact-service's copy of it may be a few seconds behind:
            // it refuses the contacts as not served (and fetches again), or answers 503 until it has a copy at all.
            boolean settling = response.statusCode() == 503 || (response.statusCode() == 422
                    && (response.body().contains("no contract in force") || response.body().contains("is not a service")
                    || response.body().contains("is not an active town")));
            if (!settling || System.nanoTime() > deadline) {
                throw new IllegalStateException("contact-service answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(600, response.body().length())));
            }
            Thread.sleep(2_000);
        }
    }

    static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** The platform's phone system: client credentials (the demo realm's secret). */
    static String token(HttpClient http, String keycloak) throws Exception {
        String form = "grant_type=client_credentials&client_id=phone-system&client_secret="
                + URLEncoder.encode(System.getenv().getOrDefault("PHONE_SYSTEM_SECRET", "phone-system-secret"),
                StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/servicecenter/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no token for the phone system from " + keycloak + ": " + response.statusCode());
        }
        return matcher.group(1);
    }
}
