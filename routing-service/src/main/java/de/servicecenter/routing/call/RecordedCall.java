package de.servicecenter.routing.call;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call as it was decided: what the phone system asked and what it was told. */
@Schema(name = "RecordedCall")
public record RecordedCall(
        @Schema(description = "The phone system's call id (SIP Call-ID)", example = "4711-0815@pbx.castrop-rauxel.de")
        String callId,
        @Schema(description = "When it was decided, Europe/Berlin", example = "2026-11-23T10:00:00.123+01:00")
        OffsetDateTime decidedAt,
        @Schema(description = "The number dialled, E.164", example = "+4923051060") String dialledNumber,
        @Schema(nullable = true, description = "The key pressed", example = "1") String menuOption,
        @Schema(description = "The decision given") DecisionResponse decision) {
}
