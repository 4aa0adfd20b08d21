package de.servicecenter.contact.planning;

/**
 * Erlang's delay model (M/M/N): every caller waits until an agent is free. It overstates the agents needed where
 * callers hang up ({@link ErlangA}), and is the standard every workforce tool and textbook quotes.
 *
 * <p>The probability of waiting is computed from Erlang B's recursion, B(n) = A·B(n−1) / (n + A·B(n−1)), which
 * stays within (0, 1] for any number of agents, instead of from A^N/N!, which overflows a double beyond 170 agents.
 *
 * @param callsPerSecond  offered calls per second (calls of the interval / its length)
 * @param handlingSeconds mean handling time: talk and wrap-up
 */
public record ErlangC(double callsPerSecond, double handlingSeconds) implements QueueModel {

    public ErlangC {
        Arguments.requireNonNegative("callsPerSecond", callsPerSecond);
        Arguments.requirePositive("handlingSeconds", handlingSeconds);
    }

    @Override
    public double erlangs() {
        return callsPerSecond * handlingSeconds;
    }

    /** The probability that a call waits at all with {@code agents} agents: 1 when they cannot keep up. */
    public double waitProbability(int agents) {
        double load = erlangs();
        if (load == 0) {
            return 0;
        }
        if (agents <= load) {
            return 1;
        }
        double blocking = 1;
        for (int n = 1; n <= agents; n++) {
            blocking = load * blocking / (n + load * blocking);
        }
        return agents * blocking / (agents - load * (1 - blocking));
    }

    @Override
    public QueuePerformance performance(int agents, int withinSeconds) {
        double load = erlangs();
        if (load == 0) {
            return new QueuePerformance(agents, 1, 0, 0, 0, 0);
        }
        if (agents <= load) {
            // the queue grows without end: nobody is answered within any time, the agents never rest
            return new QueuePerformance(agents, 0, 1, 0, Double.POSITIVE_INFINITY, 1);
        }
        double waiting = waitProbability(agents);
        double slack = agents - load;
        double serviceLevel = 1 - waiting * Math.exp(-slack * withinSeconds / handlingSeconds);
        return new QueuePerformance(agents, serviceLevel, waiting, 0, waiting * handlingSeconds / slack,
                load / agents);
    }

    @Override
    public int fewestWorthTrying(ServiceTarget target) {
        return (int) Math.floor(erlangs()) + 1;
    }
}
