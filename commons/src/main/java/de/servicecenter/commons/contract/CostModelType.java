package de.servicecenter.commons.contract;

/** How the client pays the host. */
public enum CostModelType {
    /** A share of full-time posts (Castrop-Rauxel pays Bochum 1.5-2 posts) at an annual cost per post. */
    FTE_SHARE,
    /** A price per answered call. */
    PER_CALL,
    /** A price per minute of conversation. */
    PER_MINUTE,
    /** A flat fee per month. */
    FLAT_FEE
}
