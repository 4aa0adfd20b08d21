package de.servicecenter.tenant.servicearea;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@ApplicationScoped
public class ServiceAreaRepository implements PanacheRepositoryBase<ServiceArea, String> {

    List<ServiceArea> listByCode() {
        return listAll(Sort.by("code"));
    }

    /** The codes among {@code codes} that are not in the catalog. */
    public Set<String> unknown(Collection<String> codes) {
        Set<String> known = list("code in ?1", codes).stream().map(ServiceArea::code).collect(Collectors.toSet());
        return codes.stream().filter(code -> !known.contains(code)).collect(Collectors.toCollection(TreeSet::new));
    }
}
