package de.servicecenter.knowledge.article;

/** Whose knowledge an article is. */
public enum ArticleScope {
    /** Written by a host for every town it serves in the article's service area. */
    SHARED,
    /** One town's own specifics (örtliche Besonderheiten): "bring the form to the Bürgerbüro at Europaplatz". */
    LOCAL
}
