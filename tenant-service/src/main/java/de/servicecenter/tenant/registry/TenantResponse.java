package de.servicecenter.tenant.registry;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered tenant as the API shows it. */
@Schema(name = "Tenant", description = "A municipality or district on the platform")
public record TenantResponse(
        @Schema(description = "The town's id (slug)", example = "castrop-rauxel") String id,
        @Schema(description = "The town's official name", example = "Stadt Castrop-Rauxel") String name,
        @Schema(description = "City, municipality or district", example = "CITY") TenantKind kind,
        @Schema(description = "Amtlicher Gemeindeschlüssel (AGS): 8 digits, the first two name the federal state",
                example = "05562004")
        String ags,
        @Schema(description = "Federal state as ISO 3166-2 code; decides the public holidays",
                implementation = String.class, example = "DE-NW")
        FederalState federalState,
        @Schema(description = "The town's central phone numbers, E.164", example = "[\"+4923051060\"]")
        List<String> centralNumbers,
        @Schema(description = "ACTIVE, or INACTIVE when it has left the platform", example = "ACTIVE")
        TenantStatus status,
        @Schema(description = "The town's neighbourhoods (Stadtteile, Ortsteile) as citizens name them",
                example = "[\"Habinghorst\", \"Ickern\", \"Henrichenburg\"]")
        List<String> neighbourhoods,
        @Schema(nullable = true, description = "The town's postal address (its Rathaus); null until given")
        PostalAddress address,
        @Schema(example = "2026-11-21T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-21T09:00:00Z") Instant updatedAt) {

    static TenantResponse of(Tenant tenant) {
        return new TenantResponse(tenant.id(), tenant.name(), tenant.kind(), tenant.ags(), tenant.federalState(),
                tenant.centralNumbers(), tenant.status(), tenant.neighbourhoods(), tenant.address().orElse(null),
                tenant.createdAt(), tenant.updatedAt());
    }
}
