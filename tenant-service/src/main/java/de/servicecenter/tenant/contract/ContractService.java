package de.servicecenter.tenant.contract;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.tenant.center.ServiceCenter;
import de.servicecenter.tenant.center.ServiceCenterService;
import de.servicecenter.tenant.network.NetworkChanged;
import de.servicecenter.tenant.registry.TenantRepository;
import de.servicecenter.tenant.registry.TenantStatus;
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
 * Contracts between a host and a client, with both signatures: proposed and revised by the host's admins, accepted
 * or rejected by the client's, activated by the host once accepted (when no other contract already covers the client
 * for an area on any of the days), terminated by either party. Every step is recorded with party, person and time.
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
    private final Clock clock;

    ContractService(ContractRepository contracts, TenantRepository tenants, ServiceAreaRepository areas,
                    ServiceCenterService centers, TenantAccess access, Event<NetworkChanged> changed,
                    Clock clock) {
        this.clock = clock;
        this.contracts = contracts;
        this.tenants = tenants;
        this.areas = areas;
        this.centers = centers;
        this.access = access;
        this.changed = changed;
    }

    @Transactional
    public Versioned<ContractResponse> propose(ContractRequest request) {
        access.requireNamedInBody("hostTown", request.hostTown(), Optional.empty());
        requireConsistent(request);
        Instant now = Instant.now(clock);
        Contract contract = new Contract(UUID.randomUUID(), request.hostTown(), now);
        contract.apply(request, now);
        contracts.persistAndFlush(contract);
        return recorded(contract, ContractStep.PROPOSED, contract.hostTenantId(), now, null);
    }

    /** New terms from the host; an acceptance or rejection of the earlier ones no longer holds. */
    @Transactional
    public Versioned<ContractResponse> revise(UUID id, String ifMatch, ContractRequest request) {
        Contract contract = permitted(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, "only a contract not yet in force changes; terminate an active contract and propose "
                + "a new one", ContractStatus.PROPOSED, ContractStatus.ACCEPTED, ContractStatus.REJECTED);
        if (!contract.hostTenantId().equals(request.hostTown())) {
            throw BusinessRuleProblem.onField("hostTown", "the host of a contract never changes (it is '"
                    + contract.hostTenantId() + "')");
        }
        if (!contract.clientTenantId().equals(request.clientTown())) {
            throw BusinessRuleProblem.onField("clientTown", "the client of a proposal never changes (it is '"
                    + contract.clientTenantId() + "'); withdraw it and propose to the other town");
        }
        requireConsistent(request);
        Instant now = Instant.now(clock);
        contract.apply(request, now);
        contracts.flush();
        return recorded(contract, ContractStep.REVISED, contract.hostTenantId(), now, null);
    }

    /**
     * The client's signature: its own admins accept exactly the version they read ({@code If-Match} is required, so
     * that a revision between reading and accepting is never accepted unseen).
     */
    @Transactional
    public Versioned<ContractResponse> accept(UUID id, String ifMatch) {
        Contract contract = permitted(id);
        EntityTags.requireMatch(EntityTags.required(ifMatch), contract.version());
        requireStatus(contract, "only a proposal can be accepted", ContractStatus.PROPOSED);
        Instant now = Instant.now(clock);
        contract.accept(now);
        contracts.flush();
        return recorded(contract, ContractStep.ACCEPTED, contract.clientTenantId(), now, null);
    }

    @Transactional
    public Versioned<ContractResponse> reject(UUID id, String ifMatch, RejectionRequest request) {
        Contract contract = permitted(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, "only a proposal can be rejected", ContractStatus.PROPOSED);
        Instant now = Instant.now(clock);
        contract.reject(now);
        contracts.flush();
        return recorded(contract, ContractStep.REJECTED, contract.clientTenantId(), now, request.reason().strip());
    }

    @Transactional
    public Versioned<ContractResponse> activate(UUID id, String ifMatch) {
        Contract contract = permitted(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, "only a contract the client accepted can be activated", ContractStatus.ACCEPTED);
        // One activation per client at a time: the lock makes the overlap check and the write atomic.
        contracts.lockActivationsFor(contract.clientTenantId());
        ContractTerms terms = contract.terms();
        for (ContractTerms other : contracts.delegatingForClient(contract.clientTenantId())) {
            Set<String> shared = terms.sharedAreas(other);
            if (!other.id().equals(contract.id()) && terms.overlapsInTime(other) && !shared.isEmpty()) {
                String message = "contract " + other.id() + " (host '" + other.hostTenantId() + "', "
                        + other.validFrom() + " to " + other.validUntil().map(LocalDate::toString).orElse("open end")
                        + ") already covers " + (shared.contains("*") ? "all service areas" : String.join(", ", shared))
                        + " for '" + contract.clientTenantId() + "'";
                throw new ConflictProblem("Another active contract covers the same client and service area at "
                        + "the same time: " + message + ".", List.of(new FieldError("serviceAreas", message)));
            }
        }
        Instant now = Instant.now(clock);
        contract.activate(now);
        contracts.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return recorded(contract, ContractStep.ACTIVATED, contract.hostTenantId(), now, null);
    }

    /** Notice by either party: the host's admins or the client's. */
    @Transactional
    public Versioned<ContractResponse> terminate(UUID id, String ifMatch, TerminationRequest request) {
        Contract contract = permitted(id);
        String party = access.principal().tenantId().orElseThrow(); // host or client: the declaration checked it
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, "only an active contract can be terminated", ContractStatus.ACTIVE);
        if (request.lastDay().isBefore(contract.validFrom())) {
            throw BusinessRuleProblem.onField("lastDay", "must not be before the contract starts ("
                    + contract.validFrom() + ")");
        }
        if (contract.validUntil().map(until -> request.lastDay().isAfter(until)).orElse(false)) {
            throw BusinessRuleProblem.onField("lastDay", "a termination cannot extend the contract beyond "
                    + contract.validUntil().get());
        }
        Instant now = Instant.now(clock);
        String reason = request.reason().strip();
        contract.terminate(request.lastDay(), BerlinTime.dateOf(now), party, reason,
                now);
        contracts.flush();
        changed.fire(NetworkChanged.INSTANCE);
        return recorded(contract, ContractStep.TERMINATED, party, now, "last day " + request.lastDay() + ": " + reason);
    }

    /** The host takes back a proposal that is not in force (never signed, or declined); it leaves no record. */
    @Transactional
    public void withdraw(UUID id, String ifMatch) {
        Contract contract = permitted(id);
        EntityTags.requireMatch(ifMatch, contract.version());
        requireStatus(contract, "only a contract never in force can be withdrawn; an active contract is terminated "
                + "and stays on record", ContractStatus.PROPOSED, ContractStatus.ACCEPTED, ContractStatus.REJECTED);
        contracts.delete(contract);
    }

    private Versioned<ContractResponse> recorded(Contract contract, ContractStep step, String party, Instant at,
                                                 String note) {
        contract.record(step, party, access.principal().subject(), at, note);
        contracts.flush();
        return versioned(contract);
    }

    /** Both parties (and platform admins) read a contract; everyone else gets 404. */
    public Versioned<ContractResponse> get(UUID id) {
        return versioned(permitted(id));
    }

    private static Versioned<ContractResponse> versioned(Contract contract) {
        return new Versioned<>(ContractResponse.of(contract), contract.version());
    }

    /**
     * Contracts where the caller's tenant — or, for platform admins, the tenant named — is host or client (the
     * declaration checked that the caller manages it).
     */
    public List<ContractResponse> list(Optional<String> tenant, Optional<String> clientTenant,
                                       Optional<ContractStatus> status) {
        String party = tenant.or(() -> access.principal().tenantId()).orElseThrow();
        return contracts.ofParty(party, status.orElse(null)).stream()
                .filter(contract -> clientTenant.map(contract.clientTenantId()::equals).orElse(true))
                .map(ContractResponse::of)
                .toList();
    }

    /**
     * The contract, when the declared party may do the current operation with it: both parties read it, the host
     * proposes, changes, activates and withdraws, the client accepts or rejects, either gives notice. A party that
     * may not do this gets 403, anyone else 404.
     */
    private Contract permitted(UUID id) {
        Contract contract = contracts.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("contract", id));
        access.require(AccessTarget.between("contract", id, contract.hostTenantId(), contract.clientTenantId()));
        return contract;
    }

    private static void requireStatus(Contract contract, String rule, ContractStatus... allowed) {
        if (!List.of(allowed).contains(contract.status())) {
            throw ConflictProblem.onField("status", "the contract is " + contract.status() + "; " + rule);
        }
    }

    /** Every rule across fields and against the registry, all reported at once. */
    private void requireConsistent(ContractRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.hostTown().equals(request.clientTown())) {
            errors.add(new FieldError("clientTown", "a host cannot contract with itself"));
        } else if (tenants.findByIdOptional(request.clientTown())
                .filter(client -> client.status() == TenantStatus.ACTIVE).isEmpty()) {
            // Missing and deactivated answer alike: a proposal names an active town or none.
            errors.add(new FieldError("clientTown", "no active tenant '" + request.clientTown() + "'"));
        }
        Optional<ServiceCenter> center = centers.find(request.serviceCenter());
        if (center.isEmpty() || !center.get().hostTenantId().equals(request.hostTown())) {
            errors.add(new FieldError("serviceCenter", "'" + request.serviceCenter() + "' is not a service center of '"
                    + request.hostTown() + "'"));
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
