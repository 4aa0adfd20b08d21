package de.servicecenter.tenant.contract;

import de.servicecenter.openinghours.DayRange;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** What decides whether two contracts for one client may both be in force: their days and their areas. */
record ContractTerms(UUID id, String hostTenantId, LocalDate validFrom, Optional<LocalDate> validUntil,
                     boolean allServiceAreas, Set<String> serviceAreas) {

    /** True when both contracts share at least one day. */
    boolean overlapsInTime(ContractTerms other) {
        return term().overlaps(other.term());
    }

    DayRange term() {
        return new DayRange(validFrom, validUntil);
    }

    /** The service areas both contracts cover; "*" stands for all when both cover every area. */
    Set<String> sharedAreas(ContractTerms other) {
        if (allServiceAreas && other.allServiceAreas) {
            return Set.of("*");
        }
        if (allServiceAreas) {
            return new TreeSet<>(other.serviceAreas);
        }
        if (other.allServiceAreas) {
            return new TreeSet<>(serviceAreas);
        }
        Set<String> shared = new TreeSet<>(serviceAreas);
        shared.retainAll(other.serviceAreas);
        return shared;
    }
}
