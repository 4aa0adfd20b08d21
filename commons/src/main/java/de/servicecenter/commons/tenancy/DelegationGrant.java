package de.servicecenter.commons.tenancy;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.openinghours.DayRange;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one contract (öffentlich-rechtliche Vereinbarung) delegates, and on which terms: the host's center may act
 * for the client for these service areas, on these days (local dates in Europe/Berlin, both inclusive), and the
 * client pays by the cost model.
 *
 * @param serviceCenter   the host's center that answers the client's contacts
 * @param allServiceAreas the whole switchboard moved to the host (Bottrop to Duisburg): every area is covered
 * @param validUntil      last day, or empty when open-ended
 */
public record DelegationGrant(
        @Schema(description = "The contract's id", example = "0b9f4c2e-8d51-4a57-9d36-0f5b1c1d2e3f") String contractId,
        @Schema(description = "The host town", example = "bochum") String hostTenant,
        @Schema(description = "The client town", example = "castrop-rauxel") String clientTenant,
        @Schema(description = "The host's center that answers", example = "servicecenter-bochum") String serviceCenter,
        @Schema(description = "true when every service area is delegated") boolean allServiceAreas,
        @Schema(description = "The service areas delegated when not all", example = "[\"buergerbuero\"]")
        Set<String> serviceAreas,
        @Schema(description = "First day in force", example = "2015-09-01") LocalDate validFrom,
        @Schema(nullable = true, type = SchemaType.STRING, format = "date", example = "2030-12-31",
                description = "Last day in force; open-ended when null")
        Optional<LocalDate> validUntil,
        @Schema(description = "How the client pays the host") CostModel costModel) {

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
