package de.servicecenter.contact.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which contacts a count includes and how. Exactly one of town and center scopes it (both: the town's contacts
 * at that center); {@code onlyCenters} narrows a town's contacts to the centers of a host that reads them under
 * a contract.
 *
 * @param start first instant included
 * @param end   first instant no longer included
 */
public record KpiQuery(Optional<String> town, Optional<String> serviceCenter, Optional<Set<String>> onlyCenters,
                       Instant start, Instant end, Optional<Grouping> groupBy, Optional<String> serviceArea,
                       Optional<String> channel, List<Integer> serviceLevelSeconds, int shortAbandonSeconds) {
}
