package de.servicecenter.commons.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Records each bearer token the OIDC provider verified, with its identity, in {@link VerifiedTokens}. */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE; // after every other augmentor: the identity as the request will see it
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (!identity.isAnonymous() && credential != null
                && identity.getAttribute(VerifiedBearerTokenMechanism.FROM_VERIFIED_TOKENS) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            // kept without the request it was verified in (which it would otherwise hold in memory)
            tokens.verified(credential.getToken(), QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, null).build(), jwt.getExpirationTime());
        }
        return Uni.createFrom().item(identity);
    }
}
