package de.servicecenter.commons.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.commons.time.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The caching rules in isolation; the real HTTP round trip is proven in tenant-service's TenancySnapshotIT. */
class CachedTenancyTest {

    private static final TenancySnapshot ONLY_BOCHUM = new TenancySnapshot(Set.of("bochum"), List.of(), Set.of(), Map.of());
    private static final TenancySnapshot BOCHUM_AND_BOTTROP = new TenancySnapshot(Set.of("bochum", "bottrop"), List.of(), Set.of(), Map.of());

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private final SettableClock clock = new SettableClock(START);
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Supplier<TenancySnapshot> tenantService = () -> ONLY_BOCHUM;

    /** Runs background refreshes inline, so the test sees their effect at once. */
    private final CachedTenancy cache = new CachedTenancy(() -> {
        calls.incrementAndGet();
        return tenantService.get();
    }, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(5), clock, Runnable::run);

    @Test
    void firstUseFetchesAndLaterUsesReadTheCopy() {
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum")).isTrue();
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bottrop")).isActiveTenant("bottrop")).isFalse();
        assertThat(calls).hasValue(1);
    }

    @Test
    void refreshesOnceTheCopyIsOld() {
        cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum");
        tenantService = () -> BOCHUM_AND_BOTTROP;
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.snapshot().isActiveTenant("bottrop")).isFalse();

        clock.advance(Duration.ofSeconds(2));
        cache.snapshot(); // starts the refresh; the inline executor completes it
        assertThat(cache.snapshot().isActiveTenant("bottrop")).isTrue();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aTenantRegisteredMeanwhileIsFetchedOnFirstSightOnceTheCopyIsSomeSecondsOld() {
        cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum");
        tenantService = () -> BOCHUM_AND_BOTTROP;
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bottrop")).isActiveTenant("bottrop")).isFalse();
        assertThat(calls).hasValue(1);

        clock.advance(Duration.ofSeconds(6));
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bottrop")).isActiveTenant("bottrop")).isTrue();
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("atlantis")).isActiveTenant("atlantis")).isFalse();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aCenterOrContractSetUpMeanwhileIsFetchedWhenAskedForOnceTheCopyIsSomeSecondsOld() {
        TenancySnapshot withCenter = new TenancySnapshot(Set.of("bochum"), List.of(), Set.of(),
                Map.of("servicecenter-bochum", "bochum"));
        cache.snapshot();
        tenantService = () -> withCenter;

        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum"))).isSameAs(ONLY_BOCHUM);
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.serviceCenters().containsKey("servicecenter-bochum")))
                .as("a brand-new copy is trusted").isSameAs(ONLY_BOCHUM);
        assertThat(calls).hasValue(1);

        clock.advance(Duration.ofSeconds(6));
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.serviceCenters().containsKey("servicecenter-bochum")))
                .isSameAs(withCenter);
        assertThat(calls).hasValue(2);
    }

    @Test
    void keepsTheLastGoodCopyWhileTenantServiceIsDown() {
        cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum");
        tenantServiceGoesDown();
        clock.advance(Duration.ofMinutes(10));

        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum")).isTrue();
        assertThat(cache.fetchedAt()).contains(START);
    }

    @Test
    void writesWaitOnceTheLastGoodCopyIsTooOldWhileReadsGoOn() {
        cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum");
        tenantServiceGoesDown();
        clock.advance(Duration.ofMinutes(4));
        cache.requireFreshFor(TenantOperation.WRITE);

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> cache.requireFreshFor(TenantOperation.WRITE))
                .isInstanceOf(DependencyUnavailableProblem.class);
        assertThatThrownBy(() -> cache.requireFreshFor(TenantOperation.MANAGE))
                .isInstanceOf(DependencyUnavailableProblem.class);
        cache.requireFreshFor(TenantOperation.READ);
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum")).isTrue();
    }

    /** A night without calls: the copy is old only because nobody asked; the morning's first write fetches anew. */
    @Test
    void theFirstWriteAfterAQuietPeriodFetchesAgainInsteadOfRefusing() {
        cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum"));
        clock.advance(Duration.ofHours(9));

        cache.requireFreshFor(TenantOperation.WRITE);

        assertThat(cache.fetchedAt()).contains(clock.instant());
        assertThat(calls).hasValue(2);
    }

    @Test
    void failsClosedWithA503WhenNothingWasEverFetched() {
        tenantServiceGoesDown();

        assertThatThrownBy(() -> cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum")).isInstanceOf(DependencyUnavailableProblem.class);
    }

    @Test
    void waitsBeforeTryingAgainAfterAFailure() {
        tenantServiceGoesDown();
        assertThatThrownBy(cache::snapshot).isInstanceOf(DependencyUnavailableProblem.class);
        assertThatThrownBy(cache::snapshot).isInstanceOf(DependencyUnavailableProblem.class);
        assertThat(calls).hasValue(1);

        tenantService = () -> ONLY_BOCHUM;
        clock.advance(Duration.ofSeconds(6));
        assertThat(cache.snapshotKnowing(snapshot -> snapshot.isActiveTenant("bochum")).isActiveTenant("bochum")).isTrue();
    }

    @Test
    void aKnownChangeFetchesAtOnceEvenWithinThePauseAfterAFailure() {
        cache.snapshot();
        tenantServiceGoesDown();
        clock.advance(Duration.ofSeconds(31));
        cache.fetchNow();
        tenantService = () -> BOCHUM_AND_BOTTROP;

        assertThat(cache.fetchNow()).as("a blind retry waits").contains(ONLY_BOCHUM);
        assertThat(cache.fetchAfterKnownChange()).contains(BOCHUM_AND_BOTTROP);
        assertThat(cache.fetchedAt()).contains(clock.instant());
        assertThat(calls).hasValue(3);
    }

    private void tenantServiceGoesDown() {
        tenantService = () -> {
            throw new IllegalStateException("connection refused");
        };
    }
}
