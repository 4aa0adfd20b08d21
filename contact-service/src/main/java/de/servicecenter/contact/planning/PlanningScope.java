package de.servicecenter.contact.planning;

import java.util.Optional;
import java.util.Set;

/**
 * Whose phone calls a plan is made from: a center's, optionally only one town's or all but one town's, optionally
 * only some service areas.
 *
 * @param town        only this town's calls
 * @param withoutTown all but this town's calls (the center as it would be without a town it serves)
 * @param areas       only these areas; all when empty
 */
public record PlanningScope(String serviceCenter, Optional<String> town, Optional<String> withoutTown,
                            Set<String> areas) {

    public PlanningScope {
        areas = Set.copyOf(areas);
    }

    public static PlanningScope center(String serviceCenter) {
        return new PlanningScope(serviceCenter, Optional.empty(), Optional.empty(), Set.of());
    }

    public PlanningScope onlyTown(String only) {
        return new PlanningScope(serviceCenter, Optional.of(only), withoutTown, areas);
    }

    public PlanningScope withoutTown(String left) {
        return new PlanningScope(serviceCenter, town, Optional.of(left), areas);
    }

    public PlanningScope onlyAreas(Set<String> only) {
        return new PlanningScope(serviceCenter, town, withoutTown, only);
    }
}
