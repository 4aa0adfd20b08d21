package de.servicecenter.knowledge.article;

/** Only published articles are searched; archived ones stay on record with their history. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
