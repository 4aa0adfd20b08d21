package de.servicecenter.routing.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an entry point's calls go while the phone system cannot ask routing-service: what a SIP proxy keeps for an
 * outage or a restart.
 *
 * @param target       a SIP URI or an E.164 number; null when the town's rules name no target for all times
 * @param targetNumber for a SIP URI, the same queue's E.164 number when the rule names it
 * @param rule         the position of the rule it was taken from; 0 when the entry point names it itself
 */
@Schema(name = "EntryPointFallback", description = "Where an entry point's calls go while routing-service cannot be asked")
public record Fallback(
        @Schema(description = "The number citizens dial, E.164", example = "+4923051060") String number,
        @Schema(example = "castrop-rauxel") String town,
        @Schema(description = "The entry point's name, for people", example = "Rathaus Castrop-Rauxel, Zentrale") String name,
        @Schema(nullable = true, description = "A SIP URI or an E.164 number; null when the town's rules name no "
                + "target for all times", example = "+492305106100") String target,
        @Schema(nullable = true, description = "For a SIP URI, the same queue's E.164 number when its rule names one",
                example = "null") String targetNumber,
        @Schema(description = "The rule it was taken from; 0 when the entry point names it", example = "6") int rule) {
}
