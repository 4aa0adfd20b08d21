package de.servicecenter.tenant.contract;

/**
 * DRAFT: being negotiated, delegates nothing, may still change or be deleted. ACTIVE: signed and in force for
 * its validity. TERMINATED: ended early by notice; it keeps delegating up to its (shortened) last day and
 * stays on record.
 */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    TERMINATED
}
