package de.servicecenter.commons.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.contract.CostModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantAccessPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Set<String> KNOWN = Set.of("bochum", "castrop-rauxel", "bottrop");
    private static final TenancySnapshot NO_CONTRACTS = new TenancySnapshot(KNOWN, List.of(), Set.of(), Map.of());

    private static AccessDecision decide(TenantPrincipal principal, AccessRequest request) {
        return TenantAccessPolicy.decide(NO_CONTRACTS, principal, request);
    }

    @Test
    void principalReadsItsOwnTenant() {
        assertThat(decide(cityAdminOf("castrop-rauxel"), read("castrop-rauxel")))
                .isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void anotherTownsDataIsNotVisible() {
        assertThat(decide(cityAdminOf("castrop-rauxel"), read("bottrop")))
                .isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
    }

    @Test
    void tokenWithoutTenantClaimIsDeniedEvenForPlatformAdmins() {
        TenantPrincipal admin = new TenantPrincipal("vera", Optional.empty(), Set.of(Roles.PLATFORM_ADMIN));
        assertThat(decide(admin, read("bochum"))).isEqualTo(AccessDecision.DENIED_NO_TENANT_CLAIM);
    }

    @Test
    void blankTenantClaimCountsAsMissing() {
        TenantPrincipal principal = new TenantPrincipal("x", Optional.of(" "), Set.of(Roles.CITY_ADMIN));
        assertThat(decide(principal, read("bochum"))).isEqualTo(AccessDecision.DENIED_NO_TENANT_CLAIM);
    }

    @Test
    void unknownTenantIsDeniedEvenForItsOwnData() {
        assertThat(decide(cityAdminOf("atlantis"), read("atlantis")))
                .isEqualTo(AccessDecision.DENIED_UNKNOWN_TENANT);
    }

    @Test
    void platformAdminOfAKnownTenantReadsEveryTenant() {
        TenantPrincipal admin = new TenantPrincipal("vera", Optional.of("bochum"), Set.of(Roles.PLATFORM_ADMIN));
        assertThat(decide(admin, read("bottrop"))).isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void delegationOpensAClientOnlyWhereTheContractSaysSoAndNeverForManage() {
        TenancySnapshot bochumServesCastropRauxelBuergerbuero = new TenancySnapshot(KNOWN, List.of(new DelegationGrant(
                "c1", "bochum", "castrop-rauxel", "servicecenter-bochum", false, Set.of("buergerbuero"),
                LocalDate.of(2015, 9, 1), Optional.empty(), CostModel.perCall(new BigDecimal("2.85")))), Set.of(),
                Map.of("servicecenter-bochum", "bochum"));
        TenantPrincipal agent = new TenantPrincipal("anna", Optional.of("bochum"), Set.of(Roles.AGENT));

        assertThat(TenantAccessPolicy.decide(bochumServesCastropRauxelBuergerbuero, agent, new AccessRequest(
                "castrop-rauxel", TenantOperation.READ, Optional.of("buergerbuero"), NOW))).isEqualTo(AccessDecision.ALLOWED);
        assertThat(TenantAccessPolicy.decide(bochumServesCastropRauxelBuergerbuero, agent, new AccessRequest(
                "castrop-rauxel", TenantOperation.MANAGE, Optional.of("buergerbuero"), NOW)))
                .isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
        assertThat(TenantAccessPolicy.decide(bochumServesCastropRauxelBuergerbuero, agent, new AccessRequest(
                "castrop-rauxel", TenantOperation.READ, Optional.of("standesamt"), NOW)))
                .isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
        assertThat(TenantAccessPolicy.decide(bochumServesCastropRauxelBuergerbuero, agent, new AccessRequest(
                "bottrop", TenantOperation.READ, Optional.of("buergerbuero"), NOW)))
                .isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
    }

    @Test
    void thePhoneSystemActsForEveryTownWithoutATenant() {
        TenantPrincipal phone = new TenantPrincipal("service-account-phone-system", Optional.empty(),
                Set.of(Roles.PHONE_SYSTEM));
        assertThat(decide(phone, AccessRequest.of("bottrop", TenantOperation.WRITE, NOW)))
                .isEqualTo(AccessDecision.ALLOWED);
    }

    private static TenantPrincipal cityAdminOf(String tenant) {
        return new TenantPrincipal("someone", Optional.of(tenant), Set.of(Roles.CITY_ADMIN));
    }

    private static AccessRequest read(String tenant) {
        return AccessRequest.of(tenant, TenantOperation.READ, NOW);
    }
}
