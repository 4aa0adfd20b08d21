package de.servicecenter.routing.call;

import de.servicecenter.routing.decision.Decision;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "Where the call goes, tagged with the caller's town, and why")
public record DecisionResponse(
        @Schema(example = "castrop-rauxel") String town,
        @Schema(example = "buergerbuero") String serviceArea,
        @Schema(example = "ROUTE_TO_CENTER") ActionType action,
        @Schema(example = "sip:castrop-rauxel@servicecenter.bochum.de") String target,
        @Schema(example = "servicecenter-bochum") String serviceCenter,
        @Schema(example = "HOLIDAY") AnnouncementKind announcement,
        @Schema(example = "Fronleichnam") String announcementText,
        Decision.CallTag tag,
        @Schema(example = "4") int rule,
        @Schema(example = "Bürgerbüro und Ordnungswesen nach Bochum") String ruleName,
        @Schema(example = "Key 1: buergerbuero. Rule 4 \"Bürgerbüro und Ordnungswesen nach Bochum\" fired (area "
                + "buergerbuero or ordnungswesen, inside the hours of servicecenter-bochum): to servicecenter-bochum "
                + "(sip:castrop-rauxel@servicecenter.bochum.de).") String explanation,
        @Schema(example = "false", description = "True when PostgreSQL or tenant-service could not be reached at the "
                + "last rebuild, so the rules, contracts or schedules are the last good ones") boolean fromCache) {

    static DecisionResponse of(Decision decision, boolean fromCache) {
        return new DecisionResponse(decision.town(), decision.serviceArea(), decision.action(), decision.target(),
                decision.serviceCenter(), decision.announcement(), decision.announcementText(), decision.tag(),
                decision.rule(), decision.ruleName(), decision.explanation(), fromCache);
    }
}
