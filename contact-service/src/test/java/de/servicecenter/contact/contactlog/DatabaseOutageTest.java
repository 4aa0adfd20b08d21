package de.servicecenter.contact.contactlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import de.servicecenter.testing.DatabaseBehindProxy;
import de.servicecenter.testing.DatabaseOutageContract;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under the phone system's stream of contacts (a crash, a failover): each request answers
 * 503 with Retry-After as a problem — never a 500 a phone system might not retry — and once it is back, the
 * retried contacts are stored, each exactly once.
 */
@QuarkusTest
@WithTestResource(value = DatabaseBehindProxy.class, initArgs = @ResourceArg(name = "database", value = "contact_test"))
class DatabaseOutageTest extends DatabaseOutageContract {

    @Inject
    ContactFixtures fixtures;

    @BeforeEach
    void demoNetwork() {
        fixtures.reset();
    }

    @Override
    protected io.restassured.response.Response aRequestThatReadsTheDatabase() {
        return given().auth().oauth2(KeycloakTokens.user("bochum-admin"))
                .get("/api/v1/towns/bochum/kpis?from=2026-10-01&to=2026-10-31");
    }

    @Test
    void aDatabaseOutageAnswers503WithRetryAfterAndRetriesStoreEachContactOnce() {
        fixtures.reset();
        String phoneSystem = ContactFixtures.phoneSystem();
        post(phoneSystem, "outage-before").then().statusCode(201);

        DatabaseBehindProxy.cut();
        for (String key : new String[] {"outage-1", "outage-2"}) {
            assertTheDatabaseIsUnavailable(post(phoneSystem, key));
        }

        DatabaseBehindProxy.restore();
        post(phoneSystem, "outage-1").then().statusCode(201);
        post(phoneSystem, "outage-2").then().statusCode(201);
        post(phoneSystem, "outage-2").then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(fixtures.contacts()).isEqualTo(3);
    }

    private static io.restassured.response.Response post(String token, String key) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(TestContact.call().json()).post("/api/v1/contacts");
    }
}
