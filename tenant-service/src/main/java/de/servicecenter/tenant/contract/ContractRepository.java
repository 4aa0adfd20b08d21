package de.servicecenter.tenant.contract;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    private static final List<ContractStatus> DELEGATING = Arrays.stream(ContractStatus.values())
            .filter(ContractStatus::delegates).toList();

    /** Contracts that delegate (active or terminated), for the network snapshot. */
    public List<Contract> inForceOrEnded() {
        return list("status in ?1", Sort.by("validFrom").and("id"), DELEGATING);
    }

    List<Contract> delegatingForClient(String clientTenantId) {
        return list("clientTenantId = ?1 and status in ?2", clientTenantId, DELEGATING);
    }

    /** Contracts where {@code tenantId} is host or client, or all when {@code tenantId} is null. */
    List<Contract> ofParty(String tenantId, ContractStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (tenantId != null) {
            query.append(" and (hostTenantId = :tenant or clientTenantId = :tenant)");
            parameters.and("tenant", tenantId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return list(query.toString(), Sort.by("validFrom").and("id"), parameters);
    }
}
