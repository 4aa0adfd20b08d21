package de.servicecenter.commons.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now" for every service: injected wherever the time is read, so that a test can stand at a
 * daylight-saving switch, a month's end or after an idle night by producing its own {@link Clock}.
 */
@ApplicationScoped
public class PlatformClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
