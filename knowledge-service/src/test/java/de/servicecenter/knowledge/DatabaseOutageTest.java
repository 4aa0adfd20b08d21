package de.servicecenter.knowledge;

import static io.restassured.RestAssured.given;

import de.servicecenter.testing.DatabaseBehindProxy;
import de.servicecenter.testing.DatabaseOutageContract;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

@QuarkusTest
@WithTestResource(value = DatabaseBehindProxy.class, initArgs = @ResourceArg(name = "database", value = "knowledge_test"))
class DatabaseOutageTest extends DatabaseOutageContract {

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void demoNetwork() {
        fixtures.reset();
    }

    @Override
    protected Response aRequestThatReadsTheDatabase() {
        return given().auth().oauth2(KeycloakTokens.user("bochum-admin")).get("/api/v1/reports/review-queue?owner=bochum");
    }
}
