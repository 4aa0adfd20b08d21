package de.servicecenter.routing.ruleset;

/** What happens to a call. */
public enum ActionType {
    /** To a service center's queue (a SIP URI), tagged with the caller's town; needs a contract unless it is the town's own. */
    ROUTE_TO_CENTER,
    /** To a phone number, e.g. a department of the town. */
    ROUTE_TO_NUMBER,
    /** The caller hears an announcement (closed, holiday with its name, overload) and the call ends. */
    ANNOUNCEMENT,
    /** The caller may leave a message. */
    VOICEMAIL,
    /** The caller is offered a call back. */
    CALLBACK_OFFER
}
