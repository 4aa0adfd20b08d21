package de.servicecenter.openinghours.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A schedule as tenant-service hands it to the platform's other services, which compile it themselves: whose it
 * is (a service center's phone hours, or a town's office hours, for one area or in general) and its definition.
 *
 * @param serviceCenter the center whose hours these are; null for a town's office
 * @param serviceArea   for an office, the area these hours are for; null for the town's general hours
 */
@Schema(name = "PublishedSchedule")
public record PublishedSchedule(
        @Schema(example = "bochum", description = "The owning tenant (for a center: its host)") String tenant,
        @Schema(nullable = true, example = "servicecenter-bochum",
                description = "The center whose phone hours these are; null for a town's office hours")
        String serviceCenter,
        @Schema(nullable = true, example = "buergerbuero",
                description = "The service area the office hours are for; null for the whole town")
        String serviceArea,
        @Schema(example = "ServiceCenter Bochum", description = "The schedule's name") String name,
        @Schema(description = "The hours themselves") ScheduleDefinition definition) {
}
