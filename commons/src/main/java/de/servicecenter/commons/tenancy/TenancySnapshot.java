package de.servicecenter.commons.tenancy;

import de.servicecenter.openinghours.BerlinTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything tenant access needs to know, at one moment: the active tenants, the delegations of all
 * contracts in force, ahead or ended, the codes of the service-area catalog, and which tenant runs each service
 * center. tenant-service builds it from its tables; the other services fetch it from tenant-service and keep the
 * last good copy (see {@code CachedTenancy}).
 *
 * @param serviceCenters the host tenant of each service center, by center id
 * @param neighbourhoods the neighbourhoods (Stadtteile) of each active town that named them, by town; the knowledge
 *                       search recognises them in queries
 */
public record TenancySnapshot(
        @Schema(description = "The towns active on the platform", example = "[\"bochum\", \"castrop-rauxel\"]")
        Set<String> activeTenants,
        @Schema(description = "The delegations of all contracts in force, ahead or ended") List<DelegationGrant> grants,
        @Schema(description = "The codes of the service-area catalog", example = "[\"buergerbuero\"]")
        Set<String> serviceAreas,
        @Schema(description = "The host town of each service center, by center id",
                example = "{\"servicecenter-bochum\": \"bochum\"}")
        Map<String, String> serviceCenters,
        @Schema(description = "The neighbourhoods (Stadtteile, Ortsteile) of each town that named them, by town",
                example = "{\"bottrop\": [\"Kirchhellen\", \"Grafenwald\"]}")
        Map<String, List<String>> neighbourhoods) {

    public static final TenancySnapshot EMPTY = new TenancySnapshot(Set.of(), List.of(), Set.of(), Map.of());

    public TenancySnapshot {
        activeTenants = Set.copyOf(activeTenants);
        grants = List.copyOf(grants);
        serviceAreas = serviceAreas == null ? Set.of() : Set.copyOf(serviceAreas);
        serviceCenters = serviceCenters == null ? Map.of() : Map.copyOf(serviceCenters);
        // absent in copies kept by services of an earlier version
        neighbourhoods = neighbourhoods == null ? Map.of() : Map.copyOf(neighbourhoods);
    }

    /** A network whose towns named no neighbourhoods. */
    public TenancySnapshot(Set<String> activeTenants, List<DelegationGrant> grants, Set<String> serviceAreas,
                           Map<String, String> serviceCenters) {
        this(activeTenants, grants, serviceAreas, serviceCenters, Map.of());
    }

    /** The neighbourhoods {@code town} named; none for an unknown town. */
    public List<String> neighbourhoodsOf(String town) {
        return neighbourhoods.getOrDefault(town, List.of());
    }

    /**
     * Why {@code serviceCenter} may answer {@code town}'s contact about {@code serviceArea} on {@code day}: the
     * town runs the center itself, or a contract in force names this center and covers the area. Empty when it
     * may not (unknown center, inactive tenant, no such contract). With overlapping contracts, the one that
     * started last wins, so that the answer does not depend on the order contracts were listed.
     */
    public Optional<ServingRight> servingRight(String serviceCenter, String town, String serviceArea, LocalDate day) {
        String host = serviceCenters.get(serviceCenter);
        if (host == null || !isActiveTenant(host) || !isActiveTenant(town)) {
            return Optional.empty();
        }
        if (host.equals(town)) {
            return Optional.of(new ServingRight(serviceCenter, host, Optional.empty()));
        }
        return servingGrants(serviceCenter, town, serviceArea).stream()
                .filter(grant -> grant.isValidOn(day))
                .max(Comparator.comparing(DelegationGrant::validFrom))
                .map(grant -> new ServingRight(serviceCenter, host, Optional.of(grant)));
    }

    /**
     * The contracts, on whatever days, under which {@code serviceCenter} answers {@code town}'s contacts about
     * {@code serviceArea}: the center's host is the contract's host, the town its client, the area covered. None
     * when either tenant is inactive or the town is the center's own (which needs no contract).
     */
    public List<DelegationGrant> servingGrants(String serviceCenter, String town, String serviceArea) {
        String host = serviceCenters.get(serviceCenter);
        if (host == null || host.equals(town) || !isActiveTenant(host) || !isActiveTenant(town)) {
            return List.of();
        }
        Optional<String> area = Optional.of(serviceArea);
        return grants.stream()
                .filter(grant -> grant.serviceCenter().equals(serviceCenter) && grant.clientTenant().equals(town)
                        && grant.hostTenant().equals(host) && grant.covers(area))
                .toList();
    }

    public Optional<DelegationGrant> grant(String contractId) {
        return grants.stream().filter(grant -> grant.contractId().equals(contractId)).findFirst();
    }

    /** The contracts under which some host serves {@code client} on {@code day}, with both tenants active. */
    public List<DelegationGrant> grantsServing(String client, LocalDate day) {
        return grants.stream()
                .filter(grant -> grant.clientTenant().equals(client) && grant.isValidOn(day)
                        && isActiveTenant(grant.hostTenant()) && isActiveTenant(client))
                .toList();
    }

    /**
     * Whether contracts in force on {@code day} delegate every one of {@code areas} of {@code client} to {@code host};
     * no areas stands for every area, which only a contract for the whole switchboard covers. Both tenants must be
     * active.
     */
    public boolean delegatesAll(String host, String client, Collection<String> areas, LocalDate day) {
        if (!isActiveTenant(host) || !isActiveTenant(client)) {
            return false;
        }
        List<DelegationGrant> inForce = grants.stream()
                .filter(grant -> grant.hostTenant().equals(host) && grant.clientTenant().equals(client)
                        && grant.isValidOn(day))
                .toList();
        if (inForce.stream().anyMatch(DelegationGrant::allServiceAreas)) {
            return true;
        }
        return !areas.isEmpty() && areas.stream().allMatch(area ->
                inForce.stream().anyMatch(grant -> grant.covers(Optional.of(area))));
    }

    public boolean isActiveTenant(String tenantId) {
        return activeTenants.contains(tenantId);
    }

    /**
     * A host's agents and host admins act for a client exactly where a contract covers the area on the day;
     * other roles of the host (and every role of anyone else) never do. Both tenants must be active.
     */
    public boolean permits(String actingTenant, String targetTenant, TenantPrincipal principal,
                           Optional<String> serviceArea, Instant at) {
        if (!(principal.hasRole(Roles.AGENT) || principal.hasRole(Roles.HOST_ADMIN))
                || !isActiveTenant(actingTenant) || !isActiveTenant(targetTenant)) {
            return false;
        }
        LocalDate day = BerlinTime.dateOf(at); // contract days are Berlin days
        for (DelegationGrant grant : grants) {
            if (grant.hostTenant().equals(actingTenant) && grant.clientTenant().equals(targetTenant)
                    && grant.isValidOn(day) && grant.covers(serviceArea)) {
                return true;
            }
        }
        return false;
    }
}
