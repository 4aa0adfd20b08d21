package de.servicecenter.knowledge.article;

/** Who may be told an article: agents only, or citizens too (public search for portals). */
public enum Audience {
    INTERNAL,
    PUBLIC
}
