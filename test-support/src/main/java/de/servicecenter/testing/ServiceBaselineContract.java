package de.servicecenter.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every service guarantees from its first day: healthy against its real database, an OpenAPI document
 * with the bearer scheme, Swagger UI, problem responses for unknown paths, and thin resources. A service's
 * test class, placed in the service's root package, extends this and adds {@code @QuarkusTest}.
 */
public abstract class ServiceBaselineContract {

    /** The service's name, as in its OpenAPI title and its token audience. */
    protected abstract String serviceName();

    /**
     * The readiness check that says this replica can do its work — something local to it (a tenancy snapshot, a
     * routing table), never a dependency all replicas share.
     */
    protected abstract String readinessCheck();

    /** The service's own meters, beyond HTTP and JVM ones, as Prometheus names them. */
    protected List<String> ownMeters() {
        return List.of();
    }

    @Test
    void isReadyWhenItCanWork() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(readinessCheck()))
                .body("checks.name", not(hasItem("database")));
    }

    /** Shared dependencies are reported in their own group, apart from readiness. */
    @Test
    void reportsItsDependenciesApartFromReadiness() {
        given().when().get("/q/health/group/dependencies")
                .then().statusCode(200)
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    /** Meters of beans that start with the service's first background run may take a moment to appear. */
    @Test
    void publishesPrometheusMetricsWithLatencyHistograms() throws InterruptedException {
        given().when().get("/q/openapi").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (int wait = 0; wait < 50 && !ownMeters().stream().allMatch(metrics::contains); wait++) {
            Thread.sleep(200);
            metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        assertThat(metrics, containsString("http_server_requests_seconds_bucket{"));
        assertThat(metrics, containsString("jvm_memory_used_bytes"));
        for (String meter : ownMeters()) {
            assertThat(metrics, containsString(meter));
        }
    }

    @Test
    void publishesItsOpenApiDocumentWithoutLogin() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString(serviceName()))
                .body("components.securitySchemes.bearer.type", equalTo("http"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * The document the service serves is the one published in {@code api/openapi/}, which the build lints, generates
     * the TypeScript clients from and reviewers read in each change. When they differ, the served one is written to
     * {@code target/openapi/} to be copied over (or, with {@code -Dscv.openapi.publish=true}, written in place).
     */
    @Test
    void servesThePublishedOpenApiDocument() throws IOException {
        String served = PublishedDocuments.canonical(given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Path published = PublishedDocuments.of(serviceName());
        if (Boolean.getBoolean("scv.openapi.publish")) {
            Files.writeString(published, served);
        }
        String current = Files.exists(published) ? Files.readString(published) : "";
        if (!served.equals(current)) {
            Path fresh = Path.of("target", "openapi", published.getFileName().toString());
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, served);
            throw new AssertionError(serviceName() + " serves another OpenAPI document than " + published.normalize()
                    + "; review and publish it: cp " + fresh + " " + published.normalize());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySecuredOperationDocumentsItsAuthenticationProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").when()
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("security") != null) {
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(method + " " + path, responses.keySet(), hasItems("401", "403"));
            }
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedErrorIsAProblem() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").when()
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertThat(method + " " + path + " " + status, content == null ? Set.of() : content.keySet(),
                            hasItem("application/problem+json"));
                }
            });
        }));
    }

    /** Every date and time parameter says which dates are accepted (1900-01-01 to 2199-12-31). */
    @Test
    @SuppressWarnings("unchecked")
    void everyDateParameterDocumentsTheSupportedRange() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").when()
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?>) || !(operation.get("parameters") instanceof List<?> parameters)) {
                return;
            }
            for (Object parameter : parameters) {
                Map<String, Object> described = (Map<String, Object>) parameter;
                if (Set.of("at", "from", "to", "month").contains(described.get("name"))) {
                    assertThat(method + " " + path + " " + described.get("name"),
                            String.valueOf(described.get("description")), containsString("1900-01-01 to 2199-12-31"));
                }
            }
        }));
    }

    /** A city portal's page, on its own origin, may read the public API; a preflight says so for a day. */
    @Test
    void anyOriginMayReadThePublicApiWithoutCredentials() {
        given().header("Origin", "https://www.castrop-rauxel.de").header("Access-Control-Request-Method", "GET")
                .when().options("/public/v1/towns/castrop-rauxel/anything")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", equalTo("GET, HEAD"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Max-Age", equalTo("86400"));
        // even a problem is readable, so that the page can show why
        given().header("Origin", "https://www.castrop-rauxel.de").when().get("/public/v1/gibt-es-nicht")
                .then().statusCode(404)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    /** The secured API answers browsers only from configured origins; others get no CORS headers at all. */
    @Test
    void theSecuredApiOnlyFromConfiguredOrigins() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/anything")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").auth().oauth2(KeycloakTokens.user("verbund-admin"))
                .when().get("/api/v1/gibt-es-nicht")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://agent.servicecenter.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .when().options("/api/v1/anything")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://agent.servicecenter.example"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Vary", containsString("Origin"));
    }

    /** Every operation declares and publishes who may call it and on whose data it works; none is left open. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationPublishesItsDeclaredAuthorization() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").when()
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?>) || !operation.containsKey("responses")) {
                return;
            }
            Map<String, Object> authorization = (Map<String, Object>) operation.get("x-authorization");
            String where = method + " " + path;
            assertThat(where + " x-authorization", authorization != null);
            assertThat(where + " operation", authorization.get("operation") != null);
            assertThat(where + " on", authorization.get("on") != null);
            assertThat(where + " operationId", String.valueOf(operation.get("operationId")),
                    matchesPattern("[A-Za-z]+_[A-Za-z]+"));
            boolean isPublic = "PUBLIC".equals(authorization.get("on"));
            assertThat(where + " public exactly when unsecured", isPublic == (operation.get("security") == null));
        }));
    }

    @Test
    void resourcesDelegateAndNeverTouchEntitiesOrRepositories() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(getClass().getPackageName());
        ArchRule thinResources = ArchRuleDefinition.noClasses()
                .that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("resources only validate and delegate; services own transactions and rules")
                .allowEmptyShould(true);
        thinResources.check(classes);
    }

    /** NUL cannot be stored; wherever it comes in, it is a 400 naming where it was, never a 500. */
    @Test
    void nulInPathOrQueryIsA400NamingWhereItWas() {
        given().urlEncodingEnabled(false).auth().oauth2(KeycloakTokens.user("verbund-admin"))
                .when().get("/api/v1/gibt-es-nicht?town=castrop%00rauxel")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("town"));
        given().urlEncodingEnabled(false).when().get("/public/v1/towns/castrop%00rauxel")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
    }

    /** Problems in German when the caller prefers it: titles, details and field messages; the codes stay. */
    @Test
    void problemsSpeakGermanWhenAskedTo() {
        given().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").auth().oauth2(KeycloakTokens.user("verbund-admin"))
                .when().get("/api/v1/gibt-es-nicht")
                .then().statusCode(404).contentType("application/problem+json")
                .header("Content-Language", equalTo("de"))
                .header("Vary", containsString("Accept-Language"))
                .body("type", equalTo("urn:problem:servicecenter-verbund:not-found"))
                .body("title", equalTo("Nicht gefunden"));
        given().header("Accept-Language", "de").urlEncodingEnabled(false).when()
                .get("/public/v1/towns/castrop%00rauxel")
                .then().statusCode(400)
                .body("title", equalTo("Ungültige Eingabe"))
                .body("detail", equalTo("1 Feld ist ungültig."))
                .body("errors[0].field", equalTo("path"))
                .body("errors[0].message", startsWith("darf keine Steuerzeichen enthalten"));
        given().when().get("/public/v1/gibt-es-nicht")
                .then().statusCode(404).header("Content-Language", equalTo("en")).body("title", equalTo("Not found"));
    }

    @Test
    void unknownApiPathsAreProblems() {
        given().auth().oauth2(KeycloakTokens.user("verbund-admin")).when().get("/api/v1/gibt-es-nicht")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
