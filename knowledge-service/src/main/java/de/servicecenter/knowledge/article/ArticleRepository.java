package de.servicecenter.knowledge.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** The owner's article for a LeiKa key, or - for a service without key - with that title. */
    public Optional<Article> findForImport(String owner, ArticleScope scope, String leikaKey, String title) {
        return leikaKey != null
                ? find("ownerTenantId = ?1 and scope = ?2 and leikaKey = ?3", owner, scope, leikaKey).firstResultOptional()
                : find("ownerTenantId = ?1 and scope = ?2 and leikaKey is null and title = ?3", owner, scope, title)
                        .firstResultOptional();
    }

    /** The next page of all articles in id order, after {@code id} (keyset paging: no growing offsets). */
    public List<Article> pageAfter(UUID id, int size) {
        return find("id > ?1 order by id", id).page(0, size).list();
    }

    public List<Article> ofOwner(String owner, ArticleScope scope) {
        return list("ownerTenantId = ?1 and scope = ?2 order by title, id", owner, scope);
    }

    /** Articles whose current version the search index does not hold yet, oldest change first. */
    public List<Article> awaitingIndex(int limit) {
        return find("indexedVersion is null or indexedVersion <> version order by updatedAt").page(0, limit).list();
    }

    /** How far the search index lags behind: articles awaiting it, and when the longest-waiting one changed. */
    public record IndexLag(long articles, Optional<Instant> oldestChange) {
        public static final IndexLag NONE = new IndexLag(0, Optional.empty());
    }

    public IndexLag indexLag() {
        Object[] row = getEntityManager().createQuery("select count(a), min(a.updatedAt) from Article a "
                + "where a.indexedVersion is null or a.indexedVersion <> a.version", Object[].class).getSingleResult();
        return new IndexLag(((Number) row[0]).longValue(), Optional.ofNullable((Instant) row[1]));
    }

    /**
     * Records that the index holds these articles in the versions given, except for any that changed again
     * meanwhile. One statement per distinct version (in practice one or two per batch).
     */
    public void markIndexed(List<Article> indexed) {
        indexed.stream().collect(Collectors.groupingBy(Article::version,
                        Collectors.mapping(Article::id, Collectors.toList())))
                .forEach((version, ids) -> update("indexedVersion = ?1 where id in ?2 and version = ?1", version, ids));
    }

    /** Articles changed since {@code instant} must be sent again (they may have missed a rebuilt index). */
    public void markChangedSinceUnindexed(Instant instant) {
        update("indexedVersion = null where updatedAt >= ?1", instant);
    }
}
