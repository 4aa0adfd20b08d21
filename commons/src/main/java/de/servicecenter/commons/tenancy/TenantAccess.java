package de.servicecenter.commons.tenancy;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ForbiddenProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.openinghours.BerlinTime;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The single place every service asks "may the current principal do this?". It applies the current operation's
 * {@link Access} declaration — set by {@link DeclaredAccessInterceptor} — on one tenancy snapshot per request:
 * services name the tenant or the object, never the operation. Every denial is the 404 of an object that does not
 * exist — for another town's data and equally for a principal without a (known) tenant — so that no answer tells
 * what is there; 403 is left for an object the caller may read but not change.
 */
@RequestScoped
public class TenantAccess {

    /** The claim that names the principal's municipality. */
    public static final String TENANT_CLAIM = "tenant";

    private static final TenancySource NO_TENANCY = () -> TenancySnapshot.EMPTY;

    private final SecurityIdentity identity;
    private final TenancySource source;
    private final Clock clock;

    private TenancySnapshot snapshot;
    private Access declared;
    private boolean checked;

    @Inject
    public TenantAccess(SecurityIdentity identity, Instance<TenancySource> source, Clock clock) {
        this(identity, source.isResolvable() ? source.get() : NO_TENANCY, clock);
    }

    TenantAccess(SecurityIdentity identity, TenancySource source, Clock clock) {
        this.identity = identity;
        this.source = source;
        this.clock = clock;
    }

