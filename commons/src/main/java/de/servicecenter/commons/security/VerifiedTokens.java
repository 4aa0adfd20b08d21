package de.servicecenter.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens this service has verified, with the identity each stands for, until the token expires. A phone
 * system or portal sends the same token with every request for its whole lifetime (minutes), and verifying it — an
 * RSA signature, Base64 and JSON — costs more than deciding a call: so each token is verified once, and later
 * requests with the very same token string get its identity from here ({@link VerifiedBearerTokenMechanism}).
 *
 * <p>This changes nothing about what is accepted: an entry exists only for a token the OIDC provider accepted, the
 * key is the whole token (a changed byte is another token, verified afresh), and an entry ends with the token's
 * {@code exp}. A JWT cannot be withdrawn before it expires anyway — Quarkus verifies it locally, without asking
 * Keycloak. Bounded: beyond {@code capacity} tokens the expired ones go, and if that is not enough, all.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** What was verified, and until when (epoch seconds). */
    record Verified(SecurityIdentity identity, long expiresAt) {
    }

    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
    private final int capacity;
    private final boolean enabled;
    private final Clock clock;

    VerifiedTokens(@ConfigProperty(name = "scv.security.verified-tokens.capacity", defaultValue = "10000") int capacity,
                   @ConfigProperty(name = "scv.security.verified-tokens.enabled", defaultValue = "true") boolean enabled,
                   Clock clock) {
        this.capacity = capacity;
        this.enabled = enabled;
        this.clock = clock;
    }

    /** The identity of a token verified before and not expired since. */
    Optional<SecurityIdentity> identityOf(String token) {
        if (!enabled) {
            return Optional.empty();
        }
        Verified verified = byToken.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (clock.instant().getEpochSecond() >= verified.expiresAt()) {
            byToken.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }

    /** Keeps what the OIDC provider just verified, until {@code expiresAt} (epoch seconds). */
    void verified(String token, SecurityIdentity identity, long expiresAt) {
        long now = clock.instant().getEpochSecond();
        if (!enabled || now >= expiresAt) {
            return;
        }
        if (byToken.size() >= capacity) {
            byToken.values().removeIf(entry -> now >= entry.expiresAt());
            if (byToken.size() >= capacity) {
                byToken.clear();
            }
        }
        byToken.put(token, new Verified(identity, expiresAt));
    }

    int size() {
        return byToken.size();
    }
}
