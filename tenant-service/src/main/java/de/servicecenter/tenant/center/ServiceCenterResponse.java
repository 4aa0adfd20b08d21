package de.servicecenter.tenant.center;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceCenter", description = "A service center run by a host town")
public record ServiceCenterResponse(
        @Schema(description = "The center's id", example = "servicecenter-bochum") String id,
        @Schema(description = "The host town running the center", example = "bochum") String hostTown,
        @Schema(description = "The center's name", example = "ServiceCenter Bochum") String name,
        @Schema(description = "Numbers the center answers, E.164", example = "[\"+492349100\"]")
        List<String> phoneNumbers,
        @Schema(description = "ACTIVE, or INACTIVE when out of operation", example = "ACTIVE") CenterStatus status,
        @Schema(example = "2026-11-21T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-21T09:00:00Z") Instant updatedAt) {

    static ServiceCenterResponse of(ServiceCenter center) {
        return new ServiceCenterResponse(center.id(), center.hostTenantId(), center.name(), center.phoneNumbers(),
                center.status(), center.createdAt(), center.updatedAt());
    }
}
