package de.servicecenter.tenant.network;

import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.tenant.center.CenterStatus;
import de.servicecenter.tenant.center.ServiceCenter;
import de.servicecenter.tenant.center.ServiceCenterRepository;
import de.servicecenter.tenant.contract.Contract;
import de.servicecenter.tenant.contract.ContractRepository;
import de.servicecenter.tenant.network.NetworkSnapshot.CenterEntry;
import de.servicecenter.tenant.network.NetworkSnapshot.ScheduleEntry;
import de.servicecenter.tenant.network.NetworkSnapshot.TenantEntry;
import de.servicecenter.tenant.openinghours.OpeningException;
import de.servicecenter.tenant.openinghours.OpeningExceptionRepository;
import de.servicecenter.tenant.openinghours.OpeningSchedule;
import de.servicecenter.tenant.openinghours.OpeningScheduleRepository;
import de.servicecenter.tenant.openinghours.ScheduleDocuments;
import de.servicecenter.tenant.registry.Tenant;
import de.servicecenter.tenant.registry.TenantRepository;
import de.servicecenter.tenant.registry.TenantStatus;
import de.servicecenter.tenant.servicearea.ServiceArea;
import de.servicecenter.tenant.servicearea.ServiceAreaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the whole network from the database in one transaction and compiles every schedule. */
@ApplicationScoped
class NetworkLoader {

    private final TenantRepository tenants;
    private final ServiceAreaRepository areas;
    private final ServiceCenterRepository centers;
    private final ContractRepository contracts;
    private final OpeningScheduleRepository schedules;
    private final OpeningExceptionRepository exceptions;
    private final ScheduleDocuments documents;
    private final Clock clock;

    NetworkLoader(TenantRepository tenants, ServiceAreaRepository areas, ServiceCenterRepository centers,
                  ContractRepository contracts, OpeningScheduleRepository schedules,
                  OpeningExceptionRepository exceptions, ScheduleDocuments documents,
                  Clock clock) {
        this.clock = clock;
        this.tenants = tenants;
        this.areas = areas;
        this.centers = centers;
        this.contracts = contracts;
        this.schedules = schedules;
        this.exceptions = exceptions;
        this.documents = documents;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    NetworkSnapshot load(long generation) {
        List<Tenant> registered = tenants.listAll();
        Map<String, TenantEntry> tenantEntries = new HashMap<>();
        for (Tenant tenant : registered) {
            tenantEntries.put(tenant.id(), new TenantEntry(tenant.id(), tenant.name(),
                    tenant.status() == TenantStatus.ACTIVE, tenant.federalState().isoCode(), tenant.centralNumbers(),
                    tenant.address()));
        }
        Map<String, String> areaNames = areas.listAll().stream()
                .collect(Collectors.toMap(ServiceArea::code, ServiceArea::name));

        Map<String, List<OpeningException>> exceptionsBySchedule = exceptions.listAll().stream()
                .collect(Collectors.groupingBy(exception -> exception.scheduleId().toString()));
        Map<UUID, ScheduleEntry> scheduleEntries = new HashMap<>();
        Map<String, UUID> officeIds = new HashMap<>();
        Map<String, UUID> centerScheduleIds = new HashMap<>();
        for (OpeningSchedule schedule : schedules.listAll()) {
            List<OpeningException> own = exceptionsBySchedule.getOrDefault(schedule.id().toString(), List.of());
            ScheduleDefinition definition = documents.definitionOf(schedule, own);
            scheduleEntries.put(schedule.id(), new ScheduleEntry(schedule.id(), schedule.tenantId(),
                    schedule.serviceCenterId(), schedule.serviceAreaCode(), schedule.name(), schedule.version(),
                    documents.compileStored(definition), definition));
            schedule.serviceCenterId().ifPresentOrElse(
                    center -> centerScheduleIds.put(center, schedule.id()),
                    () -> officeIds.put(NetworkSnapshot.officeKey(schedule.tenantId(), schedule.serviceAreaCode()),
                            schedule.id()));
        }

        Map<String, CenterEntry> centerEntries = new HashMap<>();
        for (ServiceCenter center : centers.listAll()) {
            centerEntries.put(center.id(), new CenterEntry(center.id(), center.hostTenantId(), center.name(),
                    center.status() == CenterStatus.ACTIVE, center.phoneNumbers(),
                    Optional.ofNullable(centerScheduleIds.get(center.id()))));
        }

        List<DelegationGrant> grants = contracts.inForceOrEnded().stream()
                .map(NetworkLoader::grant)
                .toList();
        Set<String> active = tenantEntries.values().stream().filter(TenantEntry::active).map(TenantEntry::id)
                .collect(Collectors.toSet());
        Map<String, String> centerHosts = centerEntries.values().stream()
                .collect(Collectors.toMap(CenterEntry::id, CenterEntry::hostTenant));
        Map<String, List<String>> neighbourhoods = registered.stream()
                .filter(tenant -> active.contains(tenant.id()) && !tenant.neighbourhoods().isEmpty())
                .collect(Collectors.toMap(Tenant::id, Tenant::neighbourhoods));
        var tenancy = new TenancySnapshot(active, grants, areaNames.keySet(), centerHosts, neighbourhoods);
        return new NetworkSnapshot(generation, clock.instant(), Map.copyOf(tenantEntries), Map.copyOf(areaNames),
                Map.copyOf(centerEntries), grants, Map.copyOf(scheduleEntries), Map.copyOf(officeIds), tenancy);
    }

    private static DelegationGrant grant(Contract contract) {
        return new DelegationGrant(contract.id().toString(), contract.hostTenantId(),
                contract.clientTenantId(), contract.serviceCenterId(), contract.allServiceAreas(),
                contract.serviceAreas(), contract.validFrom(), contract.validUntil(), contract.costModel());
    }
}
