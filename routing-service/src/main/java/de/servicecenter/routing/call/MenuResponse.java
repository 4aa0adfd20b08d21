package de.servicecenter.routing.call;

import de.servicecenter.routing.ruleset.MenuDefinition;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the phone system plays when a number is dialled, before it asks for the decision. */
@Schema(name = "PhoneMenuToPlay")
public record MenuResponse(
        @Schema(example = "castrop-rauxel") String town,
        @Schema(description = "The number dialled, E.164", example = "+4923051060") String number,
        @Schema(description = "The entry point's name", example = "Rathaus Castrop-Rauxel, Zentrale") String name,
        @Schema(description = "The keys offered") List<MenuDefinition.Option> options,
        @Schema(example = "zentrale", description = "What no key, or a key not offered, stands for")
        String defaultServiceArea,
        @Schema(nullable = true, example = "8", description = "Seconds to wait for a key; then decide without one")
        Integer noInputTimeoutSeconds) {
}
