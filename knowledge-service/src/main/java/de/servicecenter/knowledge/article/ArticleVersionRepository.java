package de.servicecenter.knowledge.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ArticleVersionRepository implements PanacheRepositoryBase<ArticleVersion, ArticleVersion.Key> {

    List<ArticleVersion> of(UUID articleId) {
        return list("articleId", Sort.descending("version"), articleId);
    }
}
