package de.servicecenter.contact.contactlog;

/** How a contact ended. Every outcome but {@link #ABANDONED} means an agent answered. */
public enum Outcome {
    /** Answered completely at first contact (Erstkontakt): counts toward first-contact resolution. */
    RESOLVED,
    /** Handed on to a department of the caller's town, which answers within 24 hours (115 promise). */
    FORWARDED,
    /** The agent promised a call back. */
    CALLBACK_PROMISED,
    /** The caller hung up before an agent answered. */
    ABANDONED,
    /** Reached the center by mistake; answered, but no concern of the town's, so outside first-contact resolution. */
    WRONG_NUMBER;

    public boolean answered() {
        return this != ABANDONED;
    }
}
