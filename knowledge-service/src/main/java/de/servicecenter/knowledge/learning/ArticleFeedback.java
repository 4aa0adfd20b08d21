package de.servicecenter.knowledge.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What an agent said about an article: it helped, or it is outdated (with why). */
@Entity
@Table(name = "article_feedback")
public class ArticleFeedback {

    @Id
    private UUID id;

    @Column(name = "article_id")
    private UUID articleId;

    @Column(name = "given_at")
    private Instant givenAt;

    private String tenant;

    @Enumerated(EnumType.STRING)
    private FeedbackKind kind;

    private String comment;

    protected ArticleFeedback() {
    }

    ArticleFeedback(UUID id, UUID articleId, Instant givenAt, String tenant, FeedbackKind kind, String comment) {
        this.id = id;
        this.articleId = articleId;
        this.givenAt = givenAt;
        this.tenant = tenant;
        this.kind = kind;
        this.comment = comment;
    }
}