    /** The current principal as tenancy sees it. Anonymous callers have no tenant and no roles. */
    public TenantPrincipal principal() {
        if (identity.isAnonymous()) {
            return new TenantPrincipal("anonymous", Optional.empty(), Set.of());
        }
        Optional<String> tenant = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            tenant = Optional.ofNullable(token.<Object>getClaim(TENANT_CLAIM)).map(Object::toString);
        }
        return new TenantPrincipal(identity.getPrincipal().getName(), tenant, identity.getRoles());
    }

    /**
     * The snapshot this request decides with: taken once, so that every check of a request sees the same tenants and
     * contracts — fetched anew once when the principal's own tenant is not in it (registered a moment ago).
     */
    public TenancySnapshot snapshot() {
        if (snapshot == null) {
            TenancySnapshot first = source.snapshot();
            // Public operations never look at a token: a portal's request is answered alike with or without one.
            Optional<String> own = declared != null && declared.on() == AccessSubject.PUBLIC
                    ? Optional.empty() : principal().tenantId();
            snapshot = own.isPresent() && !first.isActiveTenant(own.get()) ? source.recheck() : first;
        }
        return snapshot;
    }

    /**
     * The snapshot fetched anew (unless only seconds old) after it refused something: a center opened or a contract
     * activated a moment ago counts at once. Later checks of this request decide with it.
     */
    public TenancySnapshot recheck() {
        snapshot = source.recheck();
        return snapshot;
    }

    /** A raw decision, for rules that ask more than the declaration (may the caller manage the whole rule set?). */
    public AccessDecision decide(String tenantId, TenantOperation operation, Optional<String> serviceArea) {
        return TenantAccessPolicy.decide(snapshot(), principal(),
                new AccessRequest(tenantId, operation, serviceArea, Instant.now(clock)));
    }

    /** Whether the caller may do {@code operation} on {@code tenantId}'s data, whatever the area. */
    public boolean allows(String tenantId, TenantOperation operation) {
        return decide(tenantId, operation, Optional.empty()) == AccessDecision.ALLOWED;
    }

    /**
     * The rows of the database this request's declared operation may see (the second wall, see {@link RowScope}):
     * the tenants of the principal — its own and its contract partners', all for platform-wide principals, none
     * without a known tenant; the public role for portals; the system role outside declared operations.
     */
    public RowScope rowScope() {
        if (declared == null) {
            return RowScope.SYSTEM; // not an operation of a caller: the service's own work (jobs, health checks)
        }
        if (declared.on() == AccessSubject.PUBLIC) {
            return RowScope.PUBLIC;
        }
        TenantPrincipal principal = principal();
        if (principal.hasRole(Roles.PHONE_SYSTEM) || principal.isPlatformAdmin()) {
            // Platform-wide roles: what they may touch is decided above (an operation on a tenant's data needs the
            // platform admin's own tenant to be active; the registry does not, so the first towns can be registered).
            return RowScope.tenants(List.of(RowScope.ALL_TENANTS));
        }
        Optional<String> own = principal.tenantId().filter(snapshot()::isActiveTenant);
        if (own.isEmpty()) {
            return RowScope.tenants(List.of());
        }
        Set<String> visible = new TreeSet<>(Set.of(own.get()));
        for (DelegationGrant grant : snapshot().grants()) {
            if (grant.hostTenant().equals(own.get())) {
                visible.add(grant.clientTenant());
            }
            if (grant.clientTenant().equals(own.get())) {
                visible.add(grant.hostTenant());
            }
        }
        return RowScope.tenants(List.copyOf(visible));
    }

    // --- the declared check ------------------------------------------------------------------------------------

    void declare(Access access) {
        this.declared = access;
        this.checked = false;
    }

    boolean checked() {
        return checked;
    }

    /** The current operation's declaration; fails loudly when a service checks outside a declared operation. */
    private Access declared() {
        if (declared == null) {
            throw new IllegalStateException("no @Access declaration for the current operation");
        }
        return declared;
    }

    /** A tenant named in the path or query ({@code NAMED_TENANT}, {@code OWN_OR_NAMED_TENANT}): 404 when denied. */
    public void requireTenant(String tenantId, Optional<String> serviceArea) {
        requireSubject(AccessSubject.NAMED_TENANT, AccessSubject.OWN_OR_NAMED_TENANT);
        if (!allowed(tenantId, declared.value(), serviceArea)) {
            throw NotFoundProblem.of("town", tenantId);
        }
        requireFreshForWrites();
    }

    /**
     * A tenant named in a request body ({@code NAMED_TENANT} from {@code body:FIELD}): refused with 422 on that field,
     * since the caller named it — alike for another town and for one that does not exist.
     */
    public void requireNamedInBody(String field, String tenantId, Optional<String> serviceArea) {
        requireSubject(AccessSubject.NAMED_TENANT);
        if (!allowed(tenantId, declared.value(), serviceArea)) {
            throw BusinessRuleProblem.onField(field, "must be a tenant you act for, not '" + tenantId + "'");
        }
        requireFreshForWrites();
    }

    /**
     * Whether the declared operation is allowed on a tenant named in a list of the body (a batch of contacts), so that
     * every refused item can be reported at once; a write allowed needs a fresh copy (503 otherwise).
     */
    public boolean mayActFor(String tenantId, Optional<String> serviceArea) {
        requireSubject(AccessSubject.NAMED_TENANT);
        if (!allowed(tenantId, declared.value(), serviceArea)) {
            return false;
        }
        requireFreshForWrites();
        return true;
    }

    /**
     * An object named by the request, decided by the declared subject. Denied: 403 when the caller may read the
     * object (it exists for them, they just may not do this), else the 404 of an object that does not exist.
     */
    public void require(AccessTarget target) {
        requireSubject(AccessSubject.OWNER_OF_OBJECT, AccessSubject.OWNER_OR_TOWNS_IT_SERVES,
                AccessSubject.PARTY_OF_OBJECT, AccessSubject.HOST_OF_OBJECT, AccessSubject.CLIENT_OF_OBJECT);
        if (permits(declared.on(), declared.value(), target)) {
            requireFreshForWrites();
            return;
        }
        if (declared.value() != TenantOperation.READ && permits(readersOf(declared.on()), TenantOperation.READ, target)) {
            throw new ForbiddenProblem("You may read this " + target.kind() + " but not do this with it.");
        }
        throw NotFoundProblem.of(target.kind(), target.id());
    }

    /** Whether the caller may read {@code target} by the rule of {@code subject} — e.g. to filter lists. */
    public boolean mayRead(AccessSubject subject, AccessTarget target) {
        return permits(subject, TenantOperation.READ, target);
    }

    /** Who reads an object that only some may change: its owner's readers, or both parties. */
    private static AccessSubject readersOf(AccessSubject subject) {
        return switch (subject) {
            case HOST_OF_OBJECT, CLIENT_OF_OBJECT, PARTY_OF_OBJECT -> AccessSubject.PARTY_OF_OBJECT;
            default -> AccessSubject.OWNER_OR_TOWNS_IT_SERVES;
        };
    }

    private boolean permits(AccessSubject subject, TenantOperation operation, AccessTarget target) {
        TenantPrincipal principal = principal();
        Optional<String> own = principal.tenantId().filter(snapshot()::isActiveTenant);
        boolean platformWide = principal.hasRole(Roles.PHONE_SYSTEM) || own.isPresent() && principal.isPlatformAdmin();
        return switch (subject) {
            case OWNER_OF_OBJECT -> allowed(target.owner(), operation, target.area());
            case OWNER_OR_TOWNS_IT_SERVES -> allowed(target.owner(), operation, target.area())
                    || operation == TenantOperation.READ && target.shared() && own.isPresent()
                    && servedBy(own.get(), target);
            case PARTY_OF_OBJECT -> platformWide
                    || own.filter(tenant -> tenant.equals(target.host()) || target.client().equals(own)).isPresent();
            case HOST_OF_OBJECT -> platformWide || own.filter(target.host()::equals).isPresent();
            case CLIENT_OF_OBJECT -> own.isPresent() && target.client().equals(own);
            default -> throw new IllegalStateException(subject + " names no object");
        };
    }

    /** Shared knowledge: {@code town} is served by the object's owner under a contract covering its area today. */
    private boolean servedBy(String town, AccessTarget target) {
        LocalDate today = BerlinTime.dateOf(clock.instant());
        return snapshot().grantsServing(town, today).stream()
                .anyMatch(grant -> grant.hostTenant().equals(target.owner()) && grant.covers(target.area()));
    }

    private boolean allowed(String tenantId, TenantOperation operation, Optional<String> serviceArea) {
        return decide(tenantId, operation, serviceArea) == AccessDecision.ALLOWED;
    }

    /** An allowed write must not rest on a stale copy of the contracts (503 otherwise). */
    private void requireFreshForWrites() {
        if (declared.value() != TenantOperation.READ) {
            source.requireFreshFor(declared.value());
        }
    }

    private void requireSubject(AccessSubject... expected) {
        checked = true;
        for (AccessSubject subject : expected) {
            if (declared().on() == subject) {
                return;
            }
        }
        throw new IllegalStateException("the operation declares " + declared.on() + ", but the service checks it as "
                + Arrays.toString(expected));
    }
}
