package de.servicecenter.tenant.contract;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.AccessDecision;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.tenant.center.ServiceCenter;
import de.servicecenter.tenant.center.ServiceCenterService;
import de.servicecenter.tenant.network.NetworkChanged;
import de.servicecenter.tenant.registry.TenantRepository;
import de.servicecenter.tenant.servicearea.ServiceAreaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Contracts between a host and a client: drafted and revised by the host's admins, activated (when no other
 * contract already covers the client for an area on any of the days), terminated with history kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContractService {

    private final ContractRepository contracts;
    private final TenantRepository tenants;
    private final ServiceAreaRepository areas;
    private final ServiceCenterService centers;
    private final TenantAccess access;
    private final Event<NetworkChanged> changed;
    private final Clock clock = Clock.systemUTC();

    ContractService(ContractRepository contracts, TenantRepository tenants, ServiceAreaRepository areas,
                    ServiceCenterService centers, TenantAccess access, Event<NetworkChanged> changed) {
        this.contracts = contracts;
        this.tenants = tenants;
        this.areas = areas;
        this.centers = centers;
        this.access = access;
        this.changed = changed;
    }

    @Transactional
    public Versioned<ContractResponse> draft(ContractRequest request) {
        access.requireNamedInBody("hostTenant", request.hostTenant(), TenantOperation.MANAGE);
        requireConsistent(request);
        Instant now = Instant.now(clock);
        Contract contract = new Contract(UUID.randomUUID(), request.hostTenant(), now);
        contract.apply(request, now);
        contracts.persistAndFlush(contract);
        return versioned(contract);
    }

    @Transactional
    public Versioned<ContractResponse> revise(UUID id, String ifMatch, ContractRequest request) {
        Contract contract = asHost(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, ContractStatus.DRAFT, "only a draft changes; terminate an active contract and "
                + "draft a new one");
        if (!contract.hostTenantId().equals(request.hostTenant())) {
            throw BusinessRuleProblem.onField("hostTenant", "the host of a contract never changes (it is '"
                    + contract.hostTenantId() + "')");
        }
        requireConsistent(request);
        contract.apply(request, Instant.now(clock));
        contracts.flush();
        return versioned(contract);
    }

    @Transactional
    public Versioned<ContractResponse> activate(UUID id, String ifMatch) {
        Contract contract = asHost(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, ContractStatus.DRAFT, "only a draft can be activated");
        // One activation per client at a time: the row lock makes the overlap check and the write atomic.
        tenants.lockForUpdate(contract.clientTenantId());
        for (Contract other : contracts.delegatingForClient(contract.clientTenantId())) {
            Set<String> shared = contract.sharedAreas(other);
            if (!other.id().equals(contract.id()) && contract.overlapsInTime(other) && !shared.isEmpty()) {
                String message = "contract " + other.id() + " (host '" + other.hostTenantId() + "', "
                        + other.validFrom() + " to " + other.validUntil().map(LocalDate::toString).orElse("open end")
                        + ") already covers " + (shared.contains("*") ? "all service areas" : String.join(", ", shared))
                        + " for '" + contract.clientTenantId() + "'";
                throw new ConflictProblem("Another active contract covers the same client and service area at "
                        + "the same time: " + message + ".", List.of(new FieldError("serviceAreas", message)));
            }
        }
        contract.activate(Instant.now(clock));
        contracts.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return versioned(contract);
    }

    @Transactional
    public Versioned<ContractResponse> terminate(UUID id, String ifMatch, TerminationRequest request) {
        Contract contract = asHost(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, ContractStatus.ACTIVE, "only an active contract can be terminated");
        if (request.lastDay().isBefore(contract.validFrom())) {
            throw BusinessRuleProblem.onField("lastDay", "must not be before the contract starts ("
                    + contract.validFrom() + ")");
        }
        if (contract.validUntil().map(until -> request.lastDay().isAfter(until)).orElse(false)) {
            throw BusinessRuleProblem.onField("lastDay", "a termination cannot extend the contract beyond "
                    + contract.validUntil().get());
        }
        Instant now = Instant.now(clock);
        contract.terminate(request.lastDay(), LocalDate.ofInstant(now, TenancySnapshot.CONTRACT_ZONE),
                request.reason().strip(), now);
        contracts.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return versioned(contract);
    }

    @Transactional
    public void deleteDraft(UUID id, String ifMatch) {
        Contract contract = asHost(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, ContractStatus.DRAFT, "only a draft can be deleted; an active contract is "
                + "terminated and stays on record");
        contracts.delete(contract);
    }

    /** Both parties (and platform admins) read a contract; everyone else gets 404. */
    public Versioned<ContractResponse> get(UUID id) {
        Contract contract = contracts.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("contract", id));
        if (!isParty(contract.hostTenantId()) && !isParty(contract.clientTenantId())) {
            throw NotFoundProblem.of("contract", id);
        }
        return versioned(contract);
    }

    private static Versioned<ContractResponse> versioned(Contract contract) {
        return new Versioned<>(ContractResponse.of(contract), contract.version());
    }

    /** Contracts of the caller's tenant as host or client; platform admins see all or filter by {@code tenant}. */
    public List<ContractResponse> list(Optional<String> tenant, Optional<String> clientTenant,
                                       Optional<ContractStatus> status) {
        Optional<String> party = tenant.isPresent() || access.principal().isPlatformAdmin()
                ? tenant : Optional.of(access.principal().tenantId().orElse(""));
        party.ifPresent(id -> access.require(id, TenantOperation.MANAGE));
        return contracts.ofParty(party.orElse(null), status.orElse(null)).stream()
                .filter(contract -> clientTenant.map(contract.clientTenantId()::equals).orElse(true))
                .map(ContractResponse::of)
                .toList();
    }

    private boolean isParty(String tenantId) {
        return access.decide(tenantId, TenantOperation.MANAGE) == AccessDecision.ALLOWED;
    }

    /** The contract, when the caller administers its host; 404 for anyone else. */
    private Contract asHost(UUID id) {
        Contract contract = contracts.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("contract", id));
        if (!isParty(contract.hostTenantId())) {
            throw NotFoundProblem.of("contract", id);
        }
        return contract;
    }

    private static void requireStatus(Contract contract, ContractStatus required, String rule) {
        if (contract.status() != required) {
            throw ConflictProblem.onField("status", "the contract is " + contract.status() + "; " + rule);
        }
    }

    /** Every rule across fields and against the registry, all reported at once. */
    private void requireConsistent(ContractRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.hostTenant().equals(request.clientTenant())) {
            errors.add(new FieldError("clientTenant", "a host cannot contract with itself"));
        } else if (tenants.findByIdOptional(request.clientTenant()).isEmpty()) {
            errors.add(new FieldError("clientTenant", "no tenant '" + request.clientTenant() + "' is registered"));
        }
        Optional<ServiceCenter> center = centers.find(request.serviceCenter());
        if (center.isEmpty() || !center.get().hostTenantId().equals(request.hostTenant())) {
            errors.add(new FieldError("serviceCenter", "'" + request.serviceCenter() + "' is not a service center of '"
                    + request.hostTenant() + "'"));
        }
        List<String> listed = request.serviceAreas() == null ? List.of() : request.serviceAreas();
        if (request.allServiceAreas() && !listed.isEmpty()) {
            errors.add(new FieldError("serviceAreas", "must be empty when allServiceAreas is true"));
        } else if (!request.allServiceAreas() && listed.isEmpty()) {
            errors.add(new FieldError("serviceAreas", "must name at least one service area, or set allServiceAreas"));
        }
        Set<String> unknown = listed.isEmpty() ? Set.of() : areas.unknown(listed);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            if (unknown.contains(listed.get(i))) {
                errors.add(new FieldError("serviceAreas[" + i + "]", "'" + listed.get(i) + "' is not in the catalog"));
            } else if (!seen.add(listed.get(i))) {
                errors.add(new FieldError("serviceAreas[" + i + "]", "is listed twice"));
            }
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            errors.add(new FieldError("validUntil", "must not be before validFrom (" + request.validFrom() + ")"));
        }
        LocalDate pilotEnd = request.pilotPhaseEndsOn();
        if (pilotEnd != null && (pilotEnd.isBefore(request.validFrom())
                || (request.validUntil() != null && pilotEnd.isAfter(request.validUntil())))) {
            errors.add(new FieldError("pilotPhaseEndsOn", "must lie within the contract's validity"));
        }
        errors.addAll(request.costModel().mismatches());
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(errors.size() == 1 ? errors.getFirst().message()
                    : errors.size() + " rules of a contract are broken.", errors);
        }
    }
}
