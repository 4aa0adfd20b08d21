package de.servicecenter.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every service answers while its PostgreSQL is gone (a crash, a failover): 503 with Retry-After as a
 * problem — never a 500 that a client would not retry — and the same answer as before once it is back. A service's
 * test extends this, adds {@code @QuarkusTest} and
 * {@code @WithTestResource(value = DatabaseBehindProxy.class, initArgs = @ResourceArg(name = "database", value = "…"))}.
 */
public abstract class DatabaseOutageContract {

    /** A request that reads the service's database, by a principal allowed to make it: 200 while it is there. */
    protected abstract Response aRequestThatReadsTheDatabase();

    /** What must go on while the database is gone (routing decisions); nothing by default. */
    protected void duringTheOutage() {
    }

    /** The answer while the database is gone: 503, Retry-After, a problem that names it and nothing internal. */
    protected static void assertTheDatabaseIsUnavailable(Response answer) {
        answer.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:problem:servicecenter-verbund:dependency-unavailable"))
                .body("detail", containsString("database"))
                .body("detail", not(containsString("SQL")));
    }

    @AfterEach
    void giveTheDatabaseBack() {
        DatabaseBehindProxy.restore();
    }

    @Test
    void aDatabaseOutageAnswers503WithRetryAfterAndTheServiceRecovers() {
        String before = aRequestThatReadsTheDatabase().then().statusCode(200).extract().asString();

        DatabaseBehindProxy.cut();
        assertTheDatabaseIsUnavailable(aRequestThatReadsTheDatabase());
        given().when().get("/q/health/ready").then().statusCode(200); // shared by all replicas: not a reason to leave
        given().when().get("/q/health/group/dependencies").then().statusCode(503)
                .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
        duringTheOutage();

        DatabaseBehindProxy.restore();
        aRequestThatReadsTheDatabase().then().statusCode(200).body(equalTo(before));
    }
}
