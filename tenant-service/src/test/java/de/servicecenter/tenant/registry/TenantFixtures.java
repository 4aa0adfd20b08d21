package de.servicecenter.tenant.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Puts the test database (tenant_test, owned by the tests) into a known state: the demo towns, nothing else. */
@ApplicationScoped
public class TenantFixtures {

    static final TenantRequest BOCHUM = new TenantRequest("bochum", "Stadt Bochum", TenantKind.CITY, "05911000",
            FederalState.NW, List.of("+492349100"), TenantStatus.ACTIVE);
    static final TenantRequest CASTROP_RAUXEL = new TenantRequest("castrop-rauxel", "Stadt Castrop-Rauxel",
            TenantKind.CITY, "05562004", FederalState.NW, List.of("+4923051060"), TenantStatus.ACTIVE);
    static final TenantRequest BOTTROP = new TenantRequest("bottrop", "Stadt Bottrop", TenantKind.CITY, "05512000",
            FederalState.NW, List.of("+4920417030"), TenantStatus.ACTIVE);

    private final TenantRepository tenants;
    private final TenantService service;

    TenantFixtures(TenantRepository tenants, TenantService service) {
        this.tenants = tenants;
        this.service = service;
    }

    @Transactional
    public void reset() {
        tenants.deleteAll();
        tenants.flush();
        service.register(BOCHUM);
        service.register(CASTROP_RAUXEL);
        service.register(BOTTROP);
    }

    public long count() {
        return tenants.count();
    }
}
