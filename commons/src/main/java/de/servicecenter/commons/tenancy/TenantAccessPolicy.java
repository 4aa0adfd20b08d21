package de.servicecenter.commons.tenancy;

import java.util.Objects;

/**
 * The one rule of tenant isolation, free of framework types so that it can be tested on its own.
 * Fails closed: no tenant claim, an unknown tenant, or any doubt means no access.
 */
public final class TenantAccessPolicy {

    private final TenantDirectory directory;
    private final Delegations delegations;

    public TenantAccessPolicy(TenantDirectory directory, Delegations delegations) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.delegations = Objects.requireNonNull(delegations, "delegations");
    }

    public AccessDecision decide(TenantPrincipal principal, AccessRequest request) {
        if (principal.tenantId().isEmpty()) {
            return AccessDecision.DENIED_NO_TENANT_CLAIM;
        }
        String ownTenant = principal.tenantId().get();
        if (!directory.isActiveTenant(ownTenant)) {
            return AccessDecision.DENIED_UNKNOWN_TENANT;
        }
        if (principal.isPlatformAdmin() || ownTenant.equals(request.tenantId())) {
            return AccessDecision.ALLOWED;
        }
        if (request.operation() != TenantOperation.MANAGE && delegations.permits(ownTenant, request.tenantId(), principal, request.serviceArea(), request.at())) {
            return AccessDecision.ALLOWED;
        }
        return AccessDecision.DENIED_NOT_VISIBLE;
    }
}
