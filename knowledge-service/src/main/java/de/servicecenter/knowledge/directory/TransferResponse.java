package de.servicecenter.knowledge.directory;

import de.servicecenter.knowledge.directory.Directory.Route;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Put through to whom?": the number to dial now, whom it reaches, who is responsible by the town's rules, and why
 * — for the agent's screen, and for a PBX or CTI that transfers the call itself.
 */
@Schema(name = "Transfer", description = "Whom to put a caller through to now, and why")
public record TransferResponse(
        @Schema(example = "castrop-rauxel") String town,
        @Schema(description = "RESPONSIBLE: the one responsible answers now; SUBSTITUTE: it is absent and its "
                + "substitute answers; CENTRAL_NUMBER: no one responsible answers now", example = "SUBSTITUTE")
        Route route,
        @Schema(description = "The number to dial now (E.164): the target's, else the town's central number",
                example = "+492305106341")
        String dial,
        @Schema(nullable = true, description = "Whom the number reaches; null when it is the central number")
        TargetView putThroughTo,
        @Schema(nullable = true, description = "Who is responsible by the town's rules, reachable now or not; null "
                + "when no one is (or the criteria asked for are missing)")
        TargetView responsible,
        @Schema(description = "The town's central number (Zentralrufnummer)", example = "+4923051060")
        String centralNumber,
        @Schema(description = "Why, step by step", example = "[\"'Geburten, Namen L–Z' is absent until 2026-11-28T00:00:00Z; "
                + "'Geburten, Namen A–K' stands in\"]")
        List<String> reasons,
        @Schema(description = "What the caller could still say that would find the one responsible: surname, "
                + "postalCode, street", example = "[\"surname\"]")
        List<String> askFor,
        @Schema(nullable = true, description = "When the responsible one's unit answers again, if it is closed now",
                example = "2026-06-05T08:00:00+02:00")
        OffsetDateTime reachableFrom) {

    /** An organisation unit, or a contact point within it. */
    @Schema(name = "TransferTarget", description = "An organisation unit, or a contact point within it")
    public record TargetView(
            @Schema(example = "standesamt", description = "The unit's id") String unit,
            @Schema(example = "Standesamt", description = "The unit's name") String unitName,
            @Schema(example = "AMT", description = "FACHBEREICH, AMT, ABTEILUNG or SACHGEBIET") String unitKind,
            @Schema(nullable = true, example = "standesamt-a-k", description = "The contact point's id, if one")
            String contactPoint,
            @Schema(nullable = true, example = "Geburten, Namen A–K", description = "What the contact point does")
            String function,
            @Schema(nullable = true, description = "Only where the town shows the name to you", example = "Frau Beispiel")
            String personName,
            @Schema(nullable = true, example = "+492305106341", description = "The number to dial (E.164)")
            String phone,
            @Schema(nullable = true, example = "geburten@castrop-rauxel.de", description = "E-mail, for a handoff")
            String mail,
            @Schema(nullable = true, example = "Rathaus, Zimmer 104", description = "Where it is") String room) {
    }
}
