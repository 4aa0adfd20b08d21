package de.servicecenter.commons.tenancy;

import java.time.Instant;
import java.util.Optional;

/**
 * Contract-based delegation: may a principal of {@code actingTenant} (a host) act for {@code targetTenant}
 * (its client)? Plugged in by the contract map of tenant-service; without an implementation there is no
 * delegation at all.
 */
public interface Delegations {

    /**
     * @param actingTenant the principal's own tenant (the host)
     * @param targetTenant the tenant whose data is touched (the client)
     * @param principal    the principal, whose roles decide whether it may act under a contract at all
     * @param serviceArea  the service area concerned; empty when the operation is not about one area
     * @param at           the instant the contract must be active at
     */
    boolean permits(String actingTenant, String targetTenant, TenantPrincipal principal,
                    Optional<String> serviceArea, Instant at);
}
