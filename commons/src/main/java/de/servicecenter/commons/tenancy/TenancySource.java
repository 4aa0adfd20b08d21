package de.servicecenter.commons.tenancy;

/**
 * The whole tenancy snapshot, for code that needs more than yes/no answers: which hosts serve a town for
 * which areas (search scoping), which service areas exist (validation).
 */
public interface TenancySource {

    /** The snapshot to decide with; 503 problem when none is known yet. */
    TenancySnapshot snapshot();
}
