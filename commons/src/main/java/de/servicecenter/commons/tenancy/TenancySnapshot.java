package de.servicecenter.commons.tenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything tenant access needs to know, at one moment: the active tenants, the delegations of all
 * contracts in force or ahead, and the codes of the service-area catalog. tenant-service builds it from its
 * tables; the other services fetch it from tenant-service and keep the last good copy (see {@code CachedTenancy}).
 */
public record TenancySnapshot(Set<String> activeTenants, List<DelegationGrant> grants, Set<String> serviceAreas)
        implements TenantDirectory, Delegations {

    /** Contract days are local days of the German municipalities. */
    public static final ZoneId CONTRACT_ZONE = ZoneId.of("Europe/Berlin");

    public static final TenancySnapshot EMPTY = new TenancySnapshot(Set.of(), List.of(), Set.of());

    public TenancySnapshot {
        activeTenants = Set.copyOf(activeTenants);
        grants = List.copyOf(grants);
        serviceAreas = serviceAreas == null ? Set.of() : Set.copyOf(serviceAreas);
    }

    /** The contracts under which some host serves {@code client} on {@code day}, with both tenants active. */
    public List<DelegationGrant> grantsServing(String client, LocalDate day) {
        return grants.stream()
                .filter(grant -> grant.clientTenant().equals(client) && grant.isValidOn(day)
                        && isActiveTenant(grant.hostTenant()) && isActiveTenant(client))
                .toList();
    }

    @Override
    public boolean isActiveTenant(String tenantId) {
        return activeTenants.contains(tenantId);
    }

    /**
     * A host's agents and host admins act for a client exactly where a contract covers the area on the day;
     * other roles of the host (and every role of anyone else) never do. Both tenants must be active.
     */
    @Override
    public boolean permits(String actingTenant, String targetTenant, TenantPrincipal principal,
                           Optional<String> serviceArea, Instant at) {
        if (!(principal.hasRole(Roles.AGENT) || principal.hasRole(Roles.HOST_ADMIN))
                || !isActiveTenant(actingTenant) || !isActiveTenant(targetTenant)) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(at, CONTRACT_ZONE);
        for (DelegationGrant grant : grants) {
            if (grant.hostTenant().equals(actingTenant) && grant.clientTenant().equals(targetTenant)
                    && grant.isValidOn(day) && grant.covers(serviceArea)) {
                return true;
            }
        }
        return false;
    }
}
