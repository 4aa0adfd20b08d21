package de.servicecenter.commons.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Asked before the OIDC mechanism: a bearer token verified before ({@link VerifiedTokens}) gets its identity, bound to
 * this request, without being decoded, parsed and verified again. Any other request — no token, another token, an
 * expired one — it leaves to the OIDC mechanism (it answers nothing, and challenges nobody).
 */
@ApplicationScoped
public class VerifiedBearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    /** Set on identities served from {@link VerifiedTokens}, so that they are not recorded again. */
    static final String FROM_VERIFIED_TOKENS = "de.servicecenter.verified-token";

    private final VerifiedTokens tokens;

    VerifiedBearerTokenMechanism(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().headers().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        return tokens.identityOf(authorization.substring(BEARER.length()).strip())
                .map(identity -> Uni.createFrom().item((SecurityIdentity) QuarkusSecurityIdentity.builder(identity)
                        // the identity belongs to this request, not to the one that verified the token
                        .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, context)
                        .addAttribute(FROM_VERIFIED_TOKENS, Boolean.TRUE)
                        .build()))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // the OIDC mechanism challenges
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(false);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class); // verified first by the OIDC provider
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000; // before the OIDC mechanism
    }
}
