package de.servicecenter.tenant.registry;

/** Whether a tenant takes part in the network. Inactive tenants keep their history but their users lose access. */
public enum TenantStatus {
    ACTIVE,
    INACTIVE
}
