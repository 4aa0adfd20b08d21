package de.servicecenter.tenant.registry;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered tenant as the API shows it. */
@Schema(name = "Tenant", description = "A municipality or district on the platform")
public record TenantResponse(
        @Schema(example = "castrop-rauxel") String id,
        @Schema(example = "Stadt Castrop-Rauxel") String name,
        @Schema(example = "CITY") TenantKind kind,
        @Schema(example = "05562004") String ags,
        @Schema(implementation = String.class, example = "DE-NW") FederalState federalState,
        @Schema(example = "[\"+4923051060\"]") List<String> centralNumbers,
        @Schema(example = "ACTIVE") TenantStatus status,
        @Schema(example = "2026-11-21T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-21T09:00:00Z") Instant updatedAt) {

    static TenantResponse of(Tenant tenant) {
        return new TenantResponse(tenant.id(), tenant.name(), tenant.kind(), tenant.ags(), tenant.federalState(),
                tenant.centralNumbers(), tenant.status(), tenant.createdAt(), tenant.updatedAt());
    }
}
