package de.servicecenter.routing.ruleset;

/** Where a version of a town's rule set stands. */
public enum RuleSetStatus {
    /** Being edited; decides nothing. At most one per town. */
    DRAFT,
    /** The one that decides the town's calls. */
    PUBLISHED,
    /** Published once, replaced since; can be published again. */
    SUPERSEDED
}
