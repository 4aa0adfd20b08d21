package de.servicecenter.commons.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantAccessPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final TenantDirectory KNOWN = Set.of("bochum", "castrop-rauxel", "bottrop")::contains;
    private static final Delegations NONE = (acting, target, principal, area, at) -> false;

    private final TenantAccessPolicy policy = new TenantAccessPolicy(KNOWN, NONE);

    @Test
    void principalReadsItsOwnTenant() {
        assertThat(policy.decide(cityAdminOf("castrop-rauxel"), read("castrop-rauxel")))
                .isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void anotherTownsDataIsNotVisible() {
        assertThat(policy.decide(cityAdminOf("castrop-rauxel"), read("bottrop")))
                .isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
    }

    @Test
    void tokenWithoutTenantClaimIsDeniedEvenForPlatformAdmins() {
        TenantPrincipal admin = new TenantPrincipal("vera", Optional.empty(), Set.of(Roles.PLATFORM_ADMIN));
        assertThat(policy.decide(admin, read("bochum"))).isEqualTo(AccessDecision.DENIED_NO_TENANT_CLAIM);
    }

    @Test
    void blankTenantClaimCountsAsMissing() {
        TenantPrincipal principal = new TenantPrincipal("x", Optional.of(" "), Set.of(Roles.CITY_ADMIN));
        assertThat(policy.decide(principal, read("bochum"))).isEqualTo(AccessDecision.DENIED_NO_TENANT_CLAIM);
    }

    @Test
    void unknownTenantIsDeniedEvenForItsOwnData() {
        assertThat(policy.decide(cityAdminOf("atlantis"), read("atlantis")))
                .isEqualTo(AccessDecision.DENIED_UNKNOWN_TENANT);
    }

    @Test
    void platformAdminOfAKnownTenantReadsEveryTenant() {
        TenantPrincipal admin = new TenantPrincipal("vera", Optional.of("bochum"), Set.of(Roles.PLATFORM_ADMIN));
        assertThat(policy.decide(admin, read("bottrop"))).isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void delegationOpensAClientOnlyWhereTheContractSaysSo() {
        Delegations bochumServesCastropRauxelBuergerbuero = (acting, target, principal, area, at) ->
                acting.equals("bochum") && target.equals("castrop-rauxel")
                        && area.equals(Optional.of("buergerbuero")) && principal.hasRole(Roles.AGENT);
        TenantAccessPolicy withContract = new TenantAccessPolicy(KNOWN, bochumServesCastropRauxelBuergerbuero);
        TenantPrincipal agent = new TenantPrincipal("anna", Optional.of("bochum"), Set.of(Roles.AGENT));

        assertThat(withContract.decide(agent, new AccessRequest("castrop-rauxel", TenantOperation.READ,
                Optional.of("buergerbuero"), NOW))).isEqualTo(AccessDecision.ALLOWED);
        assertThat(withContract.decide(agent, new AccessRequest("castrop-rauxel", TenantOperation.READ,
                Optional.of("standesamt"), NOW))).isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
        assertThat(withContract.decide(agent, new AccessRequest("bottrop", TenantOperation.READ,
                Optional.of("buergerbuero"), NOW))).isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
    }

    private static TenantPrincipal cityAdminOf(String tenant) {
        return new TenantPrincipal("someone", Optional.of(tenant), Set.of(Roles.CITY_ADMIN));
    }

    private static AccessRequest read(String tenant) {
        return AccessRequest.of(tenant, TenantOperation.READ, NOW);
    }
}
