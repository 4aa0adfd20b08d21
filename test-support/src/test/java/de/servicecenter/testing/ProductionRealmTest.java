package de.servicecenter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The production realm (docker/keycloak/servicecenter-realm.json), imported by the local stack's Keycloak as realm
 * {@code production-check} with stand-in secrets in the environment: it imports, takes its secrets from the
 * environment (the demo secrets do not work), issues the platform's clients the roles and audiences the services
 * check, and offers no password grant and no demo user.
 */
class ProductionRealmTest {

    private static final String REALM = "production-check";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servicesGetTheirRolesAndAudiencesWithTheSecretsFromTheEnvironment() throws Exception {
        HttpResponse<String> phone = token(Map.of("grant_type", "client_credentials", "client_id", "phone-system",
                "client_secret", "production-phone-system-secret"));
        assertThat(phone.statusCode()).as(phone.body()).isEqualTo(200);
        JsonNode claims = claims(phone);
        assertThat(claims.at("/realm_access/roles").toString()).contains("\"phone-system\"");
        assertThat(claims.get("aud").toString()).contains("routing-service", "contact-service");
        assertThat(claims.has("tenant")).isFalse();

        HttpResponse<String> routing = token(Map.of("grant_type", "client_credentials", "client_id", "routing-service",
                "client_secret", "production-routing-secret"));
        assertThat(routing.statusCode()).as(routing.body()).isEqualTo(200);
        assertThat(claims(routing).at("/realm_access/roles").toString()).contains("\"platform-service\"");
        assertThat(claims(routing).get("aud").toString()).contains("tenant-service");
    }

    @Test
    void theDemoSecretsAreNotTheProductionOnes() throws Exception {
        assertThat(token(Map.of("grant_type", "client_credentials", "client_id", "phone-system",
                "client_secret", "phone-system-secret")).statusCode()).isEqualTo(401);
    }

    @Test
    void noPasswordGrantAndNoDemoUsers() throws Exception {
        assertThat(token(Map.of("grant_type", "password", "client_id", "scv-cli", "username", "bochum-admin",
                "password", KeycloakTokens.DEMO_PASSWORD)).statusCode()).isIn(400, 401);
        assertThat(token(Map.of("grant_type", "password", "client_id", "knowledge-service",
                "client_secret", "production-knowledge-secret", "username", "bochum-admin",
                "password", KeycloakTokens.DEMO_PASSWORD)).statusCode()).isIn(400, 401);
    }

    private static HttpResponse<String> token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(KeycloakTokens.keycloakUrl() + "/realms/" + REALM
                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(HttpResponse<String> response) throws IOException {
        String accessToken = JSON.readTree(response.body()).get("access_token").asText();
        return JSON.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    }
}
