package de.servicecenter.contact;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's clock in contact-service's tests: the real time, unless a test sets another instant (a handoff on
 * the eve of Fronleichnam) — and resets it afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same adjustable time, in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock adjustable = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return adjustable.withZone(other);
            }

            @Override
            public Instant instant() {
                return adjustable.instant();
            }
        };
    }
}
