package de.servicecenter.routing.call;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A queue wait report as routing-service holds it. */
@Schema(name = "QueueWait")
public record QueueWaitResponse(
        @Schema(example = "servicecenter-bochum") String serviceCenter,
        @Schema(nullable = true, example = "buergerbuero", description = "Null: the center's queue for all areas")
        String serviceArea,
        @Schema(description = "The wait reported, seconds", example = "200") int waitSeconds,
        @Schema(description = "When the ACD measured it, Europe/Berlin", example = "2026-11-23T09:59:55+01:00")
        OffsetDateTime measuredAt,
        @Schema(example = "2026-11-23T10:00:55+01:00", description = "From then on the report no longer counts")
        OffsetDateTime expiresAt) {
}
