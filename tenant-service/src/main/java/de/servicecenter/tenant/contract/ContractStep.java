package de.servicecenter.tenant.contract;

/** One step in a contract's life, recorded with the party and person that took it. */
public enum ContractStep {
    /** The host proposed the terms. */
    PROPOSED,
    /** The host changed the terms; an earlier acceptance or rejection no longer holds. */
    REVISED,
    /** The client accepted the terms of this version. */
    ACCEPTED,
    /** The client declined, with a reason. */
    REJECTED,
    /** The host put the accepted contract in force. */
    ACTIVATED,
    /** A party gave notice, with the last day and a reason. */
    TERMINATED
}
