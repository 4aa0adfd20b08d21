package de.servicecenter.openinghours.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code opens}-{@code closes} as {@code HH:mm}, on one day. */
@Schema(name = "OpeningInterval", description = "Open from opens to closes (HH:mm, Europe/Berlin) on one day")
public record IntervalDefinition(
        @Schema(required = true, example = "08:00", description = "Opening time (HH:mm)") String opens,
        @Schema(required = true, example = "19:30", description = "Closing time (HH:mm; up to 24:00)") String closes) {
}
