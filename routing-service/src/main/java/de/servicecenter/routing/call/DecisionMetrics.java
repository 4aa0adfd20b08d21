package de.servicecenter.routing.call;

import de.servicecenter.routing.ruleset.ActionType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code scv_routing_decisions_total{action, from_cache}}: every decision by what the caller got and whether the
 * table rested on last good data. The counters are made once, so that counting adds no lookup to a decision.
 */
@Startup // the counters are there, at zero, before the first call
@ApplicationScoped
public class DecisionMetrics {

    static final String NAME = "scv.routing.decisions";
    static final String UNKNOWN_NUMBER = "UNKNOWN_NUMBER";

    private final Map<ActionType, Counter> fresh = new EnumMap<>(ActionType.class);
    private final Map<ActionType, Counter> fromCache = new EnumMap<>(ActionType.class);
    private final Counter unknownFresh;
    private final Counter unknownFromCache;

    DecisionMetrics(MeterRegistry registry) {
        for (ActionType action : ActionType.values()) {
            fresh.put(action, counter(registry, action.name(), false));
            fromCache.put(action, counter(registry, action.name(), true));
        }
        unknownFresh = counter(registry, UNKNOWN_NUMBER, false);
        unknownFromCache = counter(registry, UNKNOWN_NUMBER, true);
    }

    void decided(ActionType action, boolean cached) {
        (cached ? fromCache : fresh).get(action).increment();
    }

    void unknownNumber(boolean cached) {
        (cached ? unknownFromCache : unknownFresh).increment();
    }

    private static Counter counter(MeterRegistry registry, String action, boolean cached) {
        return Counter.builder(NAME)
                .description("Routing decisions by action, and whether the table rested on last good data")
                .tag("action", action)
                .tag("from_cache", String.valueOf(cached))
                .register(registry);
    }
}
