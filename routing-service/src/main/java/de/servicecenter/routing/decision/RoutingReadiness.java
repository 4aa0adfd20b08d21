package de.servicecenter.routing.decision;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: calls can be decided — a routing table is there, fresh or from the last good copy. The database is
 * deliberately not part of it: routing goes on while PostgreSQL is down.
 */
@Readiness
@ApplicationScoped
public class RoutingReadiness implements HealthCheck {

    static final String NAME = "routing table";

    private final RoutingNetwork network;

    RoutingReadiness(RoutingNetwork network) {
        this.network = network;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            RoutingNetwork.State state = network.current();
            return HealthCheckResponse.named(NAME).up()
                    .withData("towns", state.sources().ruleSets().size())
                    .withData("builtAt", state.sources().builtAt().toString())
                    .withData("fromCache", state.fromCache())
                    .build();
        } catch (RuntimeException none) {
            return HealthCheckResponse.named(NAME).down().withData("reason", "no routing rules known yet").build();
        }
    }
}
