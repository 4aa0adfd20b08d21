package de.servicecenter.testing.matrix;

import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The documented authorization model (docs/architecture.md, "Who may do what"), written out once more on its own
 * as the matrix's oracle: what a principal may do on whose data, given the network's contracts. It deliberately
 * shares no code with the services' TenantAccess, so that a mistake there shows up as a disagreement here.
 */
final class DeclaredModel {

    private static final String PLATFORM_ADMIN = "platform-admin";
    private static final String PHONE_SYSTEM = "phone-system";

    private final TenancySnapshot network;
    private final LocalDate today;

    DeclaredModel(TenancySnapshot network, LocalDate today) {
        this.network = network;
        this.today = today;
    }

    /** The caller's tenant when the platform knows it. */
    Optional<String> activeTenant(MatrixPrincipal principal) {
        return principal.tenant().filter(network.activeTenants()::contains);
    }

    boolean platformWide(MatrixPrincipal principal) {
        return principal.hasRole(PHONE_SYSTEM) || activeTenant(principal).isPresent() && principal.hasRole(PLATFORM_ADMIN);
    }

    /** READ, WRITE or MANAGE on a tenant's data, for an area (empty: any area a contract covers). */
    boolean onTenant(MatrixPrincipal principal, String tenant, String operation, Optional<String> area) {
        if (principal.hasRole(PHONE_SYSTEM)) {
            return true;
        }
        Optional<String> own = activeTenant(principal);
        if (own.isEmpty()) {
            return false;
        }
        if (principal.hasRole(PLATFORM_ADMIN) || own.get().equals(tenant)) {
            return true;
        }
        return !operation.equals("MANAGE") && (principal.hasRole("agent") || principal.hasRole("host-admin"))
                && network.activeTenants().contains(tenant)
                && network.grants().stream().anyMatch(grant -> grant.hostTenant().equals(own.get())
                && grant.clientTenant().equals(tenant) && inForce(grant) && covers(grant, area));
    }

    /** The declared operation on an object, by its subject. */
    boolean onObject(MatrixPrincipal principal, String subject, String operation, Probe target) {
        String owner = target.tenant.orElseThrow();
        Optional<String> own = activeTenant(principal);
        return switch (subject) {
            case "OWNER_OF_OBJECT" -> onTenant(principal, owner, operation, target.area);
            case "OWNER_OR_TOWNS_IT_SERVES" -> onTenant(principal, owner, operation, target.area)
                    || operation.equals("READ") && target.shared && own.isPresent() && served(own.get(), owner, target.area);
            case "PARTY_OF_OBJECT" -> platformWide(principal)
                    || own.isPresent() && (own.get().equals(owner) || target.client.equals(own));
            case "HOST_OF_OBJECT" -> platformWide(principal) || own.filter(owner::equals).isPresent();
            case "CLIENT_OF_OBJECT" -> own.isPresent() && target.client.equals(own);
            default -> throw new IllegalArgumentException(subject);
        };
    }

    /** Those who read an object that only some may change. */
    static String readersOf(String subject) {
        return switch (subject) {
            case "HOST_OF_OBJECT", "CLIENT_OF_OBJECT", "PARTY_OF_OBJECT" -> "PARTY_OF_OBJECT";
            default -> "OWNER_OR_TOWNS_IT_SERVES";
        };
    }

    /** Tenants whose names may appear in what the principal reads: its own and its contract partners'. */
    Set<String> visibleTenants(MatrixPrincipal principal) {
        Set<String> visible = new TreeSet<>();
        if (platformWide(principal) || principal.hasRole("platform-service")) {
            // the platform's own services read the whole network to decide on their own
            visible.addAll(network.activeTenants());
            return visible;
        }
        activeTenant(principal).ifPresent(own -> {
            visible.add(own);
            network.grants().forEach(grant -> {
                if (grant.hostTenant().equals(own)) {
                    visible.add(grant.clientTenant());
                }
                if (grant.clientTenant().equals(own)) {
                    visible.add(grant.hostTenant());
                }
            });
        });
        return visible;
    }

    Set<String> allTenants() {
        return network.activeTenants();
    }

    private boolean served(String town, String host, Optional<String> area) {
        return network.grants().stream().anyMatch(grant -> grant.clientTenant().equals(town)
                && grant.hostTenant().equals(host) && inForce(grant) && covers(grant, area));
    }

    private boolean inForce(DelegationGrant grant) {
        return !today.isBefore(grant.validFrom()) && grant.validUntil().map(until -> !today.isAfter(until)).orElse(true);
    }

    private static boolean covers(DelegationGrant grant, Optional<String> area) {
        return grant.allServiceAreas() || area.map(grant.serviceAreas()::contains).orElse(!grant.serviceAreas().isEmpty());
    }
}
