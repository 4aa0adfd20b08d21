package de.servicecenter.contact.handoff;

import de.servicecenter.commons.validation.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen asks what is stored about them, or that it be erased; they are found by the number they gave. */
@Schema(name = "CitizenRequest", description = "A citizen's export or erasure request, by callback number")
public record CitizenRequest(
        @NotNull @PhoneNumber
        @Schema(required = true, example = "+4923051234567", description = "The callback number the citizen gave (E.164)")
        String callbackNumber,

        @NotBlank @Size(max = 100)
        @Schema(required = true, maxLength = 100, example = "DS-2026-117",
                description = "Your reference of the citizen's request, kept in the audit entry")
        String reference) {
}
