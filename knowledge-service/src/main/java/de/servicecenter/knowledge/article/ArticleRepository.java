package de.servicecenter.knowledge.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** Articles whose current version the search index does not hold yet, oldest change first. */
    public List<Article> awaitingIndex(int limit) {
        return find("indexedVersion is null or indexedVersion <> version order by updatedAt").page(0, limit).list();
    }

    /** Records that the index holds {@code version}, unless the article changed again meanwhile. */
    public void markIndexed(UUID id, long version) {
        update("indexedVersion = ?1 where id = ?2 and version = ?1", version, id);
    }

    /** Articles changed since {@code instant} must be sent again (they may have missed a rebuilt index). */
    public void markChangedSinceUnindexed(Instant instant) {
        update("indexedVersion = null where updatedAt >= ?1", instant);
    }
}
