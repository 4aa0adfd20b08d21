package de.servicecenter.knowledge.article;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A town's general information — how to book an appointment at the Bürgerbüro, when the town hall is open, where to
 * park — is filed under the service area {@value #AREA} (the town hall's switchboard). Every call for the town may
 * need it, whatever the call is about: a host serving the town under any contract reads the town's local articles of
 * this area, even where the contract names other areas only.
 */
public final class GeneralInformation {

    /** The service area of the catalog for a town's general matters. */
    public static final String AREA = "zentrale";

    private GeneralInformation() {
    }

    public static boolean isGeneral(String serviceArea) {
        return AREA.equals(serviceArea);
    }

    /** A contract's areas with the general area added; empty (all areas) stays empty. */
    public static Optional<Set<String>> withGeneral(Optional<Set<String>> contractAreas) {
        return contractAreas.map(areas -> {
            Set<String> widened = new HashSet<>(areas);
            widened.add(AREA);
            return Set.copyOf(widened);
        });
    }
}
