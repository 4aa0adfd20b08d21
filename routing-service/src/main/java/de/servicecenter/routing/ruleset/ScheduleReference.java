package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.validation.TenantSlug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A schedule kept in tenant-service: a service center's phone hours, or a town's office hours (for an area, else
 * its general hours). Give either serviceCenter, or town with an optional serviceArea.
 */
@Schema(name = "ScheduleReference", description = "A center's hours, or a town's office hours (of an area)")
public record ScheduleReference(
        @TenantSlug @Schema(nullable = true, example = "servicecenter-bochum",
                description = "A center's phone hours; or, with town (and serviceArea), an office's hours")
        String serviceCenter,
        @TenantSlug @Schema(nullable = true, example = "castrop-rauxel") String town,
        @TenantSlug @Schema(nullable = true, example = "buergerbuero") String serviceArea) {

    public static ScheduleReference ofCenter(String serviceCenter) {
        return new ScheduleReference(serviceCenter, null, null);
    }

    public static ScheduleReference ofOffice(String town, String serviceArea) {
        return new ScheduleReference(null, town, serviceArea);
    }

    @Override
    public String toString() {
        return serviceCenter != null ? "hours of " + serviceCenter
                : "office hours of " + town + (serviceArea == null ? "" : " (" + serviceArea + ")");
    }
}
