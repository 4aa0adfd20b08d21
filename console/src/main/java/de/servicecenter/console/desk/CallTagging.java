package de.servicecenter.console.desk;

import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.RoutingApi;
import de.servicecenter.console.platform.TenantApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Finds a popped call's tag. By call id, the decision routing-service gave the phone system is the truth (the same
 * tag the call carried); a call id routing-service no longer knows (another instance decided it, or too long ago)
 * falls back to the dialled number and key, read against the number's phone menu, as does a pop without call id.
 */
@ApplicationScoped
public class CallTagging {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RoutingApi routing;
    private final TenantApi tenants;

    CallTagging(@RestClient RoutingApi routing, @RestClient TenantApi tenants) {
        this.routing = routing;
        this.tenants = tenants;
    }

    /** The call's tag; empty when neither its id nor its number leads to a town the user may serve. */
    public Optional<TaggedCall> tag(CallContext call, Optional<String> userTown) {
        Optional<RoutingApi.RecordedCall> recorded = call.callId()
                .flatMap(id -> Answers.unlessNotFound("routing-service", () -> routing.call(id)))
                .filter(decided -> decided.decision() != null && decided.decision().tag() != null);
        if (recorded.isPresent()) {
            RoutingApi.RecordedCall decided = recorded.get();
            RoutingApi.Tag tag = decided.decision().tag();
            return Optional.of(complete(tag.town(), tag.serviceArea(), tag.leikaKey(),
                    Optional.ofNullable(decided.decision().serviceCenter()), TaggedCall.Source.CALL_ID, call,
                    Optional.ofNullable(decided.dialledNumber()).or(call::number),
                    Optional.ofNullable(decided.menuOption()).or(call::key), userTown));
        }
        return call.number().flatMap(number -> Answers.unlessNotFound("routing-service", () -> routing.menu(number)))
                .map(menu -> {
                    RoutingApi.Option chosen = menu.chosen(call.key().orElse(""));
                    return complete(menu.town(), chosen.serviceArea(), chosen.leikaKey(), Optional.empty(),
                            TaggedCall.Source.MENU, call, Optional.of(menu.number()), call.key(), userTown);
                });
    }

    private TaggedCall complete(String town, String area, String leikaKey, Optional<String> decidedCenter,
                                TaggedCall.Source source, CallContext call, Optional<String> number,
                                Optional<String> key, Optional<String> userTown) {
        String townName = Answers.unlessNotFound("tenant-service", () -> tenants.town(town)).map(TenantApi.Town::name)
                .orElse(town);
        String areaName = Answers.unlessNotFound("tenant-service", () -> tenants.serviceArea(area))
                .map(TenantApi.ServiceArea::name).orElse(area);
        LocalDate today = LocalDate.now(BERLIN);
        Optional<TenantApi.Contract> contract = userTown.filter(own -> !own.equals(town))
                .flatMap(host -> Answers.required("tenant-service", () -> tenants.contractsWith(town)).stream()
                        .filter(c -> c.hostTown().equals(host) && c.clientTown().equals(town) && c.covers(area))
                        .filter(c -> "ACTIVE".equals(c.status()) && !c.validFrom().isAfter(today)
                                && (c.validUntil() == null || !c.validUntil().isBefore(today)))
                        .min(Comparator.comparing((TenantApi.Contract c) -> decidedCenter
                                .map(center -> !center.equals(c.serviceCenter())).orElse(false))));
        Optional<String> center = decidedCenter.or(() -> contract.map(TenantApi.Contract::serviceCenter));
        Optional<TenantApi.OpeningStatus> status = Answers.optional(() -> tenants.openingStatus(town, area));
        return new TaggedCall(town, townName, area, areaName, leikaKey, contract.orElse(null), center.orElse(null),
                source, call.callId().orElse(null), number.orElse(null), key.orElse(null), status.orElse(null));
    }
}
