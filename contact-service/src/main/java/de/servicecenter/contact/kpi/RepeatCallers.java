package de.servicecenter.contact.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How often citizens had to call again: the check on first-contact resolution that agents' own outcome codes cannot
 * give. Counted from the callers' keyed hashes, so only for calls within the hash retention period (90 days).
 */
@Schema(name = "RepeatCallers", description = "Phone calls whose caller had called the same town within the "
        + "previous withinDays days")
public record RepeatCallers(
        @Schema(example = "bottrop") String town,
        @Schema(description = "First day, Europe/Berlin", example = "2026-11-01") LocalDate from,
        @Schema(description = "Last day, inclusive", example = "2026-11-20") LocalDate to,
        @Schema(description = "A call repeats when the same caller called within this many days before", example = "7")
        int withinDays,
        @Schema(example = "2114", description = "Calls whose caller's number was known") long callsWithKnownCaller,
        @Schema(example = "203", description = "Of those, calls by a caller who had called within withinDays before")
        long repeatCalls,
        @Schema(nullable = true, example = "0.0960",
                description = "repeatCalls / callsWithKnownCaller; null without calls")
        BigDecimal repeatRate) {
}
