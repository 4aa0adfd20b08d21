package de.servicecenter.tenancyclient;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: this replica holds a tenancy snapshot, so it can decide who may do what. A replica that never
 * fetched one answers every authenticated request with 503 and should get no traffic while its siblings — who
 * keep their copies through a tenant-service outage — serve. An old copy keeps the replica ready: reads go on,
 * and writes that need a fresh one fetch or refuse on their own. routing-service opts out
 * ({@code scv.tenancy.required-for-readiness=false}): it routes from its last good copy on disk.
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = "scv.tenancy.required-for-readiness", stringValue = "true", enableIfMissing = true)
public class TenancyReadiness implements HealthCheck {

    static final String NAME = "tenancy snapshot";

    private final RemoteTenancy tenancy;
    private final Clock clock;

    TenancyReadiness(RemoteTenancy tenancy, Clock clock) {
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** Asked while it has none, it tries to fetch one (as often as the client's back-off allows). */
    @Override
    public HealthCheckResponse call() {
        if (tenancy.fetchedAt().isEmpty()) {
            tenancy.fetchUnlessPaused();
        }
        return tenancy.fetchedAt()
                .map(at -> HealthCheckResponse.named(NAME).up()
                        .withData("ageSeconds", Duration.between(at, clock.instant()).toSeconds()).build())
                .orElseGet(() -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", "not fetched from tenant-service yet").build());
    }
}
