package de.servicecenter.tenant.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A German postal address: street and number, the five-digit Postleitzahl, the place. */
@Schema(name = "PostalAddress", description = "The town's postal address (its Rathaus)")
public record PostalAddress(
        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "Street and number", example = "Europaplatz 1")
        String streetAddress,
        @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a Postleitzahl of 5 digits")
        @Schema(required = true, description = "Postleitzahl, 5 digits", example = "44575")
        String postalCode,
        @NotBlank @Size(max = 100)
        @Schema(required = true, description = "The place", example = "Castrop-Rauxel")
        String locality) {
}
