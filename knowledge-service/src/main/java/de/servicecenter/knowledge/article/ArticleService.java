package de.servicecenter.knowledge.article;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.ConflictProblem;
import de.servicecenter.commons.problem.EntityTags;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
    private final Event<ArticleChanged> changed;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ArticleVersionRepository versions, ArticleContents contents,
                   TenantAccess access, Event<ArticleChanged> changed,
                   Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.versions = versions;
        this.contents = contents;
        this.access = access;
        this.changed = changed;
    }

    @Transactional
    public Versioned<ArticleResponse> create(ArticleRequest request) {
        access.requireNamedInBody("owner", request.owner(), Optional.of(request.serviceArea()));
        requireConsistent(request);
        Instant now = Instant.now(clock);
        String by = access.principal().subject();
        Article article = new Article(UUID.randomUUID(), request.owner(), request.scope(), now, by);
        article.apply(request, contents.write(request.content()), now, by);
        return saved(article, () -> articles.persistAndFlush(article), now, by);
    }

    @Transactional
    public Versioned<ArticleResponse> replace(UUID id, String ifMatch, ArticleRequest request) {
        Article article = permitted(id);
        EntityTags.requireMatch(ifMatch, article.version());
        if (!article.ownerTenantId().equals(request.owner()) || article.scope() != request.scope()) {
            throw BusinessRuleProblem.onField(article.ownerTenantId().equals(request.owner()) ? "scope" : "owner",
                    "owner and scope of an article never change; write a new article instead");
        }
        requireConsistent(request);
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
        access.requireNamedInBody("owner", document.owner(), Optional.empty());
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
        Article article = permitted(id);
        return new Versioned<>(ArticleResponse.of(article, contents.read(article)), article.version());
    }

    /** Who changed the article when, newest first, with the article as it was after each change. */
    public List<ArticleHistoryEntry> history(UUID id) {
        permitted(id);
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
     * The article, if the declared operation is allowed on it. Read by the owner's own principals and platform
     * admins, by a host's agents and admins for a client's article while a contract covers its area (a town's general
     * information under any contract), and — a shared
     * article — by every town the owner serves in its area. Changed only by the owner's own admins (MANAGE, never
     * delegated): 403 for those who may read it, 404 for everyone else.
     */
    Article permitted(UUID id) {
        Article article = articles.findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("article", id));
        access.require(target(article));
        return article;
    }

    /** Whether the caller may read the article named in a body (the article opened from a search). */
    public boolean isReadable(UUID id) {
        return articles.findByIdOptional(id)
                .filter(article -> access.mayRead(AccessSubject.OWNER_OR_TOWNS_IT_SERVES, target(article)))
                .isPresent();
    }

    private static AccessTarget target(Article article) {
        // a town's general information is read under any contract serving the town (only its owner changes it)
        boolean general = article.scope() == ArticleScope.LOCAL && GeneralInformation.isGeneral(article.serviceArea());
        Optional<String> area = general ? Optional.empty() : Optional.of(article.serviceArea());
        return article.scope() == ArticleScope.SHARED
                ? AccessTarget.shared("article", article.id(), article.ownerTenantId(), area)
                : AccessTarget.owned("article", article.id(), article.ownerTenantId(), area);
    }

    /** Rules beyond single fields, all reported at once; nothing is written when one fails. */
    private void requireConsistent(ArticleRequest request) {
        TenancySnapshot snapshot = access.snapshot();
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
