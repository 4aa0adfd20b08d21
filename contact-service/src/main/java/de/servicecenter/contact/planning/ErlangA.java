package de.servicecenter.contact.planning;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Palm's model with impatient callers (Erlang A, M/M/N+M): like {@link ErlangC}, but a waiting caller hangs up after
 * an exponentially distributed patience. Real callers do, and those who hang up shorten the queue for the others:
 * Erlang A needs fewer agents than Erlang C for the same answered-within share, and stays meaningful when the agents
 * cannot keep up (Mandelbaum and Zeltyn, "The Palm/Erlang-A Queue, with Applications to Call Centers", 2005).
 *
 * <p>Computed exactly, without the diffusion approximations: the number of calls in the system is a birth-death
 * process (arrivals λ; n·μ while n ≤ N agents are busy; N·μ + (n−N)·θ with n−N callers waiting), its steady state
 * summed in logarithms so that no product of rates overflows with a thousand agents. Whether a waiting caller is
 * answered within t seconds follows the caller through the queue: the callers ahead leave at N·μ + j·θ (answered or
 * hung up), the caller itself hangs up at θ — a small absorbing chain, evaluated at t by uniformization.
 *
 * @param callsPerSecond  offered calls per second
 * @param handlingSeconds mean handling time (talk and wrap-up), 1/μ
 * @param patienceSeconds mean time a caller waits before hanging up, 1/θ (estimated from the abandoned calls)
 */
public record ErlangA(double callsPerSecond, double handlingSeconds, double patienceSeconds) implements QueueModel {

    /** Steady-state mass below which a longer queue is not followed (it changes no figure in the 12th digit). */
    private static final double NEGLIGIBLE = 1e-14;
    /** A queue this long means a patience far beyond any caller's; Erlang C is the model for that. */
    private static final int LONGEST_QUEUE = 1_000_000;

    public ErlangA {
        Arguments.requireNonNegative("callsPerSecond", callsPerSecond);
        Arguments.requirePositive("handlingSeconds", handlingSeconds);
        Arguments.requirePositive("patienceSeconds", patienceSeconds);
    }

