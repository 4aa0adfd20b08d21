package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.validation.PhoneNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number citizens dial that belongs to the town, with its phone menu (none: everything goes to the menu default). */
@Schema(name = "EntryPoint")
public record EntryPointDefinition(
        @NotNull @PhoneNumber @Schema(description = "The number citizens dial, E.164", required = true,
                example = "+4923051060")
        String number,
        @NotBlank @Size(max = 100) @Schema(description = "Its name, for people", required = true,
                example = "Rathaus Castrop-Rauxel, Zentrale")
        String name,
        @NotNull @Valid @Schema(description = "The phone menu played on it", required = true) MenuDefinition menu) {
}
