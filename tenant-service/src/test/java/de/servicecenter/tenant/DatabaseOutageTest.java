package de.servicecenter.tenant;

import static io.restassured.RestAssured.given;

import de.servicecenter.testing.DatabaseBehindProxy;
import de.servicecenter.testing.DatabaseOutageContract;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = DatabaseBehindProxy.class, initArgs = @ResourceArg(name = "database", value = "tenant_test"))
class DatabaseOutageTest extends DatabaseOutageContract {

    @Override
    protected Response aRequestThatReadsTheDatabase() {
        return given().auth().oauth2(KeycloakTokens.user("verbund-admin")).get("/api/v1/towns");
    }
}
