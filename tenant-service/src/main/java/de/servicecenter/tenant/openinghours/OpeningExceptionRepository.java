package de.servicecenter.tenant.openinghours;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OpeningExceptionRepository implements PanacheRepositoryBase<OpeningException, UUID> {

    public List<OpeningException> ofSchedule(UUID scheduleId) {
        return list("scheduleId", Sort.by("firstDay"), scheduleId);
    }
}
