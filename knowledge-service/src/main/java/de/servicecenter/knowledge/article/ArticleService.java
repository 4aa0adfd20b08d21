package de.servicecenter.knowledge.article;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.ForbiddenProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.AccessDecision;
import de.servicecenter.commons.tenancy.AccessRequest;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenancySource;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
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
 * Writes and reads articles. Who writes: a shared article, the owning host's admins; a local article, the
 * town's city admins (and the host's admins under a contract covering its area). Every change is kept as a
 * version with who and when; a stale If-Match answers 412.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ArticleContents contents;
    private final TenantAccess access;
    private final TenancySource tenancy;
    private final Event<ArticleChanged> changed;
    private final Clock clock = Clock.systemUTC();

    ArticleService(ArticleRepository articles, ArticleVersionRepository versions, ArticleContents contents,
                   TenantAccess access, TenancySource tenancy, Event<ArticleChanged> changed) {
        this.articles = articles;
        this.versions = versions;
        this.contents = contents;
        this.access = access;
        this.tenancy = tenancy;
        this.changed = changed;
    }

    @Transactional
    public Versioned<ArticleResponse> create(ArticleRequest request) {
        requireConsistent(request);
        requireWriter(request.owner(), request.scope(), request.serviceArea(), "owner");
        Instant now = Instant.now(clock);
        String by = access.principal().subject();
        Article article = new Article(UUID.randomUUID(), request.owner(), request.scope(), now, by);
        article.apply(request, contents.write(request.content()), now, by);
        return saved(article, () -> articles.persistAndFlush(article), now, by);
    }

    @Transactional
    public Versioned<ArticleResponse> replace(UUID id, String ifMatch, ArticleRequest request) {
        Article article = readable(id);
        requireWriter(article.ownerTenantId(), article.scope(), article.serviceArea(), null);
        EntityTags.requireMatch(ifMatch, article.version());
        if (!article.ownerTenantId().equals(request.owner()) || article.scope() != request.scope()) {
            throw BusinessRuleProblem.onField(article.ownerTenantId().equals(request.owner()) ? "scope" : "owner",
                    "owner and scope of an article never change; write a new article instead");
        }
        requireConsistent(request);
        requireWriter(article.ownerTenantId(), article.scope(), request.serviceArea(), "serviceArea");
        Instant now = Instant.now(clock);
        String by = access.principal().subject();
        article.apply(request, contents.write(request.content()), now, by);
        return saved(article, articles::flush, now, by);
    }

    /**
     * Imports a document after XZuFi in one transaction: every service is checked first (each mistake named as
     * {@code leistungen[i].field}), then created, changed (a new version) or left as it is.
     */
    @Transactional
    public ExchangeDocument.ImportResult importDocument(ExchangeDocument document) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < document.leistungen().size(); i++) {
            ArticleRequest request = document.request(i);
            String prefix = "leistungen[" + i + "].";
            String identity = request.leikaKey() != null ? request.leikaKey() : "title:" + request.title().strip();
            if (!seen.add(identity)) {
                errors.add(new FieldError(prefix + (request.leikaKey() != null ? "leistungsschluessel" : "leistungsname"),
                        "appears twice in the document"));
            }
            try {
                requireConsistent(request);
                requireWriter(request.owner(), request.scope(), request.serviceArea(), "owner");
            } catch (BusinessRuleProblem problem) {
                for (FieldError error : problem.errors()) {
                    FieldError named = error.field().equals("owner") ? error
                            : new FieldError(prefix + exchangeField(error.field()), error.message());
                    if (!errors.contains(named)) {
                        errors.add(named);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(errors.size() + " problem(s) in the document; nothing was imported.", errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = Instant.now(clock);
        String by = access.principal().subject();
        for (int i = 0; i < document.leistungen().size(); i++) {
            ArticleRequest request = document.request(i);
            Optional<Article> existing = articles.findForImport(request.owner(), request.scope(), request.leikaKey(),
                    request.title().strip());
            if (existing.isEmpty()) {
                Article article = new Article(UUID.randomUUID(), request.owner(), request.scope(), now, by);
                article.apply(request, contents.write(request.content()), now, by);
                saved(article, () -> articles.persistAndFlush(article), now, by);
                created++;
            } else if (sameAs(existing.get(), request)) {
                unchanged++;
            } else {
                Article article = existing.get();
                article.apply(request, contents.write(request.content()), now, by);
                saved(article, articles::flush, now, by);
                updated++;
            }
        }
        return new ExchangeDocument.ImportResult(created, updated, unchanged);
    }

    /** The owner's articles of a scope as a document after XZuFi, for its own admins. */
    public ExchangeDocument export(String owner, ArticleScope scope) {
        access.require(owner, TenantOperation.MANAGE);
        access.requireAnyRole(Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN);
        return ExchangeDocument.of(owner, scope, articles.ofOwner(owner, scope).stream()
                .map(article -> ExchangeDocument.Leistung.of(article, contents.read(article)))
                .toList());
    }

    private boolean sameAs(Article article, ArticleRequest request) {
        return contents.read(article).equals(request.content())
                && article.serviceArea().equals(request.serviceArea())
                && article.audience() == request.audience()
                && article.status() == request.effectiveStatus()
                && article.validFrom().equals(Optional.ofNullable(request.validFrom()))
                && article.validUntil().equals(Optional.ofNullable(request.validUntil()));
    }

    /** Names a field of an article request as the exchange document calls it. */
    private static String exchangeField(String field) {
        return switch (field) {
            case "serviceArea" -> "leistungsbereich";
            case "validUntil" -> "gueltigBis";
            default -> field;
        };
    }

    public Versioned<ArticleResponse> get(UUID id) {
        Article article = readable(id);
        return new Versioned<>(ArticleResponse.of(article, contents.read(article)), article.version());
    }

    /** Who changed the article when, newest first, with the article as it was after each change. */
    public List<ArticleHistoryEntry> history(UUID id) {
        readable(id);
        return versions.of(id).stream()
                .map(version -> new ArticleHistoryEntry(version.version(), version.changedAt(), version.changedBy(),
                        contents.readResponse(version.snapshotJson())))
                .toList();
    }

    private Versioned<ArticleResponse> saved(Article article, Runnable write, Instant now, String by) {
        try {
            write.run();
        } catch (PersistenceException e) {
            throw ConflictProblem.onField("leikaKey", "the owner has an article for this LeiKa key already");
        }
        ArticleResponse response = ArticleResponse.of(article, contents.read(article));
        versions.persist(new ArticleVersion(article.id(), article.version(), now, by, contents.write(response)));
        changed.fire(ArticleChanged.INSTANCE);
        return new Versioned<>(response, article.version());
    }

    /**
     * Visible to: the owner's own principals and platform admins; a host's agents and admins for a client's
     * local article while a contract covers its area; for a shared article, every town the owner serves in
     * its area. Everyone else gets 404.
     */
    Article readable(UUID id) {
        Article article = articles.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("article", id));
        AccessDecision decision = access.decide(new AccessRequest(article.ownerTenantId(), TenantOperation.READ,
                Optional.of(article.serviceArea()), Instant.now(clock)));
        if (decision == AccessDecision.ALLOWED || (article.scope() == ArticleScope.SHARED && servedBy(article))) {
            return article;
        }
        throw NotFoundProblem.of("article", id);
    }

    private boolean servedBy(Article article) {
        Optional<String> town = access.principal().tenantId();
        LocalDate today = LocalDate.now(TenancySnapshot.CONTRACT_ZONE);
        return town.isPresent() && tenancy.snapshot().grantsServing(town.get(), today).stream()
                .anyMatch(grant -> grant.hostTenant().equals(article.ownerTenantId())
                        && grant.covers(Optional.of(article.serviceArea())));
    }

    /**
     * An article is its owner's own: shared articles are written by the owning host's admins, local ones (the
     * town's specifics) by the town's own admins. Both are {@code MANAGE}, never delegated — a host serving a town
     * reads its local articles under contract but does not write them. {@code field} names where a refusal points
     * (the owner in a request body); without it, a readable article refused for writing answers 403.
     */
    private void requireWriter(String owner, ArticleScope scope, String serviceArea, String field) {
        if (scope == ArticleScope.SHARED) {
            access.requireAnyRole(Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN);
        } else {
            access.requireAnyRole(Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN);
        }
        if (access.decide(new AccessRequest(owner, TenantOperation.MANAGE, Optional.of(serviceArea),
                Instant.now(clock))) == AccessDecision.ALLOWED) {
            return;
        }
        if (field == null) {
            throw new ForbiddenProblem("You may read this article but not change it.");
        }
        throw BusinessRuleProblem.onField(field, "you do not write " + scope.name().toLowerCase() + " articles of '"
                + owner + "'");
    }

    /** Rules beyond single fields, all reported at once; nothing is written when one fails. */
    private void requireConsistent(ArticleRequest request) {
        TenancySnapshot snapshot = tenancy.snapshot();
        List<FieldError> errors = new ArrayList<>();
        if (!snapshot.isActiveTenant(request.owner())) {
            errors.add(new FieldError("owner", "no active tenant '" + request.owner() + "'"));
        }
        if (!snapshot.serviceAreas().contains(request.serviceArea())) {
            errors.add(new FieldError("serviceArea", "'" + request.serviceArea() + "' is not in the service-area catalog"));
        }
        if (request.validFrom() != null && request.validUntil() != null
                && request.validUntil().isBefore(request.validFrom())) {
            errors.add(new FieldError("validUntil", "must not be before validFrom (" + request.validFrom() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(errors.size() == 1 ? errors.getFirst().message()
                    : errors.size() + " rules of an article are broken.", errors);
        }
    }
}
