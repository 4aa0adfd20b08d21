package de.servicecenter.commons.tenancy;

/** Whose data an operation works on: the "on which tenant" of its {@link Access} declaration. */
public enum AccessSubject {
    /** Portals, without login: public data of any active town. */
    PUBLIC,
    /** No tenant's data: the roles alone decide (the service-area catalog, the registry, the phone system's calls). */
    NONE,
    /** The tenant the request names (a path or query parameter, or a body field); delegation unless MANAGE. */
    NAMED_TENANT,
    /** The caller's own tenant, or the one the optional parameter names. */
    OWN_OR_NAMED_TENANT,
    /** The tenant owning the object the request names; delegation unless MANAGE. */
    OWNER_OF_OBJECT,
    /**
     * Shared knowledge: the owner's data, which also the towns it serves under contract read (for the object's
     * area).
     */
    OWNER_OR_TOWNS_IT_SERVES,
    /** Both parties of the object (a contract's host and client, a contact's serving host and town): never delegated. */
    PARTY_OF_OBJECT,
    /** The object's host party (a contract's, a center's); the client party may read it but not act. */
    HOST_OF_OBJECT,
    /** The object's client party only — its own signature: platform admins do not act for it. */
    CLIENT_OF_OBJECT;

    /** Whether the service names the object or body tenant (the check then runs in the service, not before it). */
    public boolean checkedByService() {
        return this != PUBLIC && this != NONE && this != OWN_OR_NAMED_TENANT && this != NAMED_TENANT;
    }
}
