package de.servicecenter.routing.call;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The decisions taken for the last calls that came with a call id, so that whoever traces a call — from the PBX's call
 * records, the contact log or an agent's report — finds what was decided and why. In memory and bounded: a trace
 * looks minutes or hours back, and a restart or another instance of routing-service does not share it (the call id
 * is in every decision's answer, for the phone system to keep with its records).
 */
@ApplicationScoped
public class RecentCalls {

    static final int CAPACITY = 20_000;

    private final Map<String, RecordedCall> byCallId = new ConcurrentHashMap<>();
    private final Queue<String> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    void record(RecordedCall call) {
        if (byCallId.put(call.callId(), call) == null) {
            order.add(call.callId());
            if (size.incrementAndGet() > CAPACITY) {
                String oldest = order.poll();
                if (oldest != null) {
                    byCallId.remove(oldest);
                    size.decrementAndGet();
                }
            }
        }
    }

    Optional<RecordedCall> find(String callId) {
        return Optional.ofNullable(byCallId.get(callId));
    }
}
