package de.servicecenter.commons.tenancy;

/**
 * Where tenancy comes from a cached copy (the services other than tenant-service): reads may go on with the
 * last good copy, but a write must not rest on a copy older than a bound, since a contract may have ended in
 * the meantime. Without an implementation (tenant-service decides from its own tables) every copy is fresh.
 */
public interface TenancyFreshness {

    /** @throws de.servicecenter.commons.problem.DependencyUnavailableProblem when the copy is too old for it */
    void requireFreshFor(TenantOperation operation);
}
