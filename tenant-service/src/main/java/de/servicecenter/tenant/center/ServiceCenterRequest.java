package de.servicecenter.tenant.center;

import de.servicecenter.commons.validation.PhoneNumber;
import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service center to open or to replace.
 *
 * @param hostTown the tenant running it; must be the caller's own (platform admins: any)
 */
@Schema(name = "ServiceCenterRequest", description = "A service center run by a host town")
public record ServiceCenterRequest(
        @NotNull @TenantSlug
        @Schema(required = true, example = "servicecenter-bochum", description = "Slug id, unique and immutable")
        String id,

        @NotNull @TenantSlug
        @Schema(required = true, example = "bochum", description = "The host town running the center")
        String hostTown,

        @NotBlank @Size(max = 200)
        @Schema(description = "The center's name", required = true, example = "ServiceCenter Bochum")
        String name,

        @NotNull @Size(max = 20)
        @Schema(required = true, example = "[\"+492349100\"]", description = "Numbers the center answers, E.164")
        List<@NotNull @PhoneNumber String> phoneNumbers,

        @Schema(nullable = true, description = "ACTIVE, or INACTIVE when out of operation; ACTIVE when omitted", example = "ACTIVE", defaultValue = "ACTIVE")
        CenterStatus status) {
}
