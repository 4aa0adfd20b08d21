package de.servicecenter.routing.call;

import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.routing.decision.QueueWaits;
import de.servicecenter.routing.decision.RoutingNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The queue waits the hosts' ACDs report, per center and area: what load rules ("queue wait above") decide on when
 * the town's phone system, which cannot see the host's queue, gives no wait with the call. A report holds from a
 * little before it was measured (clocks differ) until it runs out; a later report replaces an earlier one, a late
 * arrival of an older one changes nothing. In memory: every instance of routing-service takes the reports (the ACD
 * reports every few seconds, and a report that reaches no instance runs out within a minute).
 */
@ApplicationScoped
public class QueueWaitBoard implements QueueWaits {

    /** How far the ACD's clock may run ahead of this one. */
    static final long CLOCK_SKEW_SECONDS = 30;

    private record Held(QueueWaitResponse report, long from, long until) {

        boolean holdsAt(long at) {
            return from <= at && at < until;
        }
    }

    private final Map<String, Held> reports = new ConcurrentHashMap<>();
    private final RoutingNetwork network;
    private final Clock clock;

    QueueWaitBoard(RoutingNetwork network, Clock clock) {
        this.network = network;
        this.clock = clock;
    }

    /** Takes a report, unless a later one for the same queue is held; answers the one held afterwards. */
    QueueWaitResponse report(String serviceCenter, QueueWaitReport report) {
        TenancySnapshot tenancy = network.current().sources().tenancy();
        List<FieldError> errors = new ArrayList<>();
        if (!tenancy.serviceCenters().containsKey(serviceCenter)) {
            errors.add(new FieldError("serviceCenter", "'" + serviceCenter + "' is not a service center"));
        }
        if (report.serviceArea() != null && !tenancy.serviceAreas().contains(report.serviceArea())) {
            errors.add(new FieldError("serviceArea", "'" + report.serviceArea() + "' is not a service area"));
        }
        Instant measured = report.measuredAt().toInstant();
        if (measured.isAfter(clock.instant().plusSeconds(CLOCK_SKEW_SECONDS))) {
            errors.add(new FieldError("measuredAt", "lies in the future; is the ACD's clock right?"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleProblem(errors.size() == 1 ? "1 field is not accepted." : errors.size()
                    + " fields are not accepted.", errors);
        }
        Instant expires = measured.plusSeconds(report.validForOrDefault());
        Held offered = new Held(new QueueWaitResponse(serviceCenter, report.serviceArea(), report.waitSeconds(),
                measured.atZone(BerlinTime.ZONE).toOffsetDateTime(),
                expires.atZone(BerlinTime.ZONE).toOffsetDateTime()),
                measured.getEpochSecond() - CLOCK_SKEW_SECONDS, expires.getEpochSecond());
        return reports.merge(key(serviceCenter, report.serviceArea()), offered,
                (held, offer) -> offer.report.measuredAt().isBefore(held.report.measuredAt()) ? held : offer).report;
    }

    /** The reports that hold now, by center and area. */
    List<QueueWaitResponse> current() {
        long now = clock.instant().getEpochSecond();
        return reports.values().stream().filter(held -> now < held.until).map(Held::report)
                .sorted(Comparator.comparing(QueueWaitResponse::serviceCenter)
                        .thenComparing(QueueWaitResponse::serviceArea, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public Integer secondsAt(String serviceCenter, String serviceArea, long at) {
        Held held = reports.get(key(serviceCenter, serviceArea));
        if (held == null || !held.holdsAt(at)) {
            held = reports.get(key(serviceCenter, null));
        }
        return held == null || !held.holdsAt(at) ? null : held.report.waitSeconds();
    }

    private static String key(String serviceCenter, String serviceArea) {
        return serviceArea == null ? serviceCenter : serviceCenter + '/' + serviceArea;
    }
}
