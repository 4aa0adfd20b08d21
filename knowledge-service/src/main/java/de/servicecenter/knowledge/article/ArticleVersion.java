package de.servicecenter.knowledge.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an article: the article as it was afterwards, and who changed it when. Never changed itself. */
@Entity
@Table(name = "article_version")
@IdClass(ArticleVersion.Key.class)
public class ArticleVersion {

    @Id
    @Column(name = "article_id")
    private UUID articleId;

    @Id
    private long version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    private String snapshot;

    protected ArticleVersion() {
    }

    ArticleVersion(UUID articleId, long version, Instant changedAt, String changedBy, String snapshotJson) {
        this.articleId = articleId;
        this.version = version;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.snapshot = snapshotJson;
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String snapshotJson() {
        return snapshot;
    }

    /** Composite key: article and version. */
    public record Key(UUID articleId, long version) implements Serializable {

        public Key() {
            this(null, 0);
        }
    }
}
