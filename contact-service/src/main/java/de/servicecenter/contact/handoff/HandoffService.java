package de.servicecenter.contact.handoff;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantPrincipal;
import de.servicecenter.contact.contactlog.ContactRepository;
import de.servicecenter.contact.privacy.CallerHashes;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Handoffs: created by the agent of the center that took the call, for the caller's town; read by both; taken up,
 * answered or returned by the town. The due time is the platform's, never the caller's: the promise counted on the
 * town's working days.
 */
@ApplicationScoped
public class HandoffService {

    private final HandoffRepository handoffs;
    private final TenantAccess access;
    private final ResponsibleUnits units;
    private final WorkingDays workingDays;
    private final HandoffNotifications notifications;
    private final CallerHashes callerHashes;
    private final ContactRepository contacts;
    private final Clock clock;

    HandoffService(HandoffRepository handoffs, TenantAccess access, ResponsibleUnits units, WorkingDays workingDays,
                   HandoffNotifications notifications, CallerHashes callerHashes, ContactRepository contacts,
                   Clock clock) {
        this.contacts = contacts;
        this.handoffs = handoffs;
        this.access = access;
        this.units = units;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.callerHashes = callerHashes;
        this.clock = clock;
    }

    public Handoff create(String authorization, HandoffRequest request) {
        access.requireNamedInBody("town", request.town(), Optional.of(request.serviceArea()));
        String host = requireServing(request);
        if (request.contact() != null) {
            handoffs.ofContact(request.contact()).ifPresent(existing -> {
                throw handedOverAlready(existing);
            });
        }
        Handoff.Unit unit = units.of(authorization, request);
        Instant now = clock.instant();
        TenantPrincipal agent = access.principal();
        UUID id = UUID.randomUUID();
        if (!handoffs.insert(new HandoffRepository.NewHandoff(id, host, request, unit,
                callerHashes.hash(request.callbackNumber()), agent.subject(), agent.tenantId().orElse(null), now,
                workingDays.dueAt(request.town(), now)))) {
            throw handedOverAlready(handoffs.ofContact(request.contact()).orElseThrow());
        }
        notifications.sendSoon();
        return handoffs.find(id, now).orElseThrow();
    }

    /** One contact, one handoff: a second click or a retry learns which one it was. */
    private static ConflictProblem handedOverAlready(UUID existing) {
        return ConflictProblem.onField("contact", "was handed over already, as handoff " + existing);
    }

    /** Both parties; 404 to everyone else. */
    public Handoff find(UUID id) {
        Handoff handoff = handoffs.find(id, clock.instant()).orElseThrow(() -> NotFoundProblem.of("handoff", id));
        access.require(AccessTarget.between("handoff", id, handoff.hostTenant(), handoff.town()));
        return handoff;
    }

    /** The town moves its handoff on; the host may read it but not do this (403). */
    public Handoff changeStatus(UUID id, StatusChange change) {
        Handoff handoff = find(id);
        if (!handoff.status().next().contains(change.status())) {
            throw ConflictProblem.onField("status", "the handoff is " + handoff.status() + "; it can move to "
                    + (handoff.status().next().isEmpty() ? "nothing any more" : handoff.status().next()));
        }
        if (change.status() == HandoffStatus.RETURNED && (change.comment() == null || change.comment().isBlank())) {
            throw BusinessRuleProblem.onField("comment", "is required to return a handoff: say why");
        }
        TenantPrincipal actor = access.principal();
        Instant now = clock.instant();
        if (!handoffs.changeStatus(handoff, change.status(), change.comment(), actor.subject(),
                actor.tenantId().orElse(null), now)) {
            throw ConflictProblem.onField("status", "the handoff was changed meanwhile; read it again");
        }
        return handoffs.find(id, now).orElseThrow();
    }

    /** The caller's tenant's handoffs, as host or as town. */
    public List<HandoffSummary> list(Optional<HandoffStatus> status, boolean overdueOnly, int limit) {
        String tenant = access.principal().tenantId().orElseThrow();
        return handoffs.list(tenant, status, overdueOnly, clock.instant(), limit);
    }

    /** Art. 15: everything stored about the citizen with this number, and an audit entry saying it was exported. */
    public CitizenData export(CitizenRequest request) {
        String tenant = access.principal().tenantId().orElseThrow();
        Instant now = clock.instant();
        List<Handoff> found = handoffs.ofCallback(tenant, lookup(request), now);
        DataSubjectRequest audit = audit(DataSubjectRequest.Kind.EXPORT, request, tenant, now, found.size());
        handoffs.record(audit);
        return new CitizenData(audit, found);
    }

    /** Art. 17: the citizen's personal data in every handoff with this number erased, and the erasure audited. */
    public CitizenData erase(CitizenRequest request) {
        String tenant = access.principal().tenantId().orElseThrow();
        Instant now = clock.instant();
        List<UUID> found = handoffs.ofCallback(tenant, lookup(request), now).stream().map(Handoff::id).toList();
        DataSubjectRequest audit = audit(DataSubjectRequest.Kind.ERASURE, request, tenant, now, found.size());
        handoffs.erase(found, audit);
        return new CitizenData(audit, List.of());
    }

    public List<DataSubjectRequest> requests(int limit) {
        return handoffs.requestsOf(access.principal().tenantId().orElseThrow(), limit);
    }

    private String lookup(CitizenRequest request) {
        return callerHashes.hash(request.callbackNumber()).orElseThrow();
    }

    private DataSubjectRequest audit(DataSubjectRequest.Kind kind, CitizenRequest request, String tenant, Instant at,
                                     int count) {
        return new DataSubjectRequest(UUID.randomUUID(), tenant, kind, request.reference().strip(),
                access.principal().subject(), at, count);
    }

    /**
     * The center is the agent's tenant's and serves the town for the area today (its own town, or under a contract in
     * force); the consent goes with the number. Answers the host; 422 naming every broken rule otherwise.
     */
    private String requireServing(HandoffRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.callbackNumber() != null && !Boolean.TRUE.equals(request.callbackConsent())) {
            errors.add(new FieldError("callbackConsent", "must be true with a callbackNumber: the caller agreed to "
                    + "be called back at it"));
        }
        TenancySnapshot network = access.snapshot();
        String host = network.serviceCenters().get(request.serviceCenter());
        Optional<String> own = access.principal().tenantId();
        if (host == null || own.isPresent() && !own.get().equals(host)) {
            errors.add(new FieldError("serviceCenter", "'" + request.serviceCenter() + "' is not a center of yours"));
        } else if (network.servingRight(request.serviceCenter(), request.town(), request.serviceArea(),
                BerlinTime.dateOf(clock.instant())).isEmpty()) {
            errors.add(new FieldError("town", "'" + request.serviceCenter() + "' does not serve '" + request.town()
                    + "' for '" + request.serviceArea() + "' today: no contract in force covers it"));
        }
        if (request.contact() != null && host != null && !contacts.partiesOf(request.contact())
                .equals(Optional.of(new ContactRepository.Parties(host, request.town())))) {
            errors.add(new FieldError("contact", "no contact '" + request.contact() + "' of a call from '"
                    + request.town() + "' at your centers"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(errors.size() == 1 ? "1 field is invalid." : errors.size()
                    + " fields are invalid.", errors);
        }
        return host;
    }
}
