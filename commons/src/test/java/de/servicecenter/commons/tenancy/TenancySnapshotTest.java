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

class TenancySnapshotTest {

    private static final CostModel FTE = CostModel.fteShare(new BigDecimal("1.75"), new BigDecimal("62000"));

    /** Bochum answers Castrop-Rauxel's Bürgerbüro and Ordnungswesen calls from 1 March 2026 to 31 Dec 2026. */
    private static final TenancySnapshot NETWORK = new TenancySnapshot(
            Set.of("bochum", "castrop-rauxel", "duisburg", "bottrop"),
            List.of(new DelegationGrant("c-1", "bochum", "castrop-rauxel", "servicecenter-bochum", false,
                            Set.of("buergerbuero", "ordnungswesen"), LocalDate.of(2026, 3, 1),
                            Optional.of(LocalDate.of(2026, 12, 31)), FTE),
                    new DelegationGrant("c-2", "duisburg", "bottrop", "call-duisburg", true, Set.of(),
                            LocalDate.of(2012, 9, 1), Optional.empty(), CostModel.perCall(new BigDecimal("2.85")))),
            Set.of("buergerbuero", "ordnungswesen", "standesamt"),
            Map.of("servicecenter-bochum", "bochum", "call-duisburg", "duisburg"));

    private static final TenantPrincipal BOCHUM_AGENT =
            new TenantPrincipal("anna", Optional.of("bochum"), Set.of(Roles.AGENT));

    private static boolean bochumMay(TenantPrincipal principal, Optional<String> area, String berlinInstant) {
        return NETWORK.permits("bochum", "castrop-rauxel", principal, area, Instant.parse(berlinInstant));
    }

    @Test
    void agentActsForTheClientInTheContractsAreasOnly() {
        assertThat(bochumMay(BOCHUM_AGENT, Optional.of("buergerbuero"), "2026-11-23T09:00:00Z")).isTrue();
        assertThat(bochumMay(BOCHUM_AGENT, Optional.of("standesamt"), "2026-11-23T09:00:00Z")).isFalse();
        assertThat(bochumMay(BOCHUM_AGENT, Optional.empty(), "2026-11-23T09:00:00Z")).isTrue();
    }

    @Test
    void contractDaysAreBerlinDays() {
        // 23:30 UTC on 28 Feb is already 1 March in Berlin; 23:00 UTC on 31 Dec is already 1 Jan
        assertThat(bochumMay(BOCHUM_AGENT, Optional.of("buergerbuero"), "2026-02-28T22:59:59Z")).isFalse();
        assertThat(bochumMay(BOCHUM_AGENT, Optional.of("buergerbuero"), "2026-02-28T23:00:00Z")).isTrue();
        assertThat(bochumMay(BOCHUM_AGENT, Optional.of("buergerbuero"), "2026-12-31T22:59:59Z")).isTrue();
        assertThat(bochumMay(BOCHUM_AGENT, Optional.of("buergerbuero"), "2026-12-31T23:00:00Z")).isFalse();
    }

    @Test
    void onlyAgentsAndHostAdminsActUnderAContract() {
        var cityAdmin = new TenantPrincipal("x", Optional.of("bochum"), Set.of(Roles.CITY_ADMIN));
        var hostAdmin = new TenantPrincipal("y", Optional.of("bochum"), Set.of(Roles.HOST_ADMIN));

        assertThat(bochumMay(cityAdmin, Optional.of("buergerbuero"), "2026-11-23T09:00:00Z")).isFalse();
        assertThat(bochumMay(hostAdmin, Optional.of("buergerbuero"), "2026-11-23T09:00:00Z")).isTrue();
    }

    @Test
    void wholeSwitchboardContractCoversEveryArea() {
        var duisburgAgent = new TenantPrincipal("d", Optional.of("duisburg"), Set.of(Roles.AGENT));

        assertThat(NETWORK.permits("duisburg", "bottrop", duisburgAgent, Optional.of("standesamt"),
                Instant.parse("2026-11-23T09:00:00Z"))).isTrue();
        assertThat(NETWORK.permits("duisburg", "castrop-rauxel", duisburgAgent, Optional.empty(),
                Instant.parse("2026-11-23T09:00:00Z"))).isFalse();
    }

    @Test
    void inactiveClientIsNeverServed() {
        var withoutClient = new TenancySnapshot(Set.of("bochum"), NETWORK.grants(), Set.of(), NETWORK.serviceCenters());

        assertThat(withoutClient.permits("bochum", "castrop-rauxel", BOCHUM_AGENT, Optional.of("buergerbuero"),
                Instant.parse("2026-11-23T09:00:00Z"))).isFalse();
    }

    @Test
    void grantsServingAClientOnADay() {
        assertThat(NETWORK.grantsServing("castrop-rauxel", LocalDate.of(2026, 11, 23)))
                .extracting(DelegationGrant::contractId).containsExactly("c-1");
        assertThat(NETWORK.grantsServing("castrop-rauxel", LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(NETWORK.grantsServing("bottrop", LocalDate.of(2026, 11, 23))).hasSize(1);
    }

    @Test
    void manageIsNeverDelegated() {
        var hostAdmin = new TenantPrincipal("y", Optional.of("bochum"), Set.of(Roles.HOST_ADMIN));
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        assertThat(TenantAccessPolicy.decide(NETWORK, hostAdmin, new AccessRequest("castrop-rauxel", TenantOperation.WRITE,
                Optional.of("buergerbuero"), now))).isEqualTo(AccessDecision.ALLOWED);
        assertThat(TenantAccessPolicy.decide(NETWORK, hostAdmin, new AccessRequest("castrop-rauxel", TenantOperation.MANAGE,
                Optional.of("buergerbuero"), now))).isEqualTo(AccessDecision.DENIED_NOT_VISIBLE);
    }

    @Test
    void aCenterServesItsOwnTownWithoutContract() {
        var right = NETWORK.servingRight("call-duisburg", "duisburg", "standesamt", LocalDate.of(2026, 11, 23));

        assertThat(right).hasValueSatisfying(serving -> {
            assertThat(serving.ownTown()).isTrue();
            assertThat(serving.hostTenant()).isEqualTo("duisburg");
        });
    }

    @Test
    void aCenterServesAClientOnlyUnderAContractForTheAreaAndDay() {
        assertThat(NETWORK.servingRight("servicecenter-bochum", "castrop-rauxel", "buergerbuero",
                LocalDate.of(2026, 3, 1))).hasValueSatisfying(serving ->
                assertThat(serving.contract()).map(DelegationGrant::contractId).hasValue("c-1"));
        assertThat(NETWORK.servingRight("servicecenter-bochum", "castrop-rauxel", "buergerbuero",
                LocalDate.of(2026, 2, 28))).as("before the contract").isEmpty();
        assertThat(NETWORK.servingRight("servicecenter-bochum", "castrop-rauxel", "standesamt",
                LocalDate.of(2026, 3, 1))).as("area not delegated").isEmpty();
        assertThat(NETWORK.servingRight("call-duisburg", "castrop-rauxel", "buergerbuero",
                LocalDate.of(2026, 3, 1))).as("another host's center").isEmpty();
        assertThat(NETWORK.servingRight("unknown-center", "bochum", "buergerbuero",
                LocalDate.of(2026, 3, 1))).as("unknown center").isEmpty();
    }
}
