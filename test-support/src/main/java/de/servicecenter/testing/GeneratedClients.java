package de.servicecenter.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * What every service's GeneratedClientTest hands the Java client openapi-generator made from the published document
 * (each service's client has its own {@code ApiClient} class, in its own package).
 */
public final class GeneratedClients {

    private GeneratedClients() {
    }

    /** The running service's address as the client's base URI: no trailing slash. */
    public static String baseUri(URI service) {
        return service.toString().replaceAll("/$", "");
    }

    /** Signs each request with a real Keycloak token of the demo user. */
    public static Consumer<HttpRequest.Builder> as(String user) {
        return bearer(KeycloakTokens.user(user));
    }

    /** Signs each request with this token (e.g. a service account's). */
    public static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
