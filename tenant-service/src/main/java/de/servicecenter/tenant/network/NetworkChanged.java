package de.servicecenter.tenant.network;

/**
 * Fired by every write to tenants, service areas, centers, contracts or schedules, so that the
 * {@link NetworkSnapshots} in memory follow as soon as the transaction commits.
 */
public enum NetworkChanged {
    INSTANCE
}
