package de.servicecenter.tenant.servicearea;

import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalog entry to add or replace. */
@Schema(name = "ServiceAreaRequest", description = "A service area of the catalog")
public record ServiceAreaRequest(
        @NotNull @TenantSlug
        @Schema(required = true, example = "buergerbuero", description = "Slug code: lower case, digits, single dashes")
        String code,

        @NotBlank @Size(max = 200)
        @Schema(description = "The area's name, shown to citizens", required = true, example = "Bürgerbüro")
        String name,

        @Size(max = 1000)
        @Schema(nullable = true, description = "What the area answers for", example = "Identity cards, passports, registration of residence, certificates")
        String description,

        @Size(max = 500)
        @Schema(example = "[\"99102013000000\"]",
                description = "Keys of the Leistungskatalog (LeiKa, 14 digits) of the services this area answers for")
        Set<@NotNull @Pattern(regexp = "[0-9]{14}", message = "must be a 14-digit LeiKa key") String> leikaKeys) {
}
