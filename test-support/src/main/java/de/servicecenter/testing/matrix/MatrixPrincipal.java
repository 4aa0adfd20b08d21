package de.servicecenter.testing.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.testing.KeycloakTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One caller of the matrix, with the facts the expectations rest on, read from the realm file itself: its tenant,
 * its realm roles and the services its tokens are meant for. Every user and every client with a service account of
 * the demo realm, plus the anonymous caller.
 *
 * @param audiences the services that accept its tokens
 */
public record MatrixPrincipal(String name, Optional<String> tenant, Set<String> roles, Set<String> audiences,
                             Optional<String> clientSecret) {

    public static final MatrixPrincipal ANONYMOUS = new MatrixPrincipal("anonymous", Optional.empty(), Set.of(),
            Set.of(), Optional.empty());

    public boolean anonymous() {
        return this == ANONYMOUS;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A real access token from Keycloak: password grant for users, client credentials for clients. */
    public String token() {
        return clientSecret.map(secret -> KeycloakTokens.serviceAccount(name, secret)).orElseGet(() -> KeycloakTokens.user(name));
    }

    /** Every principal of {@code keycloak/servicecenter-realm.json} and the anonymous caller. */
    public static List<MatrixPrincipal> ofDemoRealm() {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(Files.readString(Path.of("..", "keycloak", "servicecenter-realm.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MatrixPrincipal> principals = new ArrayList<>();
        Set<String> userAudiences = audiences(client(realm, "scv-cli"));
        for (JsonNode user : realm.get("users")) {
            Set<String> roles = roles(user);
            if (user.has("serviceAccountClientId")) {
                JsonNode client = client(realm, user.get("serviceAccountClientId").asText());
                if (client.path("attributes").has("access.token.lifespan")) {
                    continue; // a fixture of the token attacks, not a principal of the platform
                }
                principals.add(new MatrixPrincipal(client.get("clientId").asText(), fixedTenant(client), roles,
                        audiences(client), Optional.of(client.get("secret").asText())));
            } else {
                Optional<String> tenant = Optional.ofNullable(user.path("attributes").path("tenant").get(0))
                        .map(JsonNode::asText);
                principals.add(new MatrixPrincipal(user.get("username").asText(), tenant, roles, userAudiences,
                        Optional.empty()));
            }
        }
        principals.add(ANONYMOUS);
        return principals;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new IllegalStateException("no client " + clientId + " in the realm");
    }

    private static Set<String> roles(JsonNode user) {
        Set<String> roles = new TreeSet<>();
        user.path("realmRoles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static Set<String> audiences(JsonNode client) {
        Set<String> audiences = new TreeSet<>();
        client.path("protocolMappers").forEach(mapper -> {
            if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                audiences.add(mapper.path("config").path("included.custom.audience").asText());
            }
        });
        return audiences;
    }

    private static Optional<String> fixedTenant(JsonNode client) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (mapper.path("protocolMapper").asText().equals("oidc-hardcoded-claim-mapper")
                    && mapper.path("config").path("claim.name").asText().equals("tenant")) {
                return Optional.of(mapper.path("config").path("claim.value").asText());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
