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
        @Schema(description = "The contract's id", example = "0b9f4c2e-8d51-4a57-9d36-0f5b1c1d2e3f") UUID id,
        @Schema(description = "The host town, whose service center answers for the client", example = "bochum")
        String hostTown,
        @Schema(description = "The client town, answered for by the host", example = "castrop-rauxel")
        String clientTown,
        @Schema(example = "servicecenter-bochum") String serviceCenter,
        @Schema(description = "true when the contract covers every service area, present and future", example = "false")
        boolean allServiceAreas,
        @Schema(description = "The service areas it covers when not all (codes)",
                example = "[\"buergerbuero\", \"ordnungswesen\"]")
        Set<String> serviceAreas,
        @Schema(nullable = true, description = "Day both councils' decisions were signed", example = "2015-06-30")
        LocalDate signedOn,
        @Schema(example = "2015-09-01") LocalDate validFrom,
        @Schema(nullable = true, description = "Last day it applies; open-ended when null", example = "2030-12-31")
        LocalDate validUntil,
        @Schema(nullable = true, description = "Last day of the pilot phase (for statements and reports)",
                example = "2017-08-31")
        LocalDate pilotPhaseEndsOn,
        @Schema(description = "How the client pays the host") CostModel costModel,
        @Schema(description = "Where it stands: proposed, accepted, active, rejected, terminated or withdrawn",
                example = "ACTIVE")
        ContractStatus status,
        @Schema(nullable = true, description = "Day the termination was declared") LocalDate terminatedOn,
        @Schema(nullable = true, description = "The party that gave notice", example = "castrop-rauxel")
        String terminatedBy,
        @Schema(nullable = true, description = "Why notice was given") String terminationReason,
        @Schema(description = "Every step so far, oldest first: who proposed, accepted, activated, gave notice")
        List<Step> history,
        @Schema(example = "2026-11-21T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-21T09:00:00Z") Instant updatedAt) {

    /** One step of the contract's life. */
    @Schema(name = "ContractHistoryStep", description = "One step of the contract's life")
    public record Step(
            @Schema(description = "The step taken", example = "ACCEPTED") ContractStep step,
            @Schema(description = "The party that took it", example = "castrop-rauxel") String party,
            @Schema(description = "Who, as named by the token", example = "castrop-rauxel-admin") String by,
            @Schema(description = "When", example = "2026-11-21T09:00:00Z") Instant at,
            @Schema(description = "The contract's version after the step (its ETag)", example = "1") long version,
            @Schema(nullable = true, description = "A rejection's or termination's reason") String note) {

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
