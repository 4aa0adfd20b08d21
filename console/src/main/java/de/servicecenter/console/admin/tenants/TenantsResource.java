package de.servicecenter.console.admin.tenants;

import de.servicecenter.console.admin.AdminResource;
import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.TenantApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Towns and service centers: a platform admin sees the whole network, everyone else their own town and, as a host,
 * its centers — whatever tenant-service answers for the signed-in user.
 */
@Path("/admin/tenants")
@RolesAllowed({SignedInUser.HOST_ADMIN, SignedInUser.CITY_ADMIN, SignedInUser.PLATFORM_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class TenantsResource {

    private static final String SERVICE = "tenant-service";
    static final Map<String, String> KINDS = Map.of("CITY", "Stadt", "DISTRICT", "Kreis", "MUNICIPALITY", "Gemeinde");
    static final Map<String, String> STATES = Map.of("ACTIVE", "aktiv", "INACTIVE", "ruhend");

    public record TownRow(String id, String name, String kind, String ags, String state, String numbers,
                          String address, String status) {
    }

    public record CenterRow(String id, String name, String numbers, String status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tenants(SignedInUser user, String section, List<TownRow> towns,
                                               List<CenterRow> centers, long totalTowns);
    }

    @Inject
    SignedInUser user;

    @RestClient
    TenantApi tenants;

    @GET
    public TemplateInstance tenants() {
        List<TenantApi.Town> towns;
        long total;
        if (user.isPlatformAdmin()) {
            TenantApi.TownPage page = Answers.required(SERVICE, () -> tenants.towns(0, 100));
            towns = page.items();
            total = page.totalItems();
        } else {
            towns = user.tenant().map(own -> List.of(Answers.required(SERVICE, () -> tenants.town(own))))
                    .orElse(List.of());
            total = towns.size();
        }
        List<CenterRow> centers = user.isHostAdmin() || user.isPlatformAdmin()
                ? Answers.required(SERVICE, () -> tenants.serviceCenters()).stream().map(center -> new CenterRow(center.id(),
                        center.name(), String.join(", ", Optional.ofNullable(center.phoneNumbers()).orElse(List.of())),
                        STATES.getOrDefault(center.status(), center.status()))).toList()
                : List.of();
        return Templates.tenants(user, AdminResource.SECTION, towns.stream().map(TenantsResource::row).toList(),
                centers, total);
    }

    private static TownRow row(TenantApi.Town town) {
        TenantApi.Address address = town.address();
        return new TownRow(town.id(), town.name(), KINDS.getOrDefault(town.kind(), town.kind()), town.ags(),
                town.federalState(), String.join(", ", Optional.ofNullable(town.centralNumbers()).orElse(List.of())),
                address == null ? "" : address.streetAddress() + ", " + address.postalCode() + " " + address.locality(),
                STATES.getOrDefault(town.status(), town.status()));
    }
}
