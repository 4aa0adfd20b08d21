package de.servicecenter.commons.tenancy;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.openinghours.DayRange;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one contract (öffentlich-rechtliche Vereinbarung) delegates, and on which terms: the host's center may act
 * for the client for these service areas, on these days (local dates in Europe/Berlin, both inclusive), and the
 * client pays by the cost model.
 *
 * @param serviceCenter   the host's center that answers the client's contacts
 * @param allServiceAreas the whole switchboard moved to the host (Bottrop to Duisburg): every area is covered
 * @param validUntil      last day, or empty when open-ended
 */
public record DelegationGrant(String contractId, String hostTenant, String clientTenant, String serviceCenter,
                              boolean allServiceAreas, Set<String> serviceAreas, LocalDate validFrom,
                              Optional<LocalDate> validUntil, CostModel costModel) {

    public DelegationGrant {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(hostTenant, "hostTenant");
        Objects.requireNonNull(clientTenant, "clientTenant");
        Objects.requireNonNull(serviceCenter, "serviceCenter");
        serviceAreas = Set.copyOf(serviceAreas);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(costModel, "costModel");
    }

    /** The days the contract is in force. */
    public DayRange term() {
        return new DayRange(validFrom, validUntil);
    }

    public boolean isValidOn(LocalDate day) {
        return term().contains(day);
    }

    /**
     * @param serviceArea the area concerned; empty when the operation is not about one area, which any
     *                    covered area satisfies
     */
    public boolean covers(Optional<String> serviceArea) {
        return allServiceAreas || serviceArea.map(serviceAreas::contains).orElse(!serviceAreas.isEmpty());
    }
}
