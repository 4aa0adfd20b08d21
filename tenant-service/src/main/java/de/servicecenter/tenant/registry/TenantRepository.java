package de.servicecenter.tenant.registry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class TenantRepository implements PanacheRepositoryBase<Tenant, String> {

    PanacheQuery<Tenant> search(Optional<FederalState> state, Optional<TenantKind> kind) {
        Parameters parameters = new Parameters();
        StringBuilder query = new StringBuilder("1 = 1");
        state.ifPresent(value -> {
            query.append(" and federalState = :state");
            parameters.and("state", value);
        });
        kind.ifPresent(value -> {
            query.append(" and kind = :kind");
            parameters.and("kind", value);
        });
        return find(query.toString(), Sort.by("id"), parameters);
    }

    Optional<Tenant> findByAgs(String ags) {
        return find("ags", ags).firstResultOptional();
    }

    /** The tenant that owns a central number, if any. */
    Optional<String> ownerOfNumber(String phoneNumber) {
        return getEntityManager()
                .createQuery("select t.id from Tenant t join t.centralNumbers n where n = :number", String.class)
                .setParameter("number", phoneNumber)
                .getResultStream()
                .findFirst();
    }
}
