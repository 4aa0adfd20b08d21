package de.servicecenter.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service guarantees from its first day: healthy against its real database, an OpenAPI document
 * with the bearer scheme, Swagger UI, and nothing but those public without a token. A service's test class
 * extends this and adds {@code @QuarkusTest}.
 */
public abstract class ServiceBaselineContract {

    /** The service's name, as in its OpenAPI title and its token audience. */
    protected abstract String serviceName();

    @Test
    void isReadyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void publishesItsOpenApiDocumentWithoutLogin() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString(serviceName()))
                .body("components.securitySchemes.bearer.type", equalTo("http"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownApiPathsAreProblems() {
        given().auth().oauth2(KeycloakTokens.user("verbund-admin")).when().get("/api/v1/gibt-es-nicht")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
