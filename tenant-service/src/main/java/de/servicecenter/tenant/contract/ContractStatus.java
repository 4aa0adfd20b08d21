package de.servicecenter.tenant.contract;

/**
 * A contract needs both parties (zwei Unterschriften): the host proposes, the client's admins accept or reject, and
 * only an accepted contract can be activated.
 * <ul>
 * <li>PROPOSED: written by the host, waiting for the client; delegates nothing, may be revised or withdrawn.</li>
 * <li>ACCEPTED: the client accepted exactly these terms; any revision makes it PROPOSED again.</li>
 * <li>REJECTED: the client declined; the host may revise it (a new proposal) or withdraw it.</li>
 * <li>ACTIVE: in force for its validity.</li>
 * <li>TERMINATED: one party gave notice; it keeps delegating up to its (shortened) last day and stays on record.</li>
 * </ul>
 */
public enum ContractStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    ACTIVE,
    TERMINATED;

    /** Whether a contract in this status delegates (on its days) — only after both signed and the host activated. */
    public boolean delegates() {
        return this == ACTIVE || this == TERMINATED;
    }
}
