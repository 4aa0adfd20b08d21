package de.servicecenter.tenant.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ends an active contract early; the contract and its history stay on record. */
@Schema(name = "TerminationRequest", description = "Ending an active contract by notice")
public record TerminationRequest(
        @NotNull
        @Schema(required = true, example = "2027-06-30", description = "Last day the host still answers")
        LocalDate lastDay,

        @NotBlank @Size(max = 500)
        @Schema(description = "Why notice is given; shown to the other party", required = true, example = "Castrop-Rauxel opens its own service center")
        String reason) {
}
