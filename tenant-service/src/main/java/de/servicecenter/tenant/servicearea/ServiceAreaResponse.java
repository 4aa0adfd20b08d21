package de.servicecenter.tenant.servicearea;

import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceArea", description = "A service area of the catalog, e.g. Bürgerbüro or Standesamt")
public record ServiceAreaResponse(
        @Schema(description = "The area's code: lower case, digits, single dashes", example = "buergerbuero")
        String code,
        @Schema(description = "The area's name, shown to citizens", example = "Bürgerbüro") String name,
        @Schema(nullable = true, description = "What the area answers for",
                example = "Identity cards, passports, registration of residence, certificates")
        String description,
        @Schema(example = "[]") Set<String> leikaKeys) {

    static ServiceAreaResponse of(ServiceArea area) {
        return new ServiceAreaResponse(area.code(), area.name(), area.description(), new TreeSet<>(area.leikaKeys()));
    }
}
