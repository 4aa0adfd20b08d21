package de.servicecenter.knowledge.learning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SearchLogRepository implements PanacheRepositoryBase<SearchLogEntry, UUID> {

    /** Per query: searches, searches without hits, searches without an opened article; the worst first. */
    @SuppressWarnings("unchecked")
    List<Object[]> gaps(String town, Instant from, Instant until, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT query,
                       count(*)                                              AS searches,
                       count(*) FILTER (WHERE hit_count = 0)                 AS without_hits,
                       count(*) FILTER (WHERE opened_article_id IS NULL)     AS without_opened_article
                FROM search_log
                WHERE town = ?1 AND searched_at >= ?2 AND searched_at < ?3
                GROUP BY query
                HAVING count(*) FILTER (WHERE hit_count = 0 OR opened_article_id IS NULL) > 0
                ORDER BY count(*) FILTER (WHERE hit_count = 0 OR opened_article_id IS NULL) DESC, query
                LIMIT ?4""")
                .setParameter(1, town).setParameter(2, from).setParameter(3, until).setParameter(4, limit)
                .getResultList();
    }
}
