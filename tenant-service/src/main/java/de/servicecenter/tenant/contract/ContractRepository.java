package de.servicecenter.tenant.contract;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    private static final List<ContractStatus> DELEGATING = Arrays.stream(ContractStatus.values())
            .filter(ContractStatus::delegates).toList();

    /** Contracts that delegate (active or terminated), for the network snapshot. */
    public List<Contract> inForceOrEnded() {
        return list("status in ?1", Sort.by("validFrom").and("id"), DELEGATING);
    }

    /**
     * The terms of every contract delegating {@code clientTenantId}'s calls, whichever host holds it — through a
     * function owned by the tables' owner, since row-level security shows a host only its own contracts, while an
     * activation must see every contract the new one may overlap.
     */
    @SuppressWarnings("unchecked")
    List<ContractTerms> delegatingForClient(String clientTenantId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT id, host_tenant_id, valid_from, valid_until, all_service_areas, service_areas
                  FROM contracts_delegating_for(?1)""").setParameter(1, clientTenantId).getResultList();
        return rows.stream().map(row -> new ContractTerms((UUID) row[0], (String) row[1], toDate(row[2]),
                Optional.ofNullable(row[3]).map(ContractRepository::toDate), (Boolean) row[4],
                Set.of((String[]) row[5]))).toList();
    }

    /** Activations for one client, one at a time: a transaction-scoped advisory lock, visible across all hosts. */
    void lockActivationsFor(String clientTenantId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "contract-activation:" + clientTenantId).getSingleResult();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
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
