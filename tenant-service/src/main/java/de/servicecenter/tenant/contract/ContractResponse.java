package de.servicecenter.tenant.contract;

import de.servicecenter.commons.contract.CostModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        @Schema(description = "The party that gave notice", example = "castrop-rauxel") String terminatedBy,
        String terminationReason,
        @Schema(description = "Every step so far, oldest first: who proposed, accepted, activated, gave notice")
        List<Step> history,
        @Schema(example = "2026-11-21T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-21T09:00:00Z") Instant updatedAt) {

    /** One step of the contract's life. */
    @Schema(name = "ContractStep")
    public record Step(
            @Schema(example = "ACCEPTED") ContractStep step,
            @Schema(description = "The party that took it", example = "castrop-rauxel") String party,
            @Schema(description = "Who, as named by the token", example = "castrop-rauxel-admin") String by,
            @Schema(example = "2026-11-21T09:00:00Z") Instant at,
            @Schema(description = "The contract's version after the step (its ETag)", example = "1") long version,
            @Schema(description = "A rejection's or termination's reason") String note) {

        static Step of(ContractEvent event) {
            return new Step(event.step(), event.partyTenantId(), event.actor(), event.happenedAt(),
                    event.contractVersion(), event.note().orElse(null));
        }
    }

    static ContractResponse of(Contract contract) {
        return new ContractResponse(contract.id(), contract.hostTenantId(), contract.clientTenantId(),
                contract.serviceCenterId(), contract.allServiceAreas(), new TreeSet<>(contract.serviceAreas()),
                contract.signedOn(), contract.validFrom(), contract.validUntil().orElse(null),
                contract.pilotPhaseEndsOn(), contract.costModel(), contract.status(), contract.terminatedOn(),
                contract.terminatedByTenantId().orElse(null), contract.terminationReason(),
                contract.history().stream().map(Step::of).toList(), contract.createdAt(), contract.updatedAt());
    }
}
