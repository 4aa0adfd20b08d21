package de.servicecenter.contact.kpi;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KpiReport", description = "KPIs of a town or a center for a period of Berlin days")
public record KpiReport(
        @Schema(example = "bottrop", description = "The town, when asked per town") String town,
        @Schema(example = "call-duisburg", description = "The center, when asked per center (or given as filter)")
        String serviceCenter,
        @Schema(example = "2026-10-01", description = "First day, Europe/Berlin") LocalDate from,
        @Schema(example = "2026-10-31", description = "Last day, inclusive") LocalDate to,
        @Schema(example = "DAY", description = "How groups split the period; absent for the total only") Grouping groupBy,
        @Schema(example = "5") int shortAbandonSeconds,
        KpiFigures total,
        List<KpiFigures> groups) {
}
