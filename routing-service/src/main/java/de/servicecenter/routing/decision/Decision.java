package de.servicecenter.routing.decision;

import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a call goes, and why.
 *
 * @param target           the SIP URI or number to connect to; null for announcements, voicemail, callback
 * @param targetNumber     for ROUTE_TO_CENTER, the queue's number in the public phone network when the rule names it
 * @param serviceCenter    the center whose queue takes the call (ROUTE_TO_CENTER)
 * @param announcementText for a holiday its name, for INFO the text
 * @param prompt           for an announcement, the id of the recorded prompt (the rule's, else the kind's standard)
 * @param tag              what the agent's screen shows: the caller's town, area and service; null unless routed
 * @param rule             1-based position of the rule that fired in the town's list; 0 when none did
 */
public record Decision(String town, String serviceArea, ActionType action, String target, String targetNumber,
                       String serviceCenter, AnnouncementKind announcement, String announcementText, String prompt,
                       CallTag tag, int rule, String ruleName, Why why) {

    /** The call tag the phone system sets as SIP headers for the agent. */
    @Schema(name = "CallTag", description = "What the agent sees with the call")
    public record CallTag(
            @Schema(description = "The caller's town", example = "castrop-rauxel") String town,
            @Schema(description = "The service area chosen", example = "buergerbuero") String serviceArea,
            @Schema(nullable = true, description = "The LeiKa key, when the menu option names one",
                    example = "99115005104000")
            String leikaKey) {
    }

    /**
     * The reasons, kept as the pieces the compiled rules already hold, so that deciding allocates almost nothing;
     * {@link #text()} puts them into words when someone reads them.
     */
    public record Why(String menu, boolean menuDefault, String ruleDescription, String holidayName,
                      int skippedWithoutContract) {

        public String text() {
            StringBuilder text = new StringBuilder(menu).append(' ').append(ruleDescription);
            if (holidayName != null) {
                text.append(" Today is a public holiday: ").append(holidayName).append('.');
            }
            if (skippedWithoutContract > 0) {
                text.append(' ').append(skippedWithoutContract == 1 ? "One earlier rule was" : skippedWithoutContract
                        + " earlier rules were").append(" passed over: no contract in force for this area today.");
            }
            return text.toString();
        }
    }

    public String explanation() {
        return why.text();
    }

    /** Whether the caller chose no area: no key, or one the menu does not offer (then {@link Why#menu()} says so). */
    public boolean menuDefault() {
        return why.menuDefault();
    }
}
