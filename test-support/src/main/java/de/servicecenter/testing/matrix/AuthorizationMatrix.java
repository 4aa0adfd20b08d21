package de.servicecenter.testing.matrix;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The authorization matrix of one service: every operation of its OpenAPI document × every principal of the demo
 * realm (and anonymous) × the targets its probes name (own and foreign objects), each answer held against what the
 * operation's published declaration ({@code x-authorization}) and the documented model say — status, the exact
 * shape of a 404, no foreign tenant in what is read, and the answer as its documented schema says (see
 * {@link ResponseSchemas}) — plus token attacks on every secured operation. An
 * operation without probes is a disagreement of its own, so that a new operation cannot be forgotten.
 */
public final class AuthorizationMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NOT_FOUND_DETAIL = Pattern.compile("No [a-z ]+ '[^']*'\\.");
    private static final Set<String> PROBLEM_FIELDS = Set.of("type", "title", "status", "detail", "instance");

    private final String service;
    private final DeclaredModel model;
    private final List<MatrixPrincipal> principals = MatrixPrincipal.ofDemoRealm();
    private final Map<String, List<Probe>> probes = new LinkedHashMap<>();
    private final List<String> disagreements = new ArrayList<>();
    private int requests;
    private ResponseSchemas schemas;

    /**
     * @param service the service's name (its token audience)
     * @param network the tenants and contracts the service decides with
     */
    public AuthorizationMatrix(String service, TenancySnapshot network) {
        this.service = service;
        this.model = new DeclaredModel(network, LocalDate.now(ZoneId.of("Europe/Berlin")));
    }

    /** The service's name (its token audience). */
    public String service() {
        return service;
    }

    /** The targets of one operation, by its operation id ({@code Class_method}). */
    public AuthorizationMatrix probe(String operationId, Probe... targets) {
        probes.computeIfAbsent(operationId, id -> new ArrayList<>()).addAll(List.of(targets));
        return this;
    }

    /** One operation of the document: its id, method (lower case, as in the document), path and description. */
    private record Operation(String id, String method, String path, JsonNode node) {

        JsonNode declared() {
            return node.path("x-authorization");
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getValue().has("responses")) {
                    operations.add(new Operation(method.getValue().path("operationId").asText(), method.getKey(),
                            path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private static JsonNode document() {
        return read(given().accept("application/json").get("/q/openapi").asString());
    }

    /** Runs everything; returns every disagreement (none when declaration and behaviour agree). */
    public List<String> run() {
        JsonNode document = document();
        schemas = new ResponseSchemas(document);
        List<Operation> operations = operations(document);
        int targets = 0;
        for (Operation operation : operations) {
            List<Probe> targetsOfOperation = probes.getOrDefault(operation.id(), List.of());
            if (targetsOfOperation.isEmpty()) {
                disagreements.add(operation.id() + " (" + operation.method().toUpperCase() + " " + operation.path()
                        + "): no probes — the matrix does not know this operation yet");
                continue;
            }
            for (Probe target : targetsOfOperation) {
                targets++;
                for (MatrixPrincipal principal : principals) {
                    check(operation.id(), operation.method(), operation.path(), operation.declared(), target, principal);
                }
                if (!operation.declared().path("on").asText().equals("PUBLIC")) {
                    attack(operation.id(), operation.method(), operation.path(), target);
                }
            }
        }
        probes.keySet().stream().filter(id -> !document.toString().contains("\"" + id + "\""))
                .forEach(id -> disagreements.add(id + ": probed, but no such operation in the document"));
        System.out.printf("authorization matrix of %s: %d operations × %d principals over %d targets, %d requests "
                        + "(token attacks included), %d disagreements%n", service, operations.size(), principals.size(),
                targets, requests, disagreements.size());
        return List.copyOf(disagreements);
    }

    /**
     * A request of one operation that a principal gets through with — the probe and principal from which generated
     * requests of that operation start (see {@code GeneratedRequests}), so that they reach past the access checks.
     */
    public record Seed(String operationId, String method, String path, JsonNode operation, Probe probe,
                       MatrixPrincipal principal) {

        public String body() {
            return probe.body;
        }

        public Map<String, String> pathParameters() {
            return Map.copyOf(probe.path);
        }

        public Map<String, String> queryParameters() {
            return Map.copyOf(probe.query);
        }

        public Map<String, String> headers() {
            return Map.copyOf(probe.headers);
        }

        @Override
        public String toString() {
            return operationId + " [" + probe + "] as " + principal;
        }
    }

    /**
     * For every operation of the document: a probe with a principal whom the declaration allows it, else one who
     * passes the role check (and meets a 404), else any — no requests are sent.
     */
    public List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        for (Operation operation : operations(document())) {
            Seed best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Probe target : probes.getOrDefault(operation.id(), List.of())) {
                for (MatrixPrincipal principal : principals) {
                    int rank = switch (expected(operation.declared(), target, principal)) {
                        case ALLOWED -> 0;
                        case NOT_FOUND, REFUSED_FIELD -> 1;
                        case FORBIDDEN -> 2;
                        case UNAUTHORIZED -> 3;
                    };
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = new Seed(operation.id(), operation.method().toUpperCase(), operation.path(),
                                operation.node(), target, principal);
                    }
                }
            }
            if (best != null) {
                seeds.add(best);
            }
        }
        return seeds;
    }

    private enum Outcome { UNAUTHORIZED, FORBIDDEN, NOT_FOUND, REFUSED_FIELD, ALLOWED }

    private Outcome expected(JsonNode declared, Probe target, MatrixPrincipal principal) {
        String on = declared.path("on").asText();
        if (on.equals("PUBLIC")) {
            return Outcome.ALLOWED;
        }
        if (principal.anonymous() || !principal.audiences().contains(service)) {
            return Outcome.UNAUTHORIZED;
        }
        List<String> roles = new ArrayList<>();
        declared.path("roles").forEach(role -> roles.add(role.asText()));
        if (!roles.contains("*") && roles.stream().noneMatch(principal::hasRole)) {
            return Outcome.FORBIDDEN;
        }
        String operation = declared.path("operation").asText();
        String from = declared.path("from").asText("");
        if (target.missing) {
            return from.startsWith("body:") ? Outcome.REFUSED_FIELD : Outcome.NOT_FOUND;
        }
        return switch (on) {
            case "NONE" -> Outcome.ALLOWED;
            case "NAMED_TENANT", "OWN_OR_NAMED_TENANT" -> {
                Optional<String> tenant = target.tenant.or(() -> on.equals("OWN_OR_NAMED_TENANT")
                        ? principal.tenant() : Optional.empty());
                boolean allowed = tenant.isPresent() && model.onTenant(principal, tenant.get(), operation, target.area);
                yield allowed ? Outcome.ALLOWED : from.startsWith("body:") ? Outcome.REFUSED_FIELD : Outcome.NOT_FOUND;
            }
            default -> {
                if (model.onObject(principal, on, operation, target)) {
                    yield Outcome.ALLOWED;
                }
                boolean readable = !operation.equals("READ")
                        && model.onObject(principal, DeclaredModel.readersOf(on), "READ", target);
                yield readable ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
            }
        };
    }

    private void check(String id, String method, String path, JsonNode declared, Probe target, MatrixPrincipal principal) {
        Outcome expected = expected(declared, target, principal);
        RequestSpecification request = request(target);
        if (!principal.anonymous()) {
            request.auth().oauth2(principal.token());
        }
        Response response = request.request(method.toUpperCase(), path);
        requests++;
        int status = response.statusCode();
        String where = id + " [" + target + "] as " + principal + ": expected " + expected + ", got " + status;
        String body = response.asString();
        schemas.violations(method, path, status, response.contentType(), body)
                .forEach(violation -> disagreements.add(where + " — the answer breaks its documented schema: "
                        + violation + " in " + abbreviated(body)));
        switch (expected) {
            case UNAUTHORIZED -> expect(status == 401, where, body);
            case FORBIDDEN -> expect(status == 403, where, body);
            case NOT_FOUND -> expect(status == 404 && isBareNotFound(body), where, body);
            case REFUSED_FIELD -> expect(status == 422 && body.contains("act for"), where, body);
            case ALLOWED -> {
                boolean missingSubObject = status == 404 && target.allowedMissing.stream()
                        .anyMatch(kind -> body.contains("\"No " + kind + " "));
                expect(status != 401 && status != 403 && status < 500 && (status != 404 || missingSubObject)
                        && !(status == 422 && body.contains("act for")), where, body);
                if (status / 100 == 2 && !declared.path("on").asText().equals("PUBLIC")) {
                    Set<String> visible = model.visibleTenants(principal);
                    for (String tenant : model.allTenants()) {
                        if (!visible.contains(tenant) && body.contains("\"" + tenant + "\"")) {
                            disagreements.add(where + " — but the answer names '" + tenant + "', not theirs to see");
                        }
                    }
                }
            }
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** A denial must look exactly like a missing object: the problem's five fields, "No <kind> '<id>'." */
    private static boolean isBareNotFound(String body) {
        JsonNode problem = read(body);
        Set<String> fields = new java.util.TreeSet<>();
        problem.fieldNames().forEachRemaining(fields::add);
        return PROBLEM_FIELDS.containsAll(fields) && NOT_FOUND_DETAIL.matcher(problem.path("detail").asText()).matches();
    }

    private void expect(boolean agrees, String where, String body) {
        if (!agrees) {
            disagreements.add(where + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    /** Tokens that must never pass: unsigned, signed by another key, from another realm, expired. */
    private void attack(String id, String method, String path, Probe target) {
        MatrixPrincipal admin = principals.stream().filter(p -> p.name().equals("verbund-admin")).findFirst().orElseThrow();
        for (Map.Entry<String, String> attack : TokenAttacks.of(admin.token()).entrySet()) {
            Response response = request(target).auth().oauth2(attack.getValue()).request(method.toUpperCase(), path);
            requests++;
            expect(response.statusCode() == 401, id + " [" + target + "] with a token " + attack.getKey()
                    + ": expected 401, got " + response.statusCode(), response.asString());
        }
    }

    private static RequestSpecification request(Probe target) {
        RequestSpecification request = given().redirects().follow(false);
        target.path.forEach(request::pathParam);
        target.query.forEach(request::queryParam);
        target.headers.forEach(request::header);
        if (target.body != null) {
            request.contentType(target.contentType).body(target.body);
        }
        return request;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json.isEmpty() ? "{}" : json);
        } catch (IOException e) {
            return JSON.createObjectNode().put("unparsable", json);
        }
    }

}
