package de.servicecenter.routing.call;

import de.servicecenter.routing.decision.Decision;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import de.servicecenter.routing.ruleset.Prompts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "Where the call goes, tagged with the caller's town, and why")
public record DecisionResponse(
        @Schema(example = "castrop-rauxel") String town,
        @Schema(example = "buergerbuero") String serviceArea,
        @Schema(description = "What the phone system does: ROUTE_TO_CENTER, ROUTE_TO_TOWN, ANNOUNCE_AND_HANG_UP …",
                example = "ROUTE_TO_CENTER")
        ActionType action,
        @Schema(nullable = true, description = "Where the call goes: a SIP URI of a queue, or a number; null when not connected",
                example = "sip:castrop-rauxel@servicecenter.bochum.de")
        String target,
        @Schema(nullable = true, description = "The same target as an E.164 number, for a phone system that reaches it "
                + "over the public network (SIP headers such as the call tag do not cross it): the target itself when "
                + "it is a number, the queue's number when the rule names one; else null", example = "+492349101234")
        String targetNumber,
        @Schema(nullable = true, description = "The center that answers; null when the town answers itself or nobody",
                example = "servicecenter-bochum")
        String serviceCenter,
        @Schema(nullable = true, example = "null", description = "What to play before or instead of connecting: "
                + "CLOSED, HOLIDAY, OVERLOAD or INFO; null to connect straight away")
        AnnouncementKind announcement,
        @Schema(nullable = true, example = "null", description = "The holiday's name or the message to play")
        String announcementText,
        @Schema(nullable = true, example = "null", description = "For an announcement, a callback offer or voicemail: "
                + "the stable id of the recorded prompt to play (closed, holiday, overload, info, callback, voicemail, or "
                + "the rule's own)")
        String prompt,
        @Schema(nullable = true, example = "null", description = "What the prompt says, in German: for text-to-speech "
                + "and for people reading a trace")
        String promptText,
        @Schema(nullable = true, description = "What the agent sees with the call: the caller's town, the area, the "
                + "LeiKa key; null when the call is not connected")
        Decision.CallTag tag,
        @Schema(description = "Position of the rule that fired, from 1", example = "4") int rule,
        @Schema(description = "Its name", example = "Bürgerbüro und Ordnungswesen nach Bochum") String ruleName,
        @Schema(description = "Why, in one sentence, for people tracing a call",
                example = "Key 1: buergerbuero. Rule 4 \"Bürgerbüro und Ordnungswesen nach Bochum\" fired (area "
                + "buergerbuero or ordnungswesen, inside the hours of servicecenter-bochum): to servicecenter-bochum "
                + "(sip:castrop-rauxel@servicecenter.bochum.de).")
        String explanation,
        @Schema(example = "false", description = "True when PostgreSQL or tenant-service could not be reached at the "
                + "last rebuild, so the rules, contracts or schedules are the last good ones") boolean fromCache,
        @Schema(example = "false", description = "True when the area is the menu's default because no key was pressed "
                + "or the key is not offered (the explanation says which)")
        boolean menuDefault,
        @Schema(nullable = true, example = "4711-0815@pbx.castrop-rauxel.de", description = "The phone system's call "
                + "id, when it gave one: the decision is recorded under it")
        String callId) {

    static DecisionResponse of(Decision decision, boolean fromCache, String callId) {
        String prompt = switch (decision.action()) {
            case ANNOUNCEMENT -> decision.prompt();
            case CALLBACK_OFFER -> Prompts.CALLBACK;
            case VOICEMAIL -> Prompts.VOICEMAIL;
            case ROUTE_TO_CENTER, ROUTE_TO_NUMBER -> null;
        };
        String promptText = decision.action() == ActionType.ANNOUNCEMENT
                ? Prompts.germanText(decision.announcement(), decision.announcementText())
                : prompt == null ? null : Prompts.germanText(prompt);
        String targetNumber = decision.action() == ActionType.ROUTE_TO_NUMBER ? decision.target()
                : decision.targetNumber();
        return new DecisionResponse(decision.town(), decision.serviceArea(), decision.action(), decision.target(),
                targetNumber, decision.serviceCenter(), decision.announcement(), decision.announcementText(), prompt,
                promptText, decision.tag(), decision.rule(), decision.ruleName(), decision.explanation(), fromCache,
                decision.menuDefault(), callId);
    }
}
