package de.servicecenter.contact;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.tenancyclient.RemoteTenancy;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tenancy copy is refreshed in the background, with no request asking for it: a quiet night leaves a fresh
 * copy for the morning's first call (that a write finding an old copy fetches before refusing is CachedTenancyTest's).
 */
@QuarkusTest
@TestProfile(TenancyKeptFreshTest.RefreshEverySecond.class)
class TenancyKeptFreshTest {

    public static class RefreshEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scv.tenancy.background-refresh-every", "1s");
        }
    }

    @Inject
    RemoteTenancy tenancy;

    @AfterEach
    void demoNetworkAgain() {
        TenancyServer.serve(network(ContactFixtures.TOWNS));
    }

    @Test
    void withoutAnyRequestTheCopyIsRefreshedInTheBackground() throws InterruptedException {
        Set<String> towns = new HashSet<>(ContactFixtures.TOWNS);
        towns.add("herne");
        TenancySnapshot changed = network(towns);
        Instant servedAt = Instant.now();
        TenancyServer.serve(changed);

        Instant deadline = servedAt.plusSeconds(15);
        while (Instant.now().isBefore(deadline)
                && !tenancy.fetchedAt().map(fetched -> fetched.isAfter(servedAt)).orElse(false)) {
            Thread.sleep(100); // only waiting: nothing here reads the snapshot, which would refresh it on its own
        }
        assertThat(tenancy.fetchedAt()).hasValueSatisfying(fetched -> assertThat(fetched).isAfter(servedAt));
        assertThat(tenancy.snapshot()).isEqualTo(changed);
    }

    private static TenancySnapshot network(Set<String> towns) {
        return new TenancySnapshot(towns, List.of(ContactFixtures.BOCHUM_CASTROP_RAUXEL, ContactFixtures.DUISBURG_BOTTROP,
                ContactFixtures.DUISBURG_DINSLAKEN), ContactFixtures.AREAS, ContactFixtures.CENTERS);
    }
}
