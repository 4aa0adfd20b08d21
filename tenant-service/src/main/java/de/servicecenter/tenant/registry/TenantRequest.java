package de.servicecenter.tenant.registry;

import de.servicecenter.commons.validation.PhoneNumber;
import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a platform admin sends to register or replace a tenant.
 *
 * @param id             slug, unique and immutable; on update it must equal the path
 * @param name           official name, e.g. "Stadt Castrop-Rauxel"
 * @param kind           city, municipality or district
 * @param ags            Amtlicher Gemeindeschlüssel, 8 digits, starting with the state's 2-digit code
 * @param federalState   ISO 3166-2 code, e.g. DE-NW
 * @param centralNumbers the tenant's central phone numbers in E.164
 * @param status         ACTIVE when omitted
 * @param neighbourhoods the town's neighbourhoods as citizens name them; none when omitted
 */
@Schema(name = "TenantRequest", description = "A municipality or district to register or to replace")
public record TenantRequest(
        @NotNull @TenantSlug
        @Schema(required = true, example = "castrop-rauxel", description = "Slug id: lower case, digits, single dashes")
        String id,

        @NotBlank @Size(max = 200)
        @Schema(description = "The town's official name", required = true, example = "Stadt Castrop-Rauxel")
        String name,

        @NotNull
        @Schema(description = "City, municipality or district", required = true, example = "CITY")
        TenantKind kind,

        @NotNull
        @Pattern(regexp = "[0-9]{8}", message = "must be the 8-digit Amtlicher Gemeindeschlüssel, e.g. 05562004")
        @Schema(required = true, example = "05562004",
                description = "Amtlicher Gemeindeschlüssel (AGS): 8 digits, the first two name the federal state")
        String ags,

        @NotNull
        @Schema(required = true, implementation = String.class, example = "DE-NW",
                enumeration = {"DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI",
                        "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH"},
                description = "Federal state as ISO 3166-2 code; decides the public holidays")
        FederalState federalState,

        @NotNull @Size(max = 20)
        @Schema(required = true, example = "[\"+4923051060\"]", description = "Central numbers in E.164")
        List<@NotNull @PhoneNumber String> centralNumbers,

        @Schema(nullable = true, description = "ACTIVE, or INACTIVE when it has left the platform; ACTIVE when omitted",
                example = "ACTIVE", defaultValue = "ACTIVE")
        TenantStatus status,

        @Valid
        @Schema(nullable = true, description = "The town's postal address (its Rathaus); for portals and the "
                + "schema.org export")
        PostalAddress address,

        @Size(max = 200)
        @Schema(nullable = true, example = "[\"Habinghorst\", \"Ickern\", \"Henrichenburg\"]",
                description = "The town's neighbourhoods (Stadtteile, Ortsteile) as citizens name them, each once. "
                        + "The knowledge search recognises them in a query: \"Personalausweis Kirchhellen\" prefers "
                        + "the article naming Kirchhellen among those about the Personalausweis. None when omitted")
        List<@NotBlank @Size(max = 100) String> neighbourhoods) {

    TenantStatus effectiveStatus() {
        return status == null ? TenantStatus.ACTIVE : status;
    }

    /** The neighbourhoods as stored: stripped, none when omitted. */
    List<String> effectiveNeighbourhoods() {
        return neighbourhoods == null ? List.of() : neighbourhoods.stream().map(String::strip).toList();
    }
}
