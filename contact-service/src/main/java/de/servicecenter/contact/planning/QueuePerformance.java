package de.servicecenter.contact.planning;

/**
 * What a number of agents achieves for one interval's calls, in the steady state of the queueing model.
 *
 * @param agents             agents taking calls
 * @param serviceLevel       share of the offered calls answered within the target's seconds (abandoned calls count
 *                           against it, as in the measured service level)
 * @param waitProbability    share of the calls that find every agent busy and wait at all
 * @param abandonment        share of the calls that hang up before an agent answers (0 in Erlang C)
 * @param averageWaitSeconds mean time in the queue over all offered calls (answered and abandoned)
 * @param occupancy          share of the agents' time spent handling calls
 */
public record QueuePerformance(int agents, double serviceLevel, double waitProbability, double abandonment,
                               double averageWaitSeconds, double occupancy) {
}
