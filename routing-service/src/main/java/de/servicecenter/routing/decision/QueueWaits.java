package de.servicecenter.routing.decision;

/** The current waits in the centers' queues, as the hosts' ACDs report them: what load rules decide on. */
@FunctionalInterface
public interface QueueWaits {

    /** No reports: load rules hold only on the wait the phone system gives with the call. */
    QueueWaits NONE = (center, area, at) -> null;

    /**
     * The wait in seconds of the center's queue for the area, as last reported and still valid at {@code at}
     * (epoch seconds); null when there is no such report.
     */
    Integer secondsAt(String serviceCenter, String serviceArea, long at);
}
