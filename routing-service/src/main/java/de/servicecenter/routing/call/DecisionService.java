package de.servicecenter.routing.call;

import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.routing.decision.CallRequest;
import de.servicecenter.routing.decision.Decision;
import de.servicecenter.routing.decision.Fallback;
import de.servicecenter.routing.decision.RoutingNetwork;
import de.servicecenter.routing.decision.UnknownNumberException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Decides calls on the routing table in use — from memory, whatever is reachable. */
@ApplicationScoped
public class DecisionService {

    private static final String ENTRY_POINT = "entry point";

    private final RoutingNetwork network;
    private final Clock clock;
    private final DecisionMetrics metrics;
    private final QueueWaitBoard queueWaits;
    private final RecentCalls recentCalls;
    private final TenantAccess access;

    DecisionService(RoutingNetwork network, Clock clock, DecisionMetrics metrics, QueueWaitBoard queueWaits,
                    RecentCalls recentCalls, TenantAccess access) {
        this.access = access;
        this.clock = clock;
        this.metrics = metrics;
        this.network = network;
        this.queueWaits = queueWaits;
        this.recentCalls = recentCalls;
    }

    /** The menu of the entry point with this number. */
    /**
     * The menu of a number; for an agent or admin only of a town they may read — otherwise, as for a number nobody
     * has, no such entry point.
     */
    public MenuResponse menu(String number) {
        MenuResponse menu = network.current().table().entryPoint(number)
                .map(entry -> new MenuResponse(entry.getKey(), number, entry.getValue().name(),
                        entry.getValue().menu().optionsOrEmpty(), entry.getValue().menu().defaultServiceArea(),
                        entry.getValue().menu().noInputTimeoutSeconds()))
                .orElseThrow(() -> NotFoundProblem.of(ENTRY_POINT, number));
        access.require(AccessTarget.owned(ENTRY_POINT, number, menu.town(), Optional.empty()));
        return menu;
    }

    public DecisionResponse decide(DecisionRequest request) {
        return decide(request, null);
    }

    /**
     * Decides, on the wait the request gives or else the one the host's ACD reported; with a call id, records the
     * decision under it.
     *
     * @throws UnknownNumberException when no town has the number
     */
    public DecisionResponse decide(DecisionRequest request, String callId) {
        RoutingNetwork.State state = network.current();
        Instant now = clock.instant();
        CallRequest call = new CallRequest(request.dialledNumber(), request.menuOption(),
                request.at() == null ? now : request.at().toInstant(), request.queueWaitSeconds());
        Decision decision;
        try {
            decision = state.table().decide(call, queueWaits);
        } catch (UnknownNumberException e) {
            metrics.unknownNumber(state.fromCache());
            throw e;
        }
        metrics.decided(decision.action(), state.fromCache());
        DecisionResponse response = DecisionResponse.of(decision, state.fromCache(), callId);
        if (callId != null) {
            recentCalls.record(new RecordedCall(callId, now.atZone(BerlinTime.ZONE).toOffsetDateTime(),
                    request.dialledNumber(), request.menuOption(), response));
        }
        return response;
    }

    /**
     * The entry point's number when {@code written} is it in E.164 — with its +, without it, or with the + a form
     * decoding turned into a space; null otherwise (then the number needs reading in full).
     */
    public String asEntryPointNumber(String written) {
        if (written == null || written.length() < 8 || written.length() > 16) {
            return null;
        }
        int first = written.charAt(0) == '+' || written.charAt(0) == ' ' ? 1 : 0;
        if (written.charAt(first) == '0') {
            return null;
        }
        for (int i = first; i < written.length(); i++) {
            if (written.charAt(i) < '0' || written.charAt(i) > '9') {
                return null;
            }
        }
        String candidate = first == 1 && written.charAt(0) == '+' ? written : "+" + written.substring(first);
        return network.current().table().hasNumber(candidate) ? candidate : null;
    }

    /** Every entry point with where its calls go while routing-service cannot be asked. */
    public List<Fallback> fallbacks() {
        return network.current().table().fallbacks();
    }

    /**
     * A call decided here recently: for the phone system, and for the people of the town called and of its host
     * (an agent's desktop pops the call by its id) — for the call's area under a contract in force.
     */
    public RecordedCall call(String callId) {
        RecordedCall call = recentCalls.find(callId).orElseThrow(() -> NotFoundProblem.of("call", callId));
        Decision.CallTag tag = call.decision().tag();
        String town = tag != null ? tag.town()
                : network.current().table().entryPoint(call.dialledNumber()).map(entry -> entry.getKey()).orElse("");
        access.require(AccessTarget.owned("call", callId, town,
                Optional.ofNullable(tag).map(Decision.CallTag::serviceArea)));
        return call;
    }

    static NotFoundProblem unknownNumber(String number) {
        return new NotFoundProblem("No town has an entry point with the number " + number + ".");
    }
}
