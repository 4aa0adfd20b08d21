package de.servicecenter.console.home;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in, as the ID token says: for greeting and for choosing which screens to offer. What the user may
 * see and do is decided by the services on the access token, never here.
 */
@RequestScoped
public class SignedInUser {

    public static final String AGENT = "agent";
    public static final String HOST_ADMIN = "host-admin";
    public static final String CITY_ADMIN = "city-admin";
    public static final String PLATFORM_ADMIN = "platform-admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** Whether anybody is signed in (error pages are shown to both). */
    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return Optional.ofNullable(idToken.<String>getClaim("name"))
                .or(() -> Optional.ofNullable(idToken.<String>getClaim("preferred_username")))
                .orElse(identity.getPrincipal().getName());
    }

    public String username() {
        return Optional.ofNullable(idToken.<String>getClaim("preferred_username"))
                .orElse(identity.getPrincipal().getName());
    }

    /** A pseudonymous reference for the contact log (the Keycloak subject): never a name. */
    public String pseudonym() {
        return idToken.getSubject();
    }

    /** The user's organisation (the {@code tenant} claim): a town's slug. */
    public Optional<String> tenant() {
        return Optional.ofNullable(idToken.<String>getClaim("tenant"));
    }

    /** The organisation's slug for the header; empty without one. */
    public String organisation() {
        return tenant().orElse("");
    }

    public boolean isCityAdmin() {
        return identity.hasRole(CITY_ADMIN);
    }

    public boolean isHostAdmin() {
        return identity.hasRole(HOST_ADMIN);
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(PLATFORM_ADMIN);
    }

    /** Answers calls: agents and the host's admins. */
    public boolean answersCalls() {
        return identity.hasRole(AGENT) || identity.hasRole(HOST_ADMIN);
    }

    /** Hands questions over (the host's people) or answers them (the town's): not the platform's admins. */
    public boolean handlesHandoffs() {
        return identity.hasRole(AGENT) || identity.hasRole(HOST_ADMIN) || identity.hasRole(CITY_ADMIN);
    }

    /** Keeps contracts, hours and rules. */
    public boolean administers() {
        return identity.hasRole(HOST_ADMIN) || identity.hasRole(CITY_ADMIN) || identity.hasRole(PLATFORM_ADMIN);
    }
}
