package de.servicecenter.tenant.center;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceCenter", description = "A service center run by a host tenant")
public record ServiceCenterResponse(
        @Schema(example = "servicecenter-bochum") String id,
        @Schema(example = "bochum") String hostTenant,
        @Schema(example = "ServiceCenter Bochum") String name,
        @Schema(example = "[\"+492349100\"]") List<String> phoneNumbers,
        @Schema(example = "ACTIVE") CenterStatus status,
        @Schema(example = "2026-11-21T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-21T09:00:00Z") Instant updatedAt) {

    static ServiceCenterResponse of(ServiceCenter center) {
        return new ServiceCenterResponse(center.id(), center.hostTenantId(), center.name(), center.phoneNumbers(),
                center.status(), center.createdAt(), center.updatedAt());
    }
}
