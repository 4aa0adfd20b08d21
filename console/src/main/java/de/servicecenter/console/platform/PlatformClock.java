package de.servicecenter.console.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The console's one clock, in the platform's time zone (Europe/Berlin): injectable, so tests can set it. */
public class PlatformClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }
}
