package de.servicecenter.contact.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Agents per half-hour for expected calls, and what they add up to in full-time posts (FTE).
 *
 * <p>Agents on the phone are not agents on the payroll: breaks, training, illness and holidays take a share of every
 * post's paid hours (shrinkage, typically 25–35 %). One FTE therefore covers {@code weeklyHours × (1 − shrinkage)}
 * agent-hours on the phone a week.
 *
 * @param handlingSeconds mean handling time (talk and wrap-up) from the history
 * @param patienceSeconds mean patience of callers from the history; null: callers are taken as waiting for ever
 *                        (Erlang C)
 * @param target          the service level to staff for
 * @param shrinkage       share of paid hours not on the phone, in [0, 1)
 * @param weeklyHours     paid hours of one full-time post a week (TVöD: 39)
 * @param leastWhileOpen  agents present in every open half-hour, even when the model asks for fewer
 */
public record Staffing(double handlingSeconds, Double patienceSeconds, ServiceTarget target, double shrinkage,
                       double weeklyHours, int leastWhileOpen) {

    public static final double HALF_HOUR_SECONDS = 1800;

    public Staffing {
        Arguments.requirePositive("handlingSeconds", handlingSeconds);
        if (patienceSeconds != null) {
            Arguments.requirePositive("patienceSeconds", patienceSeconds);
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage must be at least 0 and below 1, was " + shrinkage);
        }
        Arguments.requirePositive("weeklyHours", weeklyHours);
        if (leastWhileOpen < 0) {
            throw new IllegalArgumentException("leastWhileOpen must not be negative, was " + leastWhileOpen);
        }
    }

    /** The queue of one half-hour with {@code calls} expected calls. */
    public QueueModel model(double calls) {
        double perSecond = calls / HALF_HOUR_SECONDS;
        return patienceSeconds == null ? new ErlangC(perSecond, handlingSeconds)
                : new ErlangA(perSecond, handlingSeconds, patienceSeconds);
    }

    /** One half-hour: the calls expected, the agents needed and what they achieve. */
    public record Interval(int index, boolean open, double calls, int agents, QueuePerformance performance) {
    }

    /**
     * The agents for each half-hour: {@code calls[i]} expected, {@code open[i]} whether the center answers then.
     * Calls outside the opening hours are not staffed for (the phone system plays the hours).
     */
    public List<Interval> intervals(double[] calls, boolean[] open) {
        if (calls.length != open.length) {
            throw new IllegalArgumentException("calls and open differ in length");
        }
        List<Interval> intervals = new ArrayList<>(calls.length);
        for (int i = 0; i < calls.length; i++) {
            if (!open[i]) {
                intervals.add(new Interval(i, false, calls[i], 0, null));
                continue;
            }
            QueueModel model = model(calls[i]);
            QueuePerformance needed = model.smallestMeeting(target);
            QueuePerformance performance = needed.agents() >= leastWhileOpen ? needed
                    : model.performance(leastWhileOpen, target.withinSeconds());
            intervals.add(new Interval(i, true, calls[i], performance.agents(), performance));
        }
        return intervals;
    }

    /** Hours on the phone that half-hours staffed with the given agents take. */
    public static double agentHours(List<Interval> halfHours) {
        return halfHours.stream().mapToInt(Interval::agents).sum() * HALF_HOUR_SECONDS / 3600;
    }

    /** Full-time posts for a week of half-hours staffed with the given agents. */
    public double fullTimeEquivalents(List<Interval> week) {
        return agentHours(week) / (weeklyHours * (1 - shrinkage));
    }

    /** What {@code agents} agents achieve in a half-hour with {@code calls} expected calls. */
    public QueuePerformance with(double calls, int agents) {
        return model(calls).performance(agents, target.withinSeconds());
    }
}
