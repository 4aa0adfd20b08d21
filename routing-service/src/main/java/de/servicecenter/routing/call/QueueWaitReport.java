package de.servicecenter.routing.call;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import de.servicecenter.commons.input.BerlinDateTime;
import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a host's ACD reports about one of its queues. */
@Schema(name = "QueueWaitReport", description = "The current wait in a center's queue, as its ACD measured it")
public record QueueWaitReport(
        @TenantSlug @Schema(nullable = true, example = "buergerbuero", description = "The area whose queue; omitted "
                + "for the center's one queue for all areas. An area's own report counts before the center's")
        String serviceArea,
        @NotNull @PositiveOrZero @Max(86_400)
        @Schema(required = true, example = "200", description = "How long the caller who waits longest has waited, "
                + "or the ACD's estimate for a new caller, seconds")
        Integer waitSeconds,
        @NotNull @JsonDeserialize(using = BerlinDateTime.class)
        @Schema(required = true, example = "2026-11-23T09:59:55+01:00", description = "When the ACD measured it")
        OffsetDateTime measuredAt,
        @Positive @Max(600)
        @Schema(nullable = true, example = "60", description = "For how long after measuredAt it holds, seconds; 60 "
                + "when omitted. Report again before it runs out: a queue nobody reports on has no wait")
        Integer validForSeconds) {

    static final int DEFAULT_VALID_FOR_SECONDS = 60;

    int validForOrDefault() {
        return validForSeconds == null ? DEFAULT_VALID_FOR_SECONDS : validForSeconds;
    }
}
