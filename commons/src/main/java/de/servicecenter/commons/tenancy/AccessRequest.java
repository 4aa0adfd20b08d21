package de.servicecenter.commons.tenancy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * "May the principal do {@code operation} on {@code tenantId}'s data (for {@code serviceArea}) at {@code at}?"
 * Service area and instant matter for delegation: a host acts for a client only for the areas and the
 * period of an active contract.
 */
public record AccessRequest(String tenantId, TenantOperation operation, Optional<String> serviceArea, Instant at) {

    public AccessRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(serviceArea, "serviceArea");
        Objects.requireNonNull(at, "at");
    }

    public static AccessRequest of(String tenantId, TenantOperation operation, Instant at) {
        return new AccessRequest(tenantId, operation, Optional.empty(), at);
    }
}
