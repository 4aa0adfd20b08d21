package de.servicecenter.tenant.contract;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contract to draft or to revise while it is a draft.
 *
 * @param allServiceAreas the client's whole switchboard moves to the host; then {@code serviceAreas} stays empty
 */
@Schema(name = "ContractRequest", description = "An öffentlich-rechtliche Vereinbarung between a host and a client")
public record ContractRequest(
        @NotNull @TenantSlug
        @Schema(required = true, example = "bochum", description = "The host town; your own")
        String hostTown,

        @NotNull @TenantSlug
        @Schema(required = true, example = "castrop-rauxel", description = "The client town whose calls the host answers")
        String clientTown,

        @NotNull @TenantSlug
        @Schema(required = true, example = "servicecenter-bochum", description = "The host's center that answers")
        String serviceCenter,

        @Schema(example = "false", description = "True when every service area moves (the whole switchboard)")
        boolean allServiceAreas,

        @Size(max = 50)
        @Schema(example = "[\"buergerbuero\", \"ordnungswesen\"]", description = "Service area codes covered")
        List<@NotNull String> serviceAreas,

        @Schema(nullable = true, example = "2015-06-30", description = "Day the contract was signed")
        LocalDate signedOn,

        @NotNull
        @Schema(required = true, example = "2015-09-01", description = "First day the host answers (Europe/Berlin)")
        LocalDate validFrom,

        @Schema(nullable = true, example = "2030-12-31", description = "Last day, inclusive; open-ended when omitted")
        LocalDate validUntil,

        @Schema(nullable = true, example = "2017-08-31", description = "Last day of the pilot phase, if there is one")
        LocalDate pilotPhaseEndsOn,

        @NotNull @Valid
        @Schema(description = "How the client pays the host", required = true)
        CostModel costModel) {
}
