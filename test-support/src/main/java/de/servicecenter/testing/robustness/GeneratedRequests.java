package de.servicecenter.testing.robustness;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.testing.matrix.AuthorizationMatrix.Seed;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Generated requests against every operation of a service, driven by its OpenAPI document: from one request that
 * gets through (a {@link Seed} of the authorization matrix), every declared parameter and every field of the body
 * is replaced in turn by boundary and malformed values ({@link Mutations}), and the body as a whole is broken. Each
 * answer must be below 500, every error an {@code application/problem+json} whose status is the HTTP status (or the
 * other form the operation documents for that status, as the phone system's decision line), and an
 * error must have written nothing ({@link DatabaseFingerprint}). Protocol-level cases ({@link ProtocolCases}) —
 * unknown paths, wrong methods and media types, oversized bodies, URIs and headers — are held to the same rules.
 */
public final class GeneratedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SHOWN = 400;
    /** Bodies are sent as the bytes given, whatever their content type claims. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final String service;
    private final List<Seed> seeds;
    private final DatabaseFingerprint database;
    private final List<String> failures = new ArrayList<>();
    private int cases;

    public GeneratedRequests(String service, List<Seed> seeds, DatabaseFingerprint database) {
        this.service = service;
        this.seeds = seeds;
        this.database = database;
    }

    /** Runs every case; returns every failure (none when the service held). */
    public List<String> run() {
        String before = database.settled();
        for (Seed seed : seeds) {
            for (Case generated : casesOf(seed)) {
                before = send(seed, generated, before);
            }
        }
        for (ProtocolCases.Outcome outcome : ProtocolCases.against(seeds)) {
            cases++;
            if (outcome.decoderStatus() != 0) {
                if (outcome.status() != outcome.decoderStatus()) {
                    fail(outcome.label(), "expected the HTTP decoder's " + outcome.decoderStatus() + ", got "
                            + outcome.status() + " " + shorten(outcome.body()));
                }
            } else {
                check(outcome.label(), null, outcome.status(), outcome.contentType(), outcome.body(), false, before,
                        before);
            }
        }
        System.out.printf("generated requests against %s: %d cases over %d operations, %d failures%n", service, cases,
                seeds.size(), failures.size());
        return List.copyOf(failures);
    }

    /** One generated request: a label and how it differs from the seed. */
    record Case(String label, UnaryOperator<Request> change) {
    }

    /** What is sent: the seed's parts, changed by a case. */
    record Request(Map<String, String> path, Map<String, String> query, Map<String, String> headers,
                   Optional<String> body, String contentType) {

        Request withPath(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(path);
            changed.put(name, value);
            return new Request(changed, query, headers, body, contentType);
        }

        Request withQuery(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            if (value == null) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
            return new Request(path, changed, headers, body, contentType);
        }

        Request withHeader(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            if (value == null) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
            return new Request(path, query, changed, body, contentType);
        }

        Request withBody(String changed) {
            return new Request(path, query, headers, Optional.ofNullable(changed), contentType);
        }

        Request withContentType(String changed) {
            return new Request(path, query, headers, body, changed);
        }
    }

    private List<Case> casesOf(Seed seed) {
        List<Case> generated = new ArrayList<>();
        for (JsonNode parameter : seed.operation().path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            switch (in) {
                case "path" -> Mutations.pathValues().forEach(value -> generated.add(new Case(
                        "path " + name + "=" + Mutations.shown(value), request -> request.withPath(name, value))));
                case "query" -> {
                    generated.add(new Case("query " + name + " absent", request -> request.withQuery(name, null)));
                    Mutations.parameterValues().forEach(value -> generated.add(new Case(
                            "query " + name + "=" + Mutations.shown(value), request -> request.withQuery(name, value))));
                }
                case "header" -> {
                    generated.add(new Case("header " + name + " absent", request -> request.withHeader(name, null)));
                    Mutations.headerValues().forEach(value -> generated.add(new Case(
                            "header " + name + "=" + Mutations.shown(value), request -> request.withHeader(name, value))));
                }
                default -> {
                }
            }
        }
        if (seed.body() != null) {
            Mutations.wholeBodies(seed.body()).forEach((label, body) ->
                    generated.add(new Case("body " + label, request -> request.withBody(body))));
            Mutations.fieldChanges(seed.body()).forEach((label, body) ->
                    generated.add(new Case("body " + label, request -> request.withBody(body))));
            for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                generated.add(new Case("content type " + contentType, request -> request.withContentType(contentType)));
            }
        }
        return generated;
    }

    private String send(Seed seed, Case generated, String before) {
        Request request = generated.change().apply(new Request(seed.pathParameters(), seed.queryParameters(),
                seed.headers(), Optional.ofNullable(seed.body()), "application/json"));
        RequestSpecification specification = given().config(RAW).redirects().follow(false).urlEncodingEnabled(true);
        if (!seed.principal().anonymous()) {
            specification.auth().oauth2(seed.principal().token());
        }
        request.path().forEach(specification::pathParam);
        request.query().forEach(specification::queryParam);
        request.headers().forEach(specification::header);
        request.body().ifPresent(body -> specification.contentType(request.contentType()).body(body));
        Response response;
        try {
            response = specification.request(seed.method(), seed.path());
        } catch (RuntimeException e) {
            failures.add(seed + ", " + generated.label() + ": no answer (" + e.getMessage() + ")");
            cases++;
            return database.settled();
        }
        cases++;
        String after = database.take();
        check(seed + ", " + generated.label(), seed.operation(), response.statusCode(), response.contentType(),
                response.asString(), true, before, after);
        // what an accepted request sets off in the background (indexing marks articles) lands before the next case
        return response.statusCode() < 400 ? database.settled() : after;
    }

    /** @param operation the operation's OpenAPI node; null for protocol cases, which no operation documents */
    private void check(String label, JsonNode operation, int status, String contentType, String body,
                       boolean checksWrites, String before, String after) {
        if (status == 0) {
            fail(label, "no HTTP answer: " + shorten(body));
        } else if (status >= 500) {
            fail(label, status + " " + shorten(body));
        } else if (status >= 400) {
            if (documentedOtherwise(operation, status, contentType)) {
                if (body.isBlank()) {
                    fail(label, status + " with an empty " + contentType);
                }
            } else if (contentType == null || !contentType.startsWith("application/problem+json")) {
                fail(label, status + " with content type " + contentType + ": " + shorten(body));
            } else if (problemStatus(body) != status) {
                fail(label, status + " with a problem that says otherwise: " + shorten(body));
            }
            if (checksWrites && !before.equals(after)) {
                fail(label, status + ", yet the database changed");
            }
        }
    }

    /** Whether the operation documents this error status in this (non-problem) media type. */
    private static boolean documentedOtherwise(JsonNode operation, int status, String contentType) {
        if (operation == null || contentType == null || contentType.startsWith("application/problem+json")) {
            return false;
        }
        JsonNode content = operation.path("responses").path(Integer.toString(status)).path("content");
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            if (contentType.startsWith(names.next())) {
                return true;
            }
        }
        return false;
    }

    private static int problemStatus(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("type").isTextual() ? problem.path("status").asInt(-1) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private void fail(String label, String what) {
        failures.add(label + ": " + what);
    }

    private static String shorten(String body) {
        return body.length() > MAX_SHOWN ? body.substring(0, MAX_SHOWN) + "…" : body;
    }
}
