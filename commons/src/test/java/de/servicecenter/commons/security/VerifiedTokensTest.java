package de.servicecenter.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.time.SettableClock;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    private final SettableClock clock = new SettableClock(Instant.ofEpochSecond(NOW));

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole("phone-system").build();
    }

    @Test
    void aVerifiedTokenIsKnownUntilItExpiresAndNotASecondLonger() {
        VerifiedTokens tokens = new VerifiedTokens(10, true, clock);
        SecurityIdentity phoneSystem = identity("phone-system");
        tokens.verified("token-a", phoneSystem, NOW + 300);

        assertThat(tokens.identityOf("token-a")).containsSame(phoneSystem);
        clock.set(Instant.ofEpochSecond(NOW + 299));
        assertThat(tokens.identityOf("token-a")).containsSame(phoneSystem);
        clock.set(Instant.ofEpochSecond(NOW + 300));
        assertThat(tokens.identityOf("token-a")).isEmpty();
        assertThat(tokens.size()).as("the expired entry is gone").isZero();
    }

    @Test
    void onlyTheVeryTokenThatWasVerifiedIsKnown() {
        VerifiedTokens tokens = new VerifiedTokens(10, true, clock);
        tokens.verified("header.payload.signature", identity("a"), NOW + 300);

        assertThat(tokens.identityOf("header.payload.signaturX")).isEmpty();
        assertThat(tokens.identityOf("header.payload.signature ")).isEmpty();
        assertThat(tokens.identityOf("header.payload")).isEmpty();
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, true, clock);
        tokens.verified("late", identity("a"), NOW);

        assertThat(tokens.identityOf("late")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullTheExpiredGoFirstThenAll() {
        VerifiedTokens tokens = new VerifiedTokens(3, true, clock);
        tokens.verified("short-1", identity("a"), NOW + 10);
        tokens.verified("short-2", identity("b"), NOW + 10);
        tokens.verified("long", identity("c"), NOW + 600);
        clock.set(Instant.ofEpochSecond(NOW + 20));

        tokens.verified("new", identity("d"), NOW + 600);
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.identityOf("long")).isPresent();

        tokens.verified("new-2", identity("e"), NOW + 600);
        tokens.verified("new-3", identity("f"), NOW + 600);
        assertThat(tokens.size()).as("nothing expired to drop: all dropped, the newest kept").isEqualTo(1);
        assertThat(tokens.identityOf("new-3")).isPresent();
    }

    @Test
    void switchedOffEveryTokenIsVerifiedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(10, false, clock);
        tokens.verified("token-a", identity("a"), NOW + 300);

        assertThat(tokens.identityOf("token-a")).isEmpty();
    }
}
