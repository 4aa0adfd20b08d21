package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rule does. ROUTE_TO_CENTER needs serviceCenter and target (the center's queue as a SIP URI), and may name the
 * same queue's number for calls that cross the public network (SIP headers do not); ROUTE_TO_NUMBER a target number
 * (E.164); ANNOUNCEMENT an announcement kind (INFO with text), and may name the prompt the phone system plays.
 */
@Schema(name = "RuleAction", description = "What happens to the call")
public record ActionDefinition(
        @NotNull @Schema(description = "What happens: route to a center, to the town, announce and hang up …",
                required = true, example = "ROUTE_TO_CENTER")
        ActionType type,

        @TenantSlug @Schema(nullable = true, description = "The center to route to", example = "servicecenter-bochum")
        String serviceCenter,

        @Size(max = 200) @Pattern(regexp = "(sips?:[^\\s]+|\\+[1-9][0-9]{6,14})",
                message = "must be a SIP URI (sip:queue@host) or an E.164 number")
        @Schema(nullable = true, example = "sip:buergerbuero@servicecenter.bochum.de",
                description = "SIP URI of the queue, or the number")
        String target,

        @Schema(nullable = true, description = "What to play first: CLOSED, HOLIDAY, OVERLOAD or INFO",
                example = "CLOSED")
        AnnouncementKind announcement,

        @Size(max = 500)
        @Schema(nullable = true, description = "The message to play, for INFO",
                example = "Das Bürgerbüro ist heute wegen einer Betriebsversammlung geschlossen.")
        String text,

        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number (+ and 7 to 15 digits)")
        @Schema(nullable = true, example = "+492349101234", description = "ROUTE_TO_CENTER: the same queue's number "
                + "in the public phone network, for a phone system that reaches the center over it")
        String targetNumber,

        @Pattern(regexp = Prompts.ID_PATTERN, message = Prompts.ID_MESSAGE)
        @Schema(nullable = true, example = "betriebsversammlung", description = "ANNOUNCEMENT: the id of the recorded "
                + "prompt the phone system plays; the kind's standard prompt (closed, holiday, overload, info) when omitted")
        String prompt) {

    /** An action without a public-network number or a prompt of its own. */
    public ActionDefinition(ActionType type, String serviceCenter, String target, AnnouncementKind announcement,
                            String text) {
        this(type, serviceCenter, target, announcement, text, null, null);
    }
}
