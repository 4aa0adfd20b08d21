package de.servicecenter.contact.reachability;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A town's telephone reachability, as a portal shows it next to the opening hours. Aggregates only. */
@Schema(name = "Reachability", description = "How well a town's citizens reached someone by phone: today so far and "
        + "in the last 60 minutes. Counts and shares only; calls that hung up within the first seconds are left out.")
public record Reachability(
        @Schema(example = "bottrop") String town,
        @Schema(example = "2026-11-23T10:15:00+01:00", description = "When the figures were taken (Europe/Berlin)")
        OffsetDateTime at,
        @Schema(example = "30", description = "The service-level threshold: the 115 promise is 75 % within 30 s")
        int serviceLevelSeconds,
        @Schema(description = "Since midnight, Berlin time") Window today,
        @Schema(description = "The last 60 minutes") Window lastHour) {

    @Schema(name = "ReachabilityWindow")
    public record Window(
            @Schema(description = "Where the window starts", example = "2026-11-23T00:00:00+01:00") OffsetDateTime from,
            @Schema(example = "412", description = "Calls answered or abandoned") long calls,
            @Schema(nullable = true, example = "0.9320", description = "Share of calls answered; null without calls")
            BigDecimal answeredShare,
            @Schema(nullable = true, example = "0.7810",
                    description = "Share answered within serviceLevelSeconds; null without calls")
            BigDecimal serviceLevel,
            @Schema(nullable = true, example = "19.4",
                    description = "Average wait until answered, seconds; null without answered calls")
            BigDecimal averageWaitSeconds) {
    }
}
