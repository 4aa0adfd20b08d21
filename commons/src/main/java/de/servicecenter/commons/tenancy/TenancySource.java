package de.servicecenter.commons.tenancy;

import java.util.function.Predicate;

/**
 * The whole tenancy snapshot, for code that needs more than yes/no answers: which hosts serve a town for
 * which areas (search scoping), which service areas exist (validation).
 */
public interface TenancySource {

    /** The snapshot to decide with; 503 problem when none is known yet. */
    TenancySnapshot snapshot();

    /**
     * Like {@link #snapshot()}, but when it lacks what {@code knows} asks for — a center, a contract — a copy that
     * is not brand-new is fetched again first, so that what was set up a moment ago counts at once.
     */
    default TenancySnapshot snapshotKnowing(Predicate<TenancySnapshot> knows) {
        return snapshot();
    }
}
