package de.servicecenter.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A small HTTP/1.1 load generator, light enough to share two cores with the service it measures: keep-alive
 * connections on virtual threads, requests prepared as bytes, responses read by Content-Length.
 *
 * <p>Two modes. Closed loop (no {@code --rate}): every connection sends as fast as answers come back, which
 * measures the maximum throughput. Open loop ({@code --rate N}): requests are due at a fixed rate and each
 * latency counts from when the request was due, not from when it was sent, so a stalled server cannot hide
 * its queue (no coordinated omission).
 *
 * <p>With {@code --body FILE} it POSTs that JSON instead of GETting. {@code {seq}} in the body or a header is
 * replaced by a value unique per request and run, e.g. for idempotency keys.
 *
 * <pre>
 * HttpLoad --connections 32 --duration 20s [--rate 1000] [--warmup 5s] [--header "Name: value"]
 *          [--body FILE] [--urls FILE] [URL ...]
 * </pre>
 */
public final class HttpLoad {

    private record Options(List<URI> urls, int connections, Duration duration, Duration warmup, double rate,
                           List<String> headers, String body) {

        boolean perRequest() {
            return (body != null && body.contains(SEQ)) || headers.stream().anyMatch(header -> header.contains(SEQ));
        }
    }

    private static final String SEQ = "{seq}";
    /** Makes {seq} unique across runs too, so that repeated runs never replay each other's requests. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private static final class Recorder {
        private long[] latencies = new long[1 << 16];
        private int count;
        private long errors;

        void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        System.out.printf("%d connections, %s%s, warm-up %ds, measuring %ds, %d URL(s)%n", options.connections(),
                options.rate() > 0 ? "open loop at " : "closed loop", options.rate() > 0 ? (long) options.rate() + " req/s" : "",
                options.warmup().toSeconds(), options.duration().toSeconds(), options.urls().size());
        run(options, options.warmup());
        Result result = run(options, options.duration());
        result.print(options.duration());
    }

    private record Result(long[] latencies, long errors, long misses) {

        void print(Duration duration) {
            Arrays.sort(latencies);
            double seconds = duration.toNanos() / 1e9;
            System.out.printf("requests %d, errors %d, throughput %.0f req/s%n", latencies.length, errors,
                    latencies.length / seconds);
            if (misses > 0) {
                System.out.printf("not sent in time (generator saturated): %d%n", misses);
            }
            System.out.printf("latency ms: p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f%n", percentile(0.50),
                    percentile(0.90), percentile(0.99), percentile(0.999),
                    latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
        }

        private double percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            int index = (int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1);
            return latencies[Math.max(0, index)] / 1e6;
        }
    }

    private static Result run(Options options, Duration duration) throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(200).toNanos();
        long end = start + duration.toNanos();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong misses = new AtomicLong();
        for (int c = 0; c < options.connections(); c++) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            int connection = c;
            threads.add(Thread.ofVirtual().start(() -> drive(options, connection, start, end, recorder, misses)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long total = recorders.stream().mapToLong(r -> r.count).sum();
        long[] all = new long[(int) total];
        int offset = 0;
        long errors = 0;
        for (Recorder recorder : recorders) {
            System.arraycopy(recorder.latencies, 0, all, offset, recorder.count);
            offset += recorder.count;
            errors += recorder.errors;
        }
        return new Result(all, errors, misses.get());
    }

    private static void drive(Options options, int connection, long start, long end, Recorder recorder,
                              AtomicLong misses) {
        List<byte[]> requests = options.urls().stream()
                .map(url -> request(url, options.headers(), options.body(), null)).toList();
        URI first = options.urls().getFirst();
        // Open loop: each connection takes every connections-th slot of the global schedule.
        long interval = options.rate() > 0 ? (long) (1e9 * options.connections() / options.rate()) : 0;
        long due = start + (options.rate() > 0 ? (long) (1e9 * connection / options.rate()) : 0);
        int next = connection;
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket(first.getHost(), first.getPort())) {
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                while (true) {
                    long sent;
                    if (interval > 0) {
                        long now = System.nanoTime();
                        if (due > now) {
                            LockSupport.parkNanos(due - now);
                        } else if (now - due > Duration.ofSeconds(1).toNanos()) {
                            misses.incrementAndGet();
                        }
                        sent = due;
                        due += interval;
                    } else {
                        sent = System.nanoTime();
                    }
                    if (sent >= end) {
                        return;
                    }
                    if (options.perRequest()) {
                        String seq = RUN + "-" + SEQUENCE.incrementAndGet();
                        out.write(request(options.urls().get(next++ % options.urls().size()), options.headers(),
                                options.body(), seq));
                    } else {
                        out.write(requests.get(next++ % requests.size()));
                    }
                    out.flush();
                    int status = readResponse(in);
                    long latency = System.nanoTime() - sent;
                    if ((status >= 200 && status < 300) || status == 304) {
                        recorder.record(latency);
                    } else {
                        recorder.errors++;
                    }
                }
            } catch (IOException e) {
                recorder.errors++;
            }
        }
    }

    /** @param seq replaces {seq} in headers and body; null to leave them as they are */
    private static byte[] request(URI url, List<String> headers, String body, String seq) {
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        boolean ownAccept = headers.stream().anyMatch(header -> header.regionMatches(true, 0, "Accept:", 0, 7));
        StringBuilder request = new StringBuilder((body == null ? "GET " : "POST ") + path + " HTTP/1.1\r\nHost: "
                + url.getHost() + ":" + url.getPort() + "\r\n" + (ownAccept ? "" : "Accept: application/json\r\n")
                + "Connection: keep-alive\r\n");
        headers.forEach(header -> request.append(seq == null ? header : header.replace(SEQ, seq)).append("\r\n"));
        if (body == null) {
            return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        }
        byte[] content = (seq == null ? body : body.replace(SEQ, seq)).getBytes(StandardCharsets.UTF_8);
        request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n\r\n");
        byte[] head = request.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + content.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }

    /** Reads one response (Content-Length or chunked); returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        int status = -1;
        long contentLength = 0;
        boolean chunked = false;
        while (true) {
            String line = readLine(in);
            if (line.isEmpty()) {
                break;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (status < 0) {
                status = Integer.parseInt(line.substring(9, 12));
            } else if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(line.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            in.skipNBytes(contentLength);
            return status;
        }
        while (true) {
            long size = Long.parseLong(readLine(in).split(";")[0].trim(), 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers
                }
                return status;
            }
            in.skipNBytes(size);
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static Options parse(String[] args) {
        List<URI> urls = new ArrayList<>();
        int connections = 32;
        Duration duration = Duration.ofSeconds(20);
        Duration warmup = Duration.ofSeconds(5);
        double rate = 0;
        List<String> headers = new ArrayList<>();
        String body = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--header" -> headers.add(args[++i]);
                case "--body" -> {
                    try {
                        body = Files.readString(Path.of(args[++i]));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case "--urls" -> {
                    try {
                        Files.readAllLines(Path.of(args[++i])).stream()
                                .filter(line -> !line.isBlank()).map(URI::create).forEach(urls::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--duration" -> duration = seconds(args[++i]);
                case "--warmup" -> warmup = seconds(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                default -> urls.add(URI.create(args[i]));
            }
        }
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("usage: HttpLoad [--connections N] [--duration 20s] [--warmup 5s] "
                    + "[--rate REQ_PER_S] [--header H] [--body FILE] URL...");
        }
        return new Options(urls, connections, duration, warmup, rate, headers, body);
    }

    private static Duration seconds(String text) {
        return Duration.ofSeconds(Long.parseLong(text.replace("s", "")));
    }
}
