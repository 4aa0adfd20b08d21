package de.servicecenter.tenant.registry;

/** What sort of local authority a tenant is. */
public enum TenantKind {
    /** A city (Stadt), including a kreisfreie Stadt such as Bochum. */
    CITY,
    /** A municipality (Gemeinde) without city rights. */
    MUNICIPALITY,
    /** A district (Kreis), e.g. Kreis Soest, which may run a center for its towns. */
    DISTRICT
}
