package de.servicecenter.knowledge.learning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ArticleFeedbackRepository implements PanacheRepositoryBase<ArticleFeedback, UUID> {

    /** Articles of {@code owner} flagged outdated since their last change: id, title, flags, last flag, last comment. */
    @SuppressWarnings("unchecked")
    List<Object[]> reviewQueue(String owner) {
        return getEntityManager().createNativeQuery("""
                SELECT a.id, a.title, a.updated_at, count(f.id) AS flags, max(f.given_at) AS last_flagged,
                       (array_agg(f.comment ORDER BY f.given_at DESC) FILTER (WHERE f.comment IS NOT NULL))[1]
                FROM article a
                JOIN article_feedback f ON f.article_id = a.id AND f.kind = 'OUTDATED' AND f.given_at > a.updated_at
                WHERE a.owner_tenant_id = ?1 AND a.status <> 'ARCHIVED'
                GROUP BY a.id, a.title, a.updated_at
                ORDER BY flags DESC, last_flagged DESC""")
                .setParameter(1, owner).getResultList();
    }
}
