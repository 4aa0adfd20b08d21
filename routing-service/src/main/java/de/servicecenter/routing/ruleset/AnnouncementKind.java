package de.servicecenter.routing.ruleset;

/** Which announcement the phone system plays. */
public enum AnnouncementKind {
    /** Outside service hours; the phone system may add the next opening. */
    CLOSED,
    /** A public holiday; the decision names it. */
    HOLIDAY,
    /** All lines busy. */
    OVERLOAD,
    /** Any other message, given as text. */
    INFO
}
