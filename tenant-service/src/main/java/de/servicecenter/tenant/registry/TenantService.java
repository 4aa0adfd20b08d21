package de.servicecenter.tenant.registry;

import de.servicecenter.commons.paging.Page;
import de.servicecenter.commons.paging.PageRequest;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.tenant.network.NetworkChanged;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Registers, replaces and reads tenants. Checks every rule before writing, so a refused request changes nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TenantService {

    private final TenantRepository tenants;
    private final Event<NetworkChanged> changed;
    private final Clock clock;

    TenantService(TenantRepository tenants, Event<NetworkChanged> changed, Clock clock) {
        this.tenants = tenants;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public Versioned<TenantResponse> register(TenantRequest request) {
        requireConsistent(request);
        if (tenants.findByIdOptional(request.id()).isPresent()) {
            throw ConflictProblem.onField("id", "a tenant with id '" + request.id() + "' already exists");
        }
        requireUniqueKeys(request);
        Instant now = Instant.now(clock);
        Tenant tenant = new Tenant(request.id(), now);
        tenant.apply(request, now);
        return persist(tenant);
    }

    @Transactional
    public Versioned<TenantResponse> replace(String id, String ifMatch, TenantRequest request) {
        if (!id.equals(request.id())) {
            throw InvalidInputProblem.of("id", "must equal the id in the path ('" + id + "'); ids never change");
        }
        Tenant tenant = tenants.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("town", id));
        EntityTags.requireMatch(ifMatch, tenant.version());
        requireConsistent(request);
        requireUniqueKeys(request);
        tenant.apply(request, Instant.now(clock));
        return persist(tenant);
    }

    public Versioned<TenantResponse> get(String id) {
        return tenants.findByIdOptional(id)
                .map(TenantService::versioned)
                .orElseThrow(() -> NotFoundProblem.of("town", id));
    }

    public Page<TenantResponse> list(PageRequest page, Optional<FederalState> state, Optional<TenantKind> kind) {
        PanacheQuery<Tenant> query = tenants.search(state, kind);
        List<TenantResponse> items = query.page(page.page(), page.size()).list().stream()
                .map(TenantResponse::of)
                .toList();
        return Page.of(items, page, query.count());
    }

    private Versioned<TenantResponse> persist(Tenant tenant) {
        try {
            tenants.persistAndFlush(tenant);
            changed.fire(NetworkChanged.INSTANCE);
        } catch (PersistenceException e) {
            // Another request registered the same id, AGS or number between our checks and this write.
            throw new ConflictProblem("The tenant clashes with a concurrent change; read the registry and retry.",
                    List.of());
        }
        return versioned(tenant);
    }

    private static Versioned<TenantResponse> versioned(Tenant tenant) {
        return new Versioned<>(TenantResponse.of(tenant), tenant.version());
    }

    /** Rules across fields that Bean Validation on the request cannot express. */
    private static void requireConsistent(TenantRequest request) {
        List<FieldError> errors = new ArrayList<>();
        FederalState state = request.federalState();
        if (!request.ags().startsWith(state.agsPrefix())) {
            errors.add(new FieldError("ags", "must start with " + state.agsPrefix() + ", the code of "
                    + state.germanName() + " (" + state.isoCode() + ")"));
        }
        Set<String> seen = new HashSet<>();
        List<String> numbers = request.centralNumbers();
        for (int i = 0; i < numbers.size(); i++) {
            if (!seen.add(numbers.get(i))) {
                errors.add(new FieldError("centralNumbers[" + i + "]", "is listed twice"));
            }
        }
        Set<String> names = new HashSet<>();
        List<String> neighbourhoods = request.effectiveNeighbourhoods();
        for (int i = 0; i < neighbourhoods.size(); i++) {
            if (!names.add(neighbourhoods.get(i).toLowerCase(Locale.GERMAN))) {
                errors.add(new FieldError("neighbourhoods[" + i + "]", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
    }

    /** AGS and central numbers each identify exactly one tenant. */
    private void requireUniqueKeys(TenantRequest request) {
        List<FieldError> clashes = new ArrayList<>();
        tenants.findByAgs(request.ags())
                .filter(other -> !other.id().equals(request.id()))
                .ifPresent(other -> clashes.add(new FieldError("ags",
                        "is already the AGS of tenant '" + other.id() + "'")));
        List<String> numbers = request.centralNumbers();
        for (int i = 0; i < numbers.size(); i++) {
            int position = i;
            tenants.ownerOfNumber(numbers.get(i))
                    .filter(owner -> !owner.equals(request.id()))
                    .ifPresent(owner -> clashes.add(new FieldError("centralNumbers[" + position + "]",
                            "is already a central number of tenant '" + owner + "'")));
        }
        if (!clashes.isEmpty()) {
            throw new ConflictProblem(clashes.size() == 1 ? clashes.get(0).message()
                    : clashes.size() + " values already belong to other tenants.", clashes);
        }
    }
}
