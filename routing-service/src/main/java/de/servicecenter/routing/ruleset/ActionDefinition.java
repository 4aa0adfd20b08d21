package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rule does. ROUTE_TO_CENTER needs serviceCenter and target (the center's queue as a SIP URI);
 * ROUTE_TO_NUMBER a target number (E.164); ANNOUNCEMENT an announcement kind (INFO with text).
 */
@Schema(name = "RuleAction", description = "What happens to the call")
public record ActionDefinition(
        @NotNull @Schema(required = true, example = "ROUTE_TO_CENTER") ActionType type,

        @TenantSlug @Schema(example = "servicecenter-bochum") String serviceCenter,

        @Size(max = 200) @Pattern(regexp = "(sips?:[^\\s]+|\\+[1-9][0-9]{6,14})",
                message = "must be a SIP URI (sip:queue@host) or an E.164 number")
        @Schema(example = "sip:buergerbuero@servicecenter.bochum.de", description = "SIP URI of the queue, or the number")
        String target,

        @Schema(example = "CLOSED") AnnouncementKind announcement,

        @Size(max = 500) @Schema(example = "Das Bürgerbüro ist heute wegen einer Betriebsversammlung geschlossen.")
        String text) {
}
