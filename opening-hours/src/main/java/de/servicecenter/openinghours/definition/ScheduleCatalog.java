package de.servicecenter.openinghours.definition;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every schedule of the network and each tenant's federal state (whose public holidays apply to it), as
 * routing-service needs them to decide calls on its own.
 *
 * @param federalStates ISO 3166-2 code of each tenant's state, e.g. {@code DE-NW}
 */
@Schema(name = "ScheduleCatalog")
public record ScheduleCatalog(
        @Schema(description = "Every published schedule of the network") List<PublishedSchedule> schedules,
        @Schema(description = "Each town's federal state (ISO 3166-2), whose holidays apply to its schedules",
                example = "{\"castrop-rauxel\": \"DE-NW\"}")
        Map<String, String> federalStates) {

    public ScheduleCatalog {
        schedules = List.copyOf(schedules);
        federalStates = Map.copyOf(federalStates);
    }
}
