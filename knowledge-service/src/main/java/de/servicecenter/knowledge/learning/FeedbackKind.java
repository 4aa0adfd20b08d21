package de.servicecenter.knowledge.learning;

/** Feedback on an article. */
public enum FeedbackKind {
    HELPFUL,
    /** Puts the article into its owner's review queue until it is changed. */
    OUTDATED
}
