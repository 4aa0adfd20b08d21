package de.servicecenter.commons.tenancy;

/**
 * Knows which tenants exist. tenant-service answers from its registry; the other services from
 * tenant-service through a cached REST client. Without any implementation every tenant is unknown,
 * so access fails closed.
 */
public interface TenantDirectory {

    /** True when {@code tenantId} is a registered, active tenant. */
    boolean isActiveTenant(String tenantId);
}
