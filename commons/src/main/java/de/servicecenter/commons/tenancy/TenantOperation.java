package de.servicecenter.commons.tenancy;

/** What a principal wants to do with a tenant's data. */
public enum TenantOperation {
    READ,
    WRITE
}
