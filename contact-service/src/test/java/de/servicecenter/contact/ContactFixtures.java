package de.servicecenter.contact;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.contact.reachability.ReachabilityService;
import de.servicecenter.tenancyclient.RemoteTenancy;
import de.servicecenter.testing.KeycloakTokens;
import de.servicecenter.testing.TenancyServer;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The demo network as tenant-service would report it, and a clean contact log. */
@ApplicationScoped
public class ContactFixtures {

    public static final Set<String> TOWNS = Set.of("bochum", "castrop-rauxel", "duisburg", "bottrop", "dinslaken",
            "kreis-soest", "stadt-soest");
    public static final Set<String> AREAS = Set.of("zentrale", "buergerbuero", "ordnungswesen", "auslaenderwesen",
            "standesamt", "kfz-zulassung", "steuern-abgaben", "soziales");
    public static final Map<String, String> CENTERS = Map.of("servicecenter-bochum", "bochum",
            "call-duisburg", "duisburg", "servicecenter-kreis-soest", "kreis-soest");

    /** Seed 000: Bochum answers Castrop-Rauxel's Bürgerbüro and Ordnungswesen calls, for 1.75 posts. */
    public static final DelegationGrant BOCHUM_CASTROP_RAUXEL = new DelegationGrant("c-bochum-castrop-rauxel", "bochum",
            "castrop-rauxel", "servicecenter-bochum", false, Set.of("buergerbuero", "ordnungswesen"),
            LocalDate.of(2015, 9, 1), Optional.empty(), CostModel.fteShare(new BigDecimal("1.75"), new BigDecimal("62000.00")));
    /** Seed 004: Call Duisburg answers Bottrop's whole switchboard, per call. */
    public static final DelegationGrant DUISBURG_BOTTROP = new DelegationGrant("c-duisburg-bottrop", "duisburg",
            "bottrop", "call-duisburg", true, Set.of(), LocalDate.of(2012, 9, 1), Optional.empty(),
            CostModel.perCall(new BigDecimal("2.85")));
    public static final DelegationGrant DUISBURG_DINSLAKEN = new DelegationGrant("c-duisburg-dinslaken", "duisburg",
            "dinslaken", "call-duisburg", true, Set.of(), LocalDate.of(2014, 1, 1), Optional.empty(),
            CostModel.flatFee(new BigDecimal("8500.00")));

    public static final String PHONE_SYSTEM_SECRET = "phone-system-secret";

    private final RemoteTenancy tenancy;
    private final DataSource database;
    private final ReachabilityService reachability;

    ContactFixtures(RemoteTenancy tenancy, DataSource database, ReachabilityService reachability) {
        this.tenancy = tenancy;
        this.database = database;
        this.reachability = reachability;
    }

    /** The platform's phone system (no tenant claim: it reports for every center). */
    public static String phoneSystem() {
        return KeycloakTokens.serviceAccount("phone-system", PHONE_SYSTEM_SECRET);
    }

    /** The demo contracts, an empty contact log, no issued statements. */
    public void reset() {
        contracts(List.of(BOCHUM_CASTROP_RAUXEL, DUISBURG_BOTTROP, DUISBURG_DINSLAKEN));
        execute("DELETE FROM contact; DELETE FROM issued_statement"); // the service's roles may not truncate
        reachability.recount(); // figures counted before are no longer true
    }

    /** tenant-service now reports these contracts (with the seven towns, the area catalog and the centers). */
    public void contracts(List<DelegationGrant> grants) {
        TenancyServer.serve(new TenancySnapshot(TOWNS, grants, AREAS, CENTERS));
        tenancy.refreshNow();
    }

    public long count(String whereClause) {
        return countIn("contact", whereClause);
    }

    public long countIn(String table, String whereClause) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + whereClause)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long contacts() {
        return count("true");
    }

    public void execute(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
