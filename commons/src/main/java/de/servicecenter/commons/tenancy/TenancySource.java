package de.servicecenter.commons.tenancy;

/**
 * The whole tenancy snapshot, for code that needs more than yes/no answers: which hosts serve a town for
 * which areas (search scoping), which service areas exist (validation).
 */
public interface TenancySource {

    /** The snapshot to decide with; 503 problem when none is known yet. */
    TenancySnapshot snapshot();

    /**
     * The snapshot again after it refused something — fetched anew first unless the copy is only seconds old — so
     * that a center opened or a contract activated a moment ago counts at once. The same object when nothing newer
     * was fetched.
     */
    default TenancySnapshot recheck() {
        return snapshot();
    }
}
