package de.servicecenter.contact.planning;

import java.util.Optional;

/**
 * How a host wants to staff: the service level to reach, the model (chosen from the history when empty: Erlang A
 * when callers hung up, Erlang C when none did), the share of paid hours not on the phone, a post's weekly hours
 * and the agents present whenever the center is open.
 */
public record StaffingSettings(ServiceTarget target, Optional<QueueModelName> model, double shrinkage,
                               double weeklyHours, int leastAgentsWhileOpen) {

    public static final double DEFAULT_SHRINKAGE = 0.30;
    /** A full-time post in the public sector (TVöD): 39 hours a week. */
    public static final double DEFAULT_WEEKLY_HOURS = 39;
    public static final int DEFAULT_LEAST_AGENTS = 1;
}
