package de.servicecenter.tenant.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The client declines a proposal; the reason is recorded and shown to the host. */
@Schema(name = "RejectionRequest", description = "Declining a proposed contract")
public record RejectionRequest(
        @NotBlank @Size(max = 500)
        @Schema(description = "Why the client declines; shown to the host", required = true, example = "Der Preis je Anruf liegt über dem Haushaltsansatz; bitte 2,85 EUR anbieten.")
        String reason) {
}
