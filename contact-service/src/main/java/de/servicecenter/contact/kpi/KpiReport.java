package de.servicecenter.contact.kpi;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KpiReport", description = "KPIs of a town or a center for a period of Berlin days")
public record KpiReport(
        @Schema(nullable = true, example = "bottrop", description = "The town, when asked per town") String town,
        @Schema(nullable = true, example = "call-duisburg",
                description = "The center, when asked per center (or given as filter)")
        String serviceCenter,
        @Schema(example = "2026-10-01", description = "First day, Europe/Berlin") LocalDate from,
        @Schema(example = "2026-10-31", description = "Last day, inclusive") LocalDate to,
        @Schema(nullable = true, example = "DAY", description = "How groups split the period; null for the total only")
        Grouping groupBy,
        @Schema(description = "Calls abandoned within this many seconds count as short abandons", example = "5")
        int shortAbandonSeconds,
        @Schema(description = "The whole period") KpiFigures total,
        @Schema(description = "One entry per group, in order; empty without groupBy") List<KpiFigures> groups,
        @Schema(description = "The handoffs of the period (the whole period only): the promise kept, and the "
                + "resolution rate with their answers") HandoffFigures handoffs) {
}
