package de.servicecenter.tenant.registry;

import de.servicecenter.tenant.network.NetworkSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Puts the test database (tenant_test, owned by the tests) into a known state: the demo towns, nothing else. */
@ApplicationScoped
public class TenantFixtures {

    static final TenantRequest BOCHUM = new TenantRequest("bochum", "Stadt Bochum", TenantKind.CITY, "05911000",
            FederalState.NW, List.of("+492349100"), TenantStatus.ACTIVE,
            new PostalAddress("Willy-Brandt-Platz 2-6", "44777", "Bochum"),
            List.of("Wattenscheid", "Langendreer", "Querenburg"));
    static final TenantRequest CASTROP_RAUXEL = new TenantRequest("castrop-rauxel", "Stadt Castrop-Rauxel",
            TenantKind.CITY, "05562004", FederalState.NW, List.of("+4923051060"), TenantStatus.ACTIVE,
            new PostalAddress("Europaplatz 1", "44575", "Castrop-Rauxel"),
            List.of("Habinghorst", "Ickern", "Henrichenburg"));
    static final TenantRequest BOTTROP = new TenantRequest("bottrop", "Stadt Bottrop", TenantKind.CITY, "05512000",
            FederalState.NW, List.of("+4920417030"), TenantStatus.ACTIVE,
            new PostalAddress("Ernst-Wilczok-Platz 1", "46236", "Bottrop"),
            List.of("Kirchhellen", "Grafenwald", "Feldhausen"));

    static final TenantRequest DUISBURG = new TenantRequest("duisburg", "Stadt Duisburg", TenantKind.CITY, "05112000",
            FederalState.NW, List.of("+492032830"), TenantStatus.ACTIVE,
            new PostalAddress("Burgplatz 19", "47051", "Duisburg"),
            List.of("Hamborn", "Marxloh", "Meiderich"));
    static final TenantRequest DINSLAKEN = new TenantRequest("dinslaken", "Stadt Dinslaken", TenantKind.CITY,
            "05170008", FederalState.NW, List.of("+4920646600"), TenantStatus.ACTIVE,
            new PostalAddress("Platz d'Agen 1", "46535", "Dinslaken"),
            List.of("Hiesfeld", "Lohberg", "Eppinghoven"));
    static final TenantRequest KREIS_SOEST = new TenantRequest("kreis-soest", "Kreis Soest", TenantKind.DISTRICT,
            "05974000", FederalState.NW, List.of("+492921300"), TenantStatus.ACTIVE,
            new PostalAddress("Hoher Weg 1-3", "59494", "Soest"),
            List.of());
    static final TenantRequest STADT_SOEST = new TenantRequest("stadt-soest", "Stadt Soest", TenantKind.CITY,
            "05974040", FederalState.NW, List.of("+4929211030"), TenantStatus.ACTIVE,
            new PostalAddress("Am Vreithof 8", "59494", "Soest"),
            List.of("Ampen", "Deiringsen", "Hiddingsen"));

    private final TenantRepository tenants;
    private final TenantService service;
    private final NetworkSnapshots snapshots;

    TenantFixtures(TenantRepository tenants, TenantService service, NetworkSnapshots snapshots) {
        this.tenants = tenants;
        this.service = service;
        this.snapshots = snapshots;
    }

    /** Bochum, Castrop-Rauxel and Bottrop; no centers, contracts or schedules. */
    @Transactional
    public void reset() {
        clear();
        service.register(BOCHUM);
        service.register(CASTROP_RAUXEL);
        service.register(BOTTROP);
    }

    /** No tenant at all, as on a new installation. */
    @Transactional
    public void empty() {
        clear();
    }

    /** All seven towns of the seeds; no centers, contracts or schedules yet. */
    @Transactional
    public void resetNetwork() {
        reset();
        service.register(DUISBURG);
        service.register(DINSLAKEN);
        service.register(KREIS_SOEST);
        service.register(STADT_SOEST);
    }

    /** Empties every table that hangs off tenants (centers, contracts, schedules); the area catalog stays. */
    private void clear() {
        // DELETE rather than TRUNCATE: the service's roles may not truncate (only the tables' owner may).
        for (String table : new String[] {"opening_exception", "opening_schedule", "contract_event",
                "contract_service_area", "contract", "service_center_phone_number", "service_center",
                "tenant_central_number", "tenant_neighbourhood", "tenant"}) {
            tenants.getEntityManager().createNativeQuery("DELETE FROM " + table).executeUpdate();
        }
        snapshots.invalidate();
    }

    public long count() {
        return tenants.count();
    }
}
