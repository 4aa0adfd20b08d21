package de.servicecenter.commons.tenancy;

/** The answer of {@link TenantAccessPolicy}, with the reason, so that callers map it to the right status. */
public enum AccessDecision {
    /** The principal acts on its own tenant, as platform admin, or under an active contract. */
    ALLOWED(true),
    /** The token carries no {@code tenant} claim: nobody can say whose data this principal may see. */
    DENIED_NO_TENANT_CLAIM(false),
    /** The token's tenant is not a known, active tenant of the platform. */
    DENIED_UNKNOWN_TENANT(false),
    /** The principal is fine, but the target tenant's data is not theirs to see; answered as 404. */
    DENIED_NOT_VISIBLE(false);

    private final boolean allowed;

    AccessDecision(boolean allowed) {
        this.allowed = allowed;
    }

    public boolean allowed() {
        return allowed;
    }
}
