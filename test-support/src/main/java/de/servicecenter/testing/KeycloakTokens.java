package de.servicecenter.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Real access tokens from the Keycloak of the local stack, so that tests see exactly what production sees:
 * signature, issuer, audience, {@code tenant} claim and realm roles. Users and clients are those of
 * {@code keycloak/servicecenter-realm.json}; tokens are cached per principal until shortly before they expire.
 */
public final class KeycloakTokens {

    public static final String REALM = "servicecenter";
    /** A second realm with the same users: tokens from another issuer, which every service must reject. */
    public static final String FOREIGN_REALM = "elsewhere";
    public static final String DEMO_PASSWORD = "demo";

    private static final String CLI_CLIENT = "scv-cli";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A token is fetched again when less than this remains of its lifetime. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private record CachedToken(String accessToken, Instant expiresAt) {

        boolean fresh() {
            return Instant.now().plus(RENEW_BEFORE_EXPIRY).isBefore(expiresAt);
        }
    }

    private KeycloakTokens() {
    }

    /** Keycloak's base URL, from the {@code stack.keycloak.url} system property (set by the build). */
    public static String keycloakUrl() {
        return System.getProperty("stack.keycloak.url", "http://127.0.0.1:18180");
    }

    /** A demo user's access token (password grant through the public CLI client). */
    public static String user(String username) {
        return userOfRealm(REALM, username);
    }

    /** A user's access token from another realm: valid in form, signed by a different issuer. */
    public static String userOfForeignRealm(String username) {
        return userOfRealm(FOREIGN_REALM, username);
    }

    /** A confidential client's service-account token (client-credentials grant). */
    public static String serviceAccount(String clientId, String secret) {
        return cached(REALM + "/client/" + clientId, () -> fetch(REALM, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret)));
    }

    private static String userOfRealm(String realm, String username) {
        return cached(realm + "/user/" + username, () -> fetch(realm, Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT,
                "username", username,
                "password", DEMO_PASSWORD)));
    }

    private static String cached(String key, Supplier<CachedToken> fetcher) {
        return CACHE.compute(key, (ignored, token) -> token != null && token.fresh() ? token : fetcher.get())
                .accessToken();
    }

    private static CachedToken fetch(String realm, Map<String, String> form) {
        URI tokenEndpoint = URI.create(keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token");
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak at " + tokenEndpoint + " refused a token ("
                        + response.statusCode() + "): " + response.body()
                        + " — is the local stack running (./stack test starts it)?");
            }
            JsonNode token = JSON.readTree(response.body());
            return new CachedToken(token.get("access_token").asText(),
                    Instant.now().plusSeconds(token.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + tokenEndpoint
                    + " — is the local stack running (./stack test starts it)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
