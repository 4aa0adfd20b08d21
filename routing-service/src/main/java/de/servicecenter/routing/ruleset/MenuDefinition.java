package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The phone menu (Sprachdialog) of an entry point: keys to service areas, and what a caller who presses nothing gets. */
@Schema(name = "PhoneMenu")
public record MenuDefinition(
        @Size(max = 12) @Valid
        @Schema(description = "The keys offered, each for a service area") List<@NotNull Option> options,

        @NotNull @TenantSlug
        @Schema(required = true, example = "zentrale", description = "Area for no input and for keys not offered")
        String defaultServiceArea,

        @Positive @Max(60)
        @Schema(nullable = true, example = "8",
                description = "Seconds the phone system waits for a key before taking the default")
        Integer noInputTimeoutSeconds) {

    @Schema(name = "PhoneMenuOption")
    public record Option(
            @NotNull @Pattern(regexp = "[0-9*#]", message = "must be one key: 0-9, * or #")
            @Schema(description = "The key: 0-9, * or #", required = true, example = "1") String key,
            @NotNull @TenantSlug @Schema(description = "The service area it stands for", required = true,
                    example = "buergerbuero")
            String serviceArea,
            @Pattern(regexp = "[0-9]{14}", message = "must be a LeiKa key of 14 digits")
            @Schema(nullable = true, example = "99115005104000", description = "Put into the call tag") String leikaKey,
            @Size(max = 100) @Schema(nullable = true, description = "What the menu says for it",
                    example = "Bürgerbüro: Ausweis, Meldewesen")
            String label) {
    }

    public List<Option> optionsOrEmpty() {
        return options == null ? List.of() : options;
    }
}
