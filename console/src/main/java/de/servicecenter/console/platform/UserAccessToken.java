package de.servicecenter.console.platform;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the signed-in user's own access token (from the code flow, refreshed by Quarkus OIDC before it runs out) with
 * every call to a service: the service decides what this user may see and do. Without a signed-in user nothing is
 * sent, and the service answers 401. Problems are asked for in German ({@code Accept-Language: de}): their details and
 * field messages are shown to the user as they come.
 */
@ApplicationScoped
public class UserAccessToken implements ClientRequestFilter {

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ClientRequestContext request) {
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, "de");
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
