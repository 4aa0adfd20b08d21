package de.servicecenter.routing.call;

import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.routing.decision.CallRequest;
import de.servicecenter.routing.decision.Decision;
import de.servicecenter.routing.decision.RoutingNetwork;
import de.servicecenter.routing.decision.UnknownNumberException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Decides calls on the routing table in use — from memory, whatever is reachable. */
@ApplicationScoped
public class DecisionService {

    private final RoutingNetwork network;
    private final Clock clock;
    private final DecisionMetrics metrics;

    DecisionService(RoutingNetwork network, Clock clock, DecisionMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.network = network;
    }

    /** The menu of the entry point with this number. */
    public MenuResponse menu(String number) {
        return network.current().table().entryPoint(number)
                .map(entry -> new MenuResponse(entry.getKey(), number, entry.getValue().name(),
                        entry.getValue().menu().optionsOrEmpty(), entry.getValue().menu().defaultServiceArea(),
                        entry.getValue().menu().noInputTimeoutSeconds()))
                .orElseThrow(() -> unknownNumber(number));
    }

    public DecisionResponse decide(DecisionRequest request) {
        RoutingNetwork.State state = network.current();
        CallRequest call = new CallRequest(request.dialledNumber(), request.menuOption(),
                request.at() == null ? clock.instant() : request.at().toInstant(), request.queueWaitSeconds());
        try {
            Decision decision = state.table().decide(call);
            metrics.decided(decision.action(), state.fromCache());
            return DecisionResponse.of(decision, state.fromCache());
        } catch (UnknownNumberException e) {
            metrics.unknownNumber(state.fromCache());
            throw unknownNumber(request.dialledNumber());
        }
    }

    private static NotFoundProblem unknownNumber(String number) {
        return new NotFoundProblem("No town has an entry point with the number " + number + ".");
    }
}
