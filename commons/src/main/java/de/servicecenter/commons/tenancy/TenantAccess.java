package de.servicecenter.commons.tenancy;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ForbiddenProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The single place every service asks "may the current principal do this on tenant X?".
 * Resources call {@link #require}; every denial is the 404 of an object that does not exist — for another
 * town's data and equally for a principal without a (known) tenant — so that no answer tells what is there.
 */
@RequestScoped
public class TenantAccess {

    /** The claim that names the principal's municipality. */
    public static final String TENANT_CLAIM = "tenant";

    private static final TenantDirectory NO_TENANTS = tenantId -> false;
    private static final Delegations NO_DELEGATIONS = (acting, target, principal, area, at) -> false;
    private static final TenancyFreshness ALWAYS_FRESH = operation -> {
    };

    private final SecurityIdentity identity;
    private final TenantAccessPolicy policy;
    private final TenancyFreshness freshness;
    private final Clock clock;

    @Inject
    public TenantAccess(SecurityIdentity identity, Instance<TenantDirectory> directory,
                        Instance<Delegations> delegations, Instance<TenancyFreshness> freshness) {
        this(identity,
                new TenantAccessPolicy(directory.isResolvable() ? directory.get() : NO_TENANTS,
                        delegations.isResolvable() ? delegations.get() : NO_DELEGATIONS),
                freshness.isResolvable() ? freshness.get() : ALWAYS_FRESH,
                Clock.systemUTC());
    }

    TenantAccess(SecurityIdentity identity, TenantAccessPolicy policy, TenancyFreshness freshness, Clock clock) {
        this.identity = identity;
        this.policy = policy;
        this.freshness = freshness;
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

    public AccessDecision decide(String tenantId, TenantOperation operation) {
        return decide(new AccessRequest(tenantId, operation, Optional.empty(), Instant.now(clock)));
    }

    /** Decides; an allowed write on a tenancy copy too old for writes answers 503 instead (see {@link TenancyFreshness}). */
    public AccessDecision decide(AccessRequest request) {
        AccessDecision decision = policy.decide(principal(), request);
        if (decision == AccessDecision.ALLOWED) {
            freshness.requireFreshFor(request.operation());
        }
        return decision;
    }

    /** Like {@link #decide(String, TenantOperation)}, but throws the matching problem when denied. */
    public void require(String tenantId, TenantOperation operation) {
        require(new AccessRequest(tenantId, operation, Optional.empty(), Instant.now(clock)), "tenant");
    }

    /**
     * For a tenant named in a request body (a contract's host, a schedule's tenant): allowed exactly as
     * {@link #require}, but another tenant is refused with 422 on that field, since the caller named it.
     */
    public void requireNamedInBody(String field, String tenantId, TenantOperation operation) {
        try {
            require(tenantId, operation);
        } catch (NotFoundProblem notVisible) {
            throw BusinessRuleProblem.onField(field, "must be a tenant you act for, not '" + tenantId + "'");
        }
    }

    /**
     * For an object between named tenants only, such as a contract's statement: allowed to a principal of one of
     * {@code parties} (and to platform admins), never by delegation — a host serving one of the parties under
     * another contract must not see it. Everyone else gets the 404 of {@link #require(AccessRequest, String, Object)}.
     */
    public void requireParty(Set<String> parties, TenantOperation operation, String resourceKind, Object resourceId) {
        Optional<String> party = principal().tenantId().filter(parties::contains);
        // MANAGE is never delegated: for a non-party it leaves exactly the platform admin (and the token checks).
        TenantOperation asked = party.isPresent() ? operation : TenantOperation.MANAGE;
        String tenant = party.orElseGet(() -> parties.iterator().next());
        require(new AccessRequest(tenant, asked, Optional.empty(), Instant.now(clock)), resourceKind, resourceId);
    }

    /** 403 unless the principal holds one of {@code roles}; for rules that depend on what is being touched. */
    public void requireAnyRole(String... roles) {
        TenantPrincipal principal = principal();
        for (String role : roles) {
            if (principal.hasRole(role)) {
                return;
            }
        }
        throw new ForbiddenProblem("This needs one of the roles " + String.join(", ", roles) + ".");
    }

    /**
     * @param resourceKind what the caller asked for ("tenant", "contract" …), named in the 404
     */
    public void require(AccessRequest request, String resourceKind) {
        require(request, resourceKind, request.tenantId());
    }

    /**
     * Like {@link #require(AccessRequest, String)} for an object of the tenant: a denial answers 404 naming the
     * object ({@code resourceKind} {@code resourceId}), exactly as if it did not exist.
     */
    public void require(AccessRequest request, String resourceKind, Object resourceId) {
        if (decide(request) != AccessDecision.ALLOWED) {
            // Whatever the reason (no tenant claim, a tenant the platform does not know, someone else's data), the
            // answer is the one for an object that does not exist: a denial must not tell what is there.
            throw NotFoundProblem.of(resourceKind, resourceId);
        }
    }
}
