package de.servicecenter.commons.tenancy;

/**
 * The one rule of tenant isolation, free of framework types so that it can be tested on its own, decided on one
 * snapshot. Fails closed: no tenant claim, an unknown tenant, or any doubt means no access.
 */
public final class TenantAccessPolicy {

    private TenantAccessPolicy() {
    }

    public static AccessDecision decide(TenancySnapshot snapshot, TenantPrincipal principal, AccessRequest request) {
        if (principal.hasRole(Roles.PHONE_SYSTEM)) {
            // The platform's telephone system reports for every town; its roles let it call only its few operations.
            return AccessDecision.ALLOWED;
        }
        if (principal.tenantId().isEmpty()) {
            return AccessDecision.DENIED_NO_TENANT_CLAIM;
        }
        String ownTenant = principal.tenantId().get();
        if (!snapshot.isActiveTenant(ownTenant)) {
            return AccessDecision.DENIED_UNKNOWN_TENANT;
        }
        if (principal.isPlatformAdmin() || ownTenant.equals(request.tenantId())) {
            return AccessDecision.ALLOWED;
        }
        if (request.operation() != TenantOperation.MANAGE
                && snapshot.permits(ownTenant, request.tenantId(), principal, request.serviceArea(), request.at())) {
            return AccessDecision.ALLOWED;
        }
        return AccessDecision.DENIED_NOT_VISIBLE;
    }
}
