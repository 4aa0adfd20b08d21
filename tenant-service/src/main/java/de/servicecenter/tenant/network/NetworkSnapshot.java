package de.servicecenter.tenant.network;

import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.tenant.registry.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole network at one moment, in memory and ready to answer: tenants, centers, contracts that delegate (active or terminated),
 * compiled schedules. Public "open now" answers, "who answers the phone", and tenant access within
 * tenant-service all read this instead of the database. Immutable; replaced as a whole after each change.
 *
 * @param generation the count of changes this snapshot includes (see {@link NetworkSnapshots})
 */
public record NetworkSnapshot(long generation, Instant builtAt, Map<String, TenantEntry> tenants,
                              Map<String, String> serviceAreaNames, Map<String, CenterEntry> centers,
                              List<DelegationGrant> contracts, Map<UUID, ScheduleEntry> schedules,
                              Map<String, UUID> officeScheduleIds, TenancySnapshot tenancy) {

    /** Key of {@code officeScheduleIds}: the tenant and the area, or the tenant alone for its general hours. */
    static String officeKey(String tenant, Optional<String> serviceArea) {
        return tenant + "/" + serviceArea.orElse("");
    }

    public record TenantEntry(String id, String name, boolean active, String federalState,
                              List<String> centralNumbers, Optional<PostalAddress> address) {
    }

    public record CenterEntry(String id, String hostTenant, String name, boolean active, List<String> phoneNumbers,
                              Optional<UUID> scheduleId) {
    }

    public record ScheduleEntry(UUID id, String tenant, Optional<String> serviceCenter, Optional<String> serviceArea,
                                String name, long version, Schedule schedule, ScheduleDefinition definition) {
    }

    /** Every schedule with its definition, and each tenant's state, for the services that compile them themselves. */
    public ScheduleCatalog scheduleCatalog() {
        List<PublishedSchedule> published = schedules.values().stream()
                .sorted(Comparator.comparing(ScheduleEntry::tenant).thenComparing(entry -> entry.id().toString()))
                .map(entry -> new PublishedSchedule(entry.tenant(), entry.serviceCenter().orElse(null),
                        entry.serviceArea().orElse(null), entry.name(), entry.definition()))
                .toList();
        Map<String, String> states = new HashMap<>();
        tenants.values().forEach(tenant -> states.put(tenant.id(), tenant.federalState()));
        return new ScheduleCatalog(published, states);
    }

    public Optional<TenantEntry> activeTenant(String id) {
        return Optional.ofNullable(tenants.get(id)).filter(TenantEntry::active);
    }

    /**
     * The contract under which a host answers the client's calls on {@code day}: for an area, the contract
     * covering it; without an area, only a contract that took over the whole switchboard.
     */
    public Optional<DelegationGrant> answeringContract(String client, Optional<String> serviceArea, LocalDate day) {
        return contracts.stream()
                .filter(grant -> grant.clientTenant().equals(client) && grant.isValidOn(day))
                .filter(grant -> serviceArea.isPresent() ? grant.covers(serviceArea) : grant.allServiceAreas())
                .filter(grant -> activeTenant(grant.hostTenant()).isPresent())
                .findFirst();
    }

    /** The office schedule for the area, else the tenant's general schedule. */
    public Optional<ScheduleEntry> officeSchedule(String tenant, Optional<String> serviceArea) {
        UUID id = serviceArea.map(area -> officeScheduleIds.get(officeKey(tenant, serviceArea))).orElse(null);
        if (id == null) {
            id = officeScheduleIds.get(officeKey(tenant, Optional.empty()));
        }
        return Optional.ofNullable(id).map(schedules::get);
    }

    public Optional<ScheduleEntry> schedule(UUID id) {
        return Optional.ofNullable(schedules.get(id));
    }
}
