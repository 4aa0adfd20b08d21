package de.servicecenter.commons.tenancy;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as far as tenancy is concerned: the verified token's subject, its {@code tenant}
 * claim (the municipality the principal belongs to) and its realm roles.
 *
 * @param subject  the token subject, for audit trails
 * @param tenantId the tenant slug from the {@code tenant} claim; empty when the token carries none
 * @param roles    realm roles, see {@link Roles}
 */
public record TenantPrincipal(String subject, Optional<String> tenantId, Set<String> roles) {

    public TenantPrincipal {
        tenantId = tenantId.filter(id -> !id.isBlank());
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return hasRole(Roles.PLATFORM_ADMIN);
    }
}
