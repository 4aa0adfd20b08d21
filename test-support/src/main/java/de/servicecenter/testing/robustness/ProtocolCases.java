package de.servicecenter.testing.robustness;

import de.servicecenter.testing.matrix.AuthorizationMatrix.Seed;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Requests that go wrong before any operation is reached — unknown paths, wrong methods, media types nobody
 * speaks, bodies, URIs and headers beyond the limits, broken HTTP — written byte by byte to a socket, because an
 * HTTP client library would refuse to send most of them.
 */
final class ProtocolCases {

    private static final int TIMEOUT_MILLIS = 10_000;

    /**
     * What came back for one case; status 0 when the connection closed without an answer. {@code decoderStatus}
     * is set for requests that the HTTP decoder refuses before any application code runs: it must answer with that
     * status, and cannot be made to send a problem body (see {@code HttpLimits}).
     */
    record Outcome(String label, int status, String contentType, String body, int decoderStatus) {

        Outcome decodedAs(int expected) {
            return new Outcome(label, status, contentType, body, expected);
        }
    }

    private ProtocolCases() {
    }

    static List<Outcome> against(List<Seed> seeds) {
        List<Outcome> outcomes = new ArrayList<>();
        Optional<Seed> get = seeds.stream().filter(seed -> seed.method().equals("GET")
                && seed.operation().path("parameters").findValues("in").stream().noneMatch(in -> in.asText().equals("path")))
                .findFirst();
        Optional<Seed> post = seeds.stream().filter(seed -> seed.method().equals("POST") && seed.body() != null).findFirst();
        String readable = get.map(Seed::path).orElse("/q/openapi");

        outcomes.add(send("an unknown path", "GET /api/v1/no-such-thing HTTP/1.1\r\n" + host() + "\r\n", ""));
        outcomes.add(send("an unknown method", "BREW " + readable + " HTTP/1.1\r\n" + host() + "\r\n", ""));
        outcomes.add(send("a method the path does not take", "PATCH " + readable + " HTTP/1.1\r\n" + host()
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n", "{}"));
        get.ifPresent(seed -> outcomes.add(send("an Accept nobody speaks", "GET " + seed.path() + " HTTP/1.1\r\n"
                + host() + bearer(seed) + "Accept: application/x-no-such-type\r\n\r\n", "")));
        post.ifPresent(seed -> {
            String target = concrete(seed);
            outcomes.add(send("a body in a media type nobody speaks", "POST " + target + " HTTP/1.1\r\n" + host()
                    + bearer(seed) + "Content-Type: application/x-no-such-type\r\nContent-Length: 2\r\n\r\n", "{}"));
            String big = "[" + "1,".repeat(1_600_000) + "1]";
            outcomes.add(send("a body above the limit, announced", "POST " + target + " HTTP/1.1\r\n" + host()
                    + bearer(seed) + "Content-Type: application/json\r\nContent-Length: " + big.length() + "\r\n\r\n", big));
            outcomes.add(send("a body above the limit, chunked", "POST " + target + " HTTP/1.1\r\n" + host()
                    + bearer(seed) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                    Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n"));
        });
        outcomes.add(send("a URI of 20,000 characters", "GET /api/v1/" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host()
                + "\r\n", ""));
        outcomes.add(send("a header of 20,000 characters", "GET " + readable + " HTTP/1.1\r\n" + host() + "X-Long: "
                + "a".repeat(20_000) + "\r\n\r\n", ""));
        outcomes.add(send("a thousand headers", "GET " + readable + " HTTP/1.1\r\n" + host()
                + "X-Many: a\r\n".repeat(1000) + "\r\n", ""));
        outcomes.add(send("a URI of 70,000 characters", "GET /api/v1/" + "a".repeat(70_000) + " HTTP/1.1\r\n"
                + host() + "\r\n", "").decodedAs(414));
        outcomes.add(send("a header of 70,000 characters", "GET " + readable + " HTTP/1.1\r\n" + host() + "X-Long: "
                + "a".repeat(70_000) + "\r\n\r\n", "").decodedAs(431));
        outcomes.add(send("bare LF line ends", "GET " + readable + " HTTP/1.1\n" + host().replace("\r\n", "\n")
                + "X-Bare: lf\n\n", "").decodedAs(400));
        outcomes.add(send("a header without a colon", "GET " + readable + " HTTP/1.1\r\n" + host()
                + "NoColonHere\r\n\r\n", "").decodedAs(400));
        outcomes.add(send("not HTTP at all", "GARBAGE\r\n\r\n", "").decodedAs(400));
        outcomes.add(send("an unsupported protocol version", "GET " + readable + " HTTP/3.7\r\n" + host() + "\r\n", ""));
        return outcomes;
    }

    private static String host() {
        return "Host: 127.0.0.1:" + RestAssured.port + "\r\nConnection: close\r\n";
    }

    private static String bearer(Seed seed) {
        return seed.principal().anonymous() ? "" : "Authorization: Bearer " + seed.principal().token() + "\r\n";
    }

    /** The seed's path with its parameters filled in. */
    private static String concrete(Seed seed) {
        String path = seed.path();
        for (var parameter : seed.pathParameters().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return path;
    }

    private static Outcome send(String label, String head, String body) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before the whole request is written
            }
            return parse(label, readAll(socket.getInputStream()));
        } catch (IOException e) {
            return new Outcome(label, 0, null, "no answer: " + e.getMessage(), 0);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // what arrived before the server closed or went quiet
        }
        return bytes.toByteArray();
    }

    private static Outcome parse(String label, byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Outcome(label, 0, null, "connection closed without an HTTP answer" + (text.isEmpty() ? "" : ": "
                    + text.substring(0, Math.min(200, text.length()))), 0);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = null;
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(line.indexOf(':') + 1).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String body = text.substring(end + 4);
        return new Outcome(label, status, contentType, chunked ? unchunked(body) : body, 0);
    }

    private static String unchunked(String body) {
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            joined.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return joined.toString();
    }
}
