package de.servicecenter.commons.tenancy;

/**
 * The one port tenancy comes through: the snapshot of tenants, contracts, centers and areas to decide with.
 * tenant-service answers from its own tables; the other services from the copy they keep of tenant-service's
 * (see {@link CachedTenancy}). Without an implementation the snapshot is empty and every check fails closed.
 */
public interface TenancySource {

    /** The snapshot to decide with; 503 problem when none is known yet. */
    TenancySnapshot snapshot();

    /**
     * The snapshot again after it refused something — fetched anew first unless the copy is only seconds old — so
     * that a tenant registered, a center opened or a contract activated a moment ago counts at once. The same object
     * when nothing newer was fetched.
     */
    default TenancySnapshot recheck() {
        return snapshot();
    }

    /**
     * Writes must not rest on a stale copy: a contract may have ended meanwhile.
     *
     * @throws de.servicecenter.commons.problem.DependencyUnavailableProblem when the copy is too old for it
     */
    default void requireFreshFor(TenantOperation operation) {
    }
}
