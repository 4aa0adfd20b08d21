package de.servicecenter.knowledge.article;

/** Fired by every article write; after commit the indexer sends what changed to Elasticsearch. */
public enum ArticleChanged {
    INSTANCE
}
