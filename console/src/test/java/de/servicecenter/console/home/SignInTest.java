package de.servicecenter.console.home;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Signing in, against the real Keycloak of the local stack: the code flow with PKCE, nothing without it. */
@QuarkusTest
class SignInTest {

    @Test
    void everyPageSendsTheBrowserToKeycloakWithAPkceChallenge() {
        Response redirect = given().redirects().follow(false).get("/desk/call?number=%2B4923051060&key=1");

        assertThat(redirect.statusCode()).isEqualTo(302);
        URI location = URI.create(redirect.header("Location"));
        assertThat(location.getPath()).isEqualTo("/realms/servicecenter/protocol/openid-connect/auth");
        Map<String, String> query = Arrays.stream(location.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "scv-console")
                .containsEntry("code_challenge_method", "S256").containsKey("state");
        assertThat(query.get("code_challenge")).as("a SHA-256 challenge, base64url").matches("[A-Za-z0-9_-]{43}");
        assertThat(redirect.header("Set-Cookie")).as("the state (with the encrypted verifier) in a cookie the page's "
                + "scripts cannot read").containsIgnoringCase("HttpOnly");
    }

    @Test
    void aSecondSignInGetsAnotherChallenge() {
        String first = given().redirects().follow(false).get("/desk").header("Location");
        String second = given().redirects().follow(false).get("/desk").header("Location");
        assertThat(challenge(first)).isNotEqualTo(challenge(second));
    }

    @Test
    void theDesignSystemIsServedByTheConsoleItselfWithoutSignIn() {
        given().get("/assets/kern/kern.min.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString(".kern-btn"));
        given().get("/assets/kern/fonts/fira-sans/FiraSans-Regular.woff2").then().statusCode(200);
        given().get("/assets/htmx/htmx.min.js").then().statusCode(200);
    }

    @Test
    void pagesForbidFramingAndForeignScripts() {
        String policy = given().get("/signed-out").then().statusCode(200).extract().header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    private static String challenge(String location) {
        return Arrays.stream(URI.create(location).getRawQuery().split("&"))
                .filter(pair -> pair.startsWith("code_challenge=")).findFirst().orElseThrow();
    }
}
