package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.validation.PhoneNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A number citizens dial that belongs to the town, with its phone menu (none: everything goes to the menu default), and
 * where its calls go when the phone system cannot ask routing-service.
 */
@Schema(name = "EntryPoint")
public record EntryPointDefinition(
        @NotNull @PhoneNumber @Schema(description = "The number citizens dial, E.164", required = true,
                example = "+4923051060")
        String number,
        @NotBlank @Size(max = 100) @Schema(description = "Its name, for people", required = true,
                example = "Rathaus Castrop-Rauxel, Zentrale")
        String name,
        @NotNull @Valid @Schema(description = "The phone menu played on it", required = true) MenuDefinition menu,
        @Size(max = 200) @Pattern(regexp = "(sips?:[^\\s]+|\\+[1-9][0-9]{6,14})",
                message = "must be a SIP URI (sip:queue@host) or an E.164 number")
        @Schema(nullable = true, example = "+492305106100", description = "Where calls go while routing-service cannot "
                + "be asked; when omitted, the target of the first rule that routes the menu's default area at any time")
        String fallbackTarget) {

    /** An entry point whose fallback is derived from its rules. */
    public EntryPointDefinition(String number, String name, MenuDefinition menu) {
        this(number, name, menu, null);
    }
}
