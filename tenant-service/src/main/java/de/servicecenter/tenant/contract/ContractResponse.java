package de.servicecenter.tenant.contract;

import de.servicecenter.commons.contract.CostModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contract", description = "An öffentlich-rechtliche Vereinbarung between a host and a client")
public record ContractResponse(
        @Schema(example = "0b9f4c2e-8d51-4a57-9d36-0f5b1c1d2e3f") UUID id,
        @Schema(example = "bochum") String hostTenant,
        @Schema(example = "castrop-rauxel") String clientTenant,
        @Schema(example = "servicecenter-bochum") String serviceCenter,
        @Schema(example = "false") boolean allServiceAreas,
        @Schema(example = "[\"buergerbuero\", \"ordnungswesen\"]") Set<String> serviceAreas,
        @Schema(example = "2015-06-30") LocalDate signedOn,
        @Schema(example = "2015-09-01") LocalDate validFrom,
        @Schema(example = "2030-12-31") LocalDate validUntil,
        @Schema(example = "2017-08-31") LocalDate pilotPhaseEndsOn,
        CostModel costModel,
        @Schema(example = "ACTIVE") ContractStatus status,
        @Schema(description = "Day the termination was declared") LocalDate terminatedOn,
        String terminationReason,
        @Schema(example = "2026-11-21T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-21T09:00:00Z") Instant updatedAt) {

    static ContractResponse of(Contract contract) {
        return new ContractResponse(contract.id(), contract.hostTenantId(), contract.clientTenantId(),
                contract.serviceCenterId(), contract.allServiceAreas(), new TreeSet<>(contract.serviceAreas()),
                contract.signedOn(), contract.validFrom(), contract.validUntil().orElse(null),
                contract.pilotPhaseEndsOn(), contract.costModel(), contract.status(), contract.terminatedOn(),
                contract.terminationReason(), contract.createdAt(), contract.updatedAt());
    }
}