    /**
     * Callers' mean patience from what a history shows: with exponential patience, P(abandon) = θ · E[wait] over
     * all calls (Mandelbaum and Zeltyn 2005, section 4.6), so θ = abandoned calls / their and the answered calls'
     * waiting time together — the answered calls' waits count as patience that was not used up. Empty when nobody
     * hung up: the history then shows no impatience to model (use Erlang C).
     */
    public static OptionalDouble patienceFrom(double waitingSecondsOfAllCalls, long abandoned) {
        if (abandoned <= 0 || waitingSecondsOfAllCalls <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(waitingSecondsOfAllCalls / abandoned);
    }

    @Override
    public double erlangs() {
        return callsPerSecond * handlingSeconds;
    }

    @Override
    public QueuePerformance performance(int agents, int withinSeconds) {
        if (agents < 0 || withinSeconds < 0) {
            throw new IllegalArgumentException("agents and withinSeconds must not be negative");
        }
        if (callsPerSecond == 0) {
            return new QueuePerformance(agents, 1, 0, 0, 0, 0);
        }
        if (agents == 0) {
            // nobody answers: every caller waits until they hang up
            return new QueuePerformance(0, 0, 1, 1, patienceSeconds, 0);
        }
        double[] states = steadyState(agents);
        double answeredAtOnce = 0;
        for (int n = 0; n < agents; n++) {
            answeredAtOnce += states[n];
        }
        double[] waiting = Arrays.copyOfRange(states, agents, states.length);
        double meanQueue = 0;
        for (int j = 1; j < waiting.length; j++) {
            meanQueue += j * waiting[j];
        }
        double theta = 1 / patienceSeconds;
        double abandonment = theta * meanQueue / callsPerSecond;
        double serviceLevel = answeredAtOnce + answeredWithin(agents, waiting, withinSeconds);
        double occupancy = callsPerSecond * (1 - abandonment) * handlingSeconds / agents;
        return new QueuePerformance(agents, Math.min(1, serviceLevel), 1 - answeredAtOnce, abandonment,
                meanQueue / callsPerSecond, Math.min(1, occupancy));
    }

    /**
     * The steady-state probabilities of 0, 1, … calls in the system (index n), up to where the rest is negligible.
     * λ·p(n−1) = n·μ·p(n) up to N, then λ·p(n−1) = (N·μ + (n−N)·θ)·p(n).
     */
    private double[] steadyState(int agents) {
        double mu = 1 / handlingSeconds;
        double theta = 1 / patienceSeconds;
        double lambda = callsPerSecond;
        // logarithms relative to p(N), the state where every agent is busy and nobody waits
        double[] logBelow = new double[agents + 1];
        for (int n = agents; n >= 1; n--) {
            logBelow[n - 1] = logBelow[n] + Math.log(n * mu / lambda);
        }
        double[] logAbove = new double[64];
        int queued = 0;
        double largest = 0;
        for (double log : logBelow) {
            largest = Math.max(largest, log);
        }
        while (true) {
            double ratio = lambda / (agents * mu + (queued + 1) * theta);
            double next = logAbove[queued] + Math.log(ratio);
            largest = Math.max(largest, next);
            // the weights fall from here on (the ratio only shrinks); stop once they no longer matter
            if (ratio < 1 && next - largest < Math.log(NEGLIGIBLE)) {
                break;
            }
            if (++queued >= LONGEST_QUEUE) {
                throw new IllegalArgumentException("patience of " + patienceSeconds + " s keeps more than "
                        + LONGEST_QUEUE + " callers waiting; use Erlang C");
            }
            if (queued == logAbove.length) {
                logAbove = Arrays.copyOf(logAbove, queued * 2);
            }
            logAbove[queued] = next;
        }
        double[] states = new double[agents + queued + 1];
        double total = 0;
        for (int n = 0; n <= agents; n++) {
            states[n] = Math.exp(logBelow[n] - largest);
            total += states[n];
        }
        for (int j = 1; j <= queued; j++) {
            states[agents + j] = Math.exp(logAbove[j] - largest);
            total += states[agents + j];
        }
        for (int n = 0; n < states.length; n++) {
            states[n] /= total;
        }
        return states;
    }

    /**
     * The share of all calls that arrive to a queue — {@code waiting[j]}: j callers already waiting — and are answered
     * within {@code seconds}. A caller with j ahead moves up at N·μ + j·θ, hangs up at θ, and is answered from the
     * head at N·μ. Uniformized at Λ, the largest of these rates: P(answered by t) = Σ_k Poisson(k; Λt) · S_k, with S_k
     * the share answered after k steps of the embedded chain.
     */
    private double answeredWithin(int agents, double[] waiting, int seconds) {
        if (seconds == 0) {
            return 0;
        }
        int longest = waiting.length - 1;
        double tail = 0;
        while (longest > 0 && tail + waiting[longest] < NEGLIGIBLE) {
            tail += waiting[longest--];
        }
        double service = agents / handlingSeconds;
        double theta = 1 / patienceSeconds;
        double uniform = service + (longest + 1) * theta;
        double[] position = Arrays.copyOf(waiting, longest + 1);
        double[] next = new double[longest + 1];
        double steps = uniform * seconds;
        int lastStep = (int) Math.ceil(steps + 10 * Math.sqrt(steps) + 40);
        double logWeight = -steps; // log Poisson(0; Λt)
        double answered = 0;
        double result = 0;
        for (int k = 1; k <= lastStep; k++) {
            answered += position[0] * service / uniform;
            for (int j = 0; j <= longest; j++) {
                double stay = 1 - (service + (j + 1) * theta) / uniform;
                double fromBehind = j < longest ? position[j + 1] * (service + (j + 1) * theta) / uniform : 0;
                next[j] = position[j] * stay + fromBehind;
            }
            double[] swap = position;
            position = next;
            next = swap;
            logWeight += Math.log(steps) - Math.log(k);
            result += Math.exp(logWeight) * answered;
        }
        // the Poisson mass beyond the last step (below 1e-15) has at most every waiting caller answered
        return result;
    }

    @Override
    public int fewestWorthTrying(ServiceTarget target) {
        // the agents answer at most N/A of the calls: below share × load the share answered cannot be reached
        return (int) Math.floor(target.share() * erlangs());
    }
}
