package de.servicecenter.contact.contactlog;

/** How the citizen reached the service center. */
public enum Channel {
    PHONE,
    EMAIL,
    /** In person, at a counter of the center. */
    COUNTER,
    CHAT
}
