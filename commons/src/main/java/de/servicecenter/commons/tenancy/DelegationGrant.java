package de.servicecenter.commons.tenancy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one contract (öffentlich-rechtliche Vereinbarung) delegates: the host may act for the client for
 * these service areas, on these days (local dates in Europe/Berlin, both inclusive).
 *
 * @param allServiceAreas the whole switchboard moved to the host (Bottrop to Duisburg): every area is covered
 * @param validUntil      last day, or empty when open-ended
 */
public record DelegationGrant(String contractId, String hostTenant, String clientTenant, boolean allServiceAreas,
                              Set<String> serviceAreas, LocalDate validFrom, Optional<LocalDate> validUntil) {

    public DelegationGrant {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(hostTenant, "hostTenant");
        Objects.requireNonNull(clientTenant, "clientTenant");
        serviceAreas = Set.copyOf(serviceAreas);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && validUntil.map(until -> !day.isAfter(until)).orElse(true);
    }

    /**
     * @param serviceArea the area concerned; empty when the operation is not about one area, which any
     *                    covered area satisfies
     */
    public boolean covers(Optional<String> serviceArea) {
        return allServiceAreas || serviceArea.map(serviceAreas::contains).orElse(!serviceAreas.isEmpty());
    }
}
