package de.servicecenter.contact.planning;

/**
 * The calls of one interval as a queue in front of a group of agents: Poisson arrivals, exponential handling times
 * (talk and wrap-up), first come first served. {@link ErlangC} lets every caller wait; {@link ErlangA} lets callers
 * hang up, as real callers do.
 */
public sealed interface QueueModel permits ErlangC, ErlangA {

    /** The offered load in Erlangs: calls per second × handling seconds — agents busy on average. */
    double erlangs();

    /** What {@code agents} agents achieve, the service level counted within {@code withinSeconds}. */
    QueuePerformance performance(int agents, int withinSeconds);

    /** The fewest agents that reach {@code target}; 0 when no calls are offered. */
    default int agentsFor(ServiceTarget target) {
        return smallestMeeting(target).agents();
    }

    /** What the fewest agents that reach {@code target} achieve. */
    default QueuePerformance smallestMeeting(ServiceTarget target) {
        double load = erlangs();
        int within = target.withinSeconds();
        if (load == 0) {
            return performance(0, within);
        }
        // The service level grows with every agent, so the fewest that reach the target are found by bisection
        // between a count that cannot reach it and one that surely does (load + 20 √load: Erlang C's probability
        // of waiting there is below 1e-80).
        int notEnough = Math.max(0, fewestWorthTrying(target) - 1);
        int enough = (int) Math.ceil(load + 20 * Math.sqrt(load) + 100);
        QueuePerformance best = performance(enough, within);
        if (best.serviceLevel() < target.share()) {
            throw new IllegalStateException("no staffing up to " + enough + " agents reaches " + target);
        }
        while (enough - notEnough > 1) {
            int middle = (notEnough + enough) >>> 1;
            QueuePerformance candidate = performance(middle, within);
            if (candidate.serviceLevel() >= target.share()) {
                enough = middle;
                best = candidate;
            } else {
                notEnough = middle;
            }
        }
        return best;
    }

    /** A count of agents below which {@code target} cannot be reached, to start the search from. */
    int fewestWorthTrying(ServiceTarget target);
}
