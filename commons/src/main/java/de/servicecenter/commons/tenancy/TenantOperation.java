package de.servicecenter.commons.tenancy;

/** What a principal wants to do with a tenant's data. */
public enum TenantOperation {
    /** Read data; a host's agents and admins may, for a client under an active contract. */
    READ,
    /** Create or change data that a host also handles for a client (e.g. a contact it logged for the town). */
    WRITE,
    /** Change the tenant's own settings (its offices' opening hours, its local knowledge): never delegated. */
    MANAGE
}
