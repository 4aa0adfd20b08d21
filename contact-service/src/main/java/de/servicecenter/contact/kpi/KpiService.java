package de.servicecenter.contact.kpi;

import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantPrincipal;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.contact.contactlog.Channel;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * KPI reports: per town for the town itself (all its contacts) and for a host reading under a contract (the
 * contacts its own centers handled); per center for the center's host. Everyone else gets 404.
 */
@ApplicationScoped
public class KpiService {

    static final int MAX_DAYS = 366;
    static final int MAX_DAYS_BY_HOUR = 31;
    static final int MAX_THRESHOLDS = 5;

    private final KpiRepository repository;
    private final TenantAccess access;
    private final List<Integer> defaultServiceLevelSeconds;
    private final int defaultShortAbandonSeconds;
    private final Clock clock;

    KpiService(KpiRepository repository, TenantAccess access,
               @ConfigProperty(name = "scv.kpi.service-level-seconds", defaultValue = "20,30") List<Integer> serviceLevelSeconds,
               @ConfigProperty(name = "scv.kpi.short-abandon-seconds", defaultValue = "5") int shortAbandonSeconds,
               Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.access = access;
        this.defaultServiceLevelSeconds = List.copyOf(serviceLevelSeconds);
        this.defaultShortAbandonSeconds = shortAbandonSeconds;
    }

    public KpiReport forTown(String town, KpiParameters parameters) {
        Optional<Set<String>> onlyCenters = requireTownReader(town, filter(parameters.serviceArea()));
        return report(Optional.of(town), filter(parameters.serviceCenter()), onlyCenters, parameters);
    }

    /** Calls again within {@code withinDays}, for the readers of the town's KPIs. */
    public RepeatCallers repeatCallers(String town, String from, String to, String withinDays) {
        Optional<Set<String>> onlyCenters = requireTownReader(town, Optional.empty());
        int days = QueryParameters.optionalInt(withinDays, "withinDays", 1, 31).orElse(7);
        KpiParameters parameters = new KpiParameters(from, to, null, null, null, null, null, null, null);
        Period period = period(parameters);
        KpiQuery query = query(Optional.of(town), Optional.empty(), onlyCenters, period, parameters);
        long[] calls = repository.repeatCalls(query, Duration.ofDays(days));
        return new RepeatCallers(town, period.from(), period.to(), days, calls[0], calls[1],
                KpiFigures.rate(calls[1], calls[0]));
    }

    /**
     * Allows the town's own principals (all its contacts) and hosts serving it under a contract (only what their own
     * centers handled: the answer names those centers); 404 for everyone else.
     */
    private Optional<Set<String>> requireTownReader(String town, Optional<String> area) {
        access.requireTenant(town, area); // again with the area, which the declaration's filter parameters carry
        TenantPrincipal principal = access.principal();
        if (principal.isPlatformAdmin() || principal.tenantId().orElseThrow().equals(town)) {
            return Optional.empty();
        }
        return Optional.of(centersOf(access.snapshot(), principal.tenantId().get()));
    }

    public KpiReport forCenter(String serviceCenter, KpiParameters parameters) {
        String host = access.snapshot().serviceCenters().get(serviceCenter);
        if (host == null) {
            throw NotFoundProblem.of("service center", serviceCenter);
        }
        access.require(AccessTarget.owned("service center", serviceCenter, host, Optional.empty()));
        return report(filter(parameters.town()), Optional.of(serviceCenter), Optional.empty(), parameters);
    }

    private KpiReport report(Optional<String> town, Optional<String> serviceCenter, Optional<Set<String>> onlyCenters,
                             KpiParameters parameters) {
        Period period = period(parameters);
        KpiQuery query = query(town, serviceCenter, onlyCenters, period, parameters);
        KpiRepository.Result result = repository.count(query);
        List<KpiFigures> groups = new ArrayList<>();
        for (Map.Entry<String, KpiCounts> group : result.groups().entrySet()) {
            groups.add(KpiFigures.of(query.groupBy().orElseThrow().label(group.getKey()), group.getValue(),
                    query.serviceLevelSeconds()));
        }
        KpiFigures total = KpiFigures.of(null, result.total(), query.serviceLevelSeconds());
        HandoffFigures.Counts handoffs = repository.handoffs(query, clock.instant());
        return new KpiReport(town.orElse(null), serviceCenter.orElse(null),
                period.from(), period.to(), query.groupBy().orElse(null), query.shortAbandonSeconds(), total, groups,
                HandoffFigures.of(handoffs, total));
    }

    /** Berlin days, both inclusive. */
    private record Period(LocalDate from, LocalDate to) {
    }

    private Period period(KpiParameters parameters) {
        LocalDate today = LocalDate.now(clock.withZone(BerlinTime.ZONE));
        LocalDate to = QueryParameters.optionalDate(parameters.to(), "to").orElse(today);
        LocalDate from = QueryParameters.optionalDate(parameters.from(), "from").orElse(to.withDayOfMonth(1));
        return new Period(from, to);
    }

    private KpiQuery query(Optional<String> town, Optional<String> serviceCenter, Optional<Set<String>> onlyCenters,
                           Period period, KpiParameters parameters) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Optional<Grouping> groupBy = QueryParameters.optionalEnum(parameters.groupBy(), "groupBy", Grouping.class);
        Optional<String> channel = QueryParameters.optionalEnum(parameters.channel(), "channel", Channel.class)
                .map(Enum::name);
        int shortAbandon = QueryParameters.optionalInt(parameters.shortAbandonSeconds(), "shortAbandonSeconds", 0, 600)
                .orElse(defaultShortAbandonSeconds);

        List<FieldError> errors = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days < 1) {
            errors.add(new FieldError("to", "must not be before from (" + from + ")"));
        } else if (days > MAX_DAYS) {
            errors.add(new FieldError("to", "must be at most " + MAX_DAYS + " days after from"));
        } else if (groupBy.filter(Grouping.HOUR::equals).isPresent() && days > MAX_DAYS_BY_HOUR) {
            errors.add(new FieldError("groupBy", "HOUR needs a period of at most " + MAX_DAYS_BY_HOUR + " days"));
        }
        TreeSet<Integer> thresholds = new TreeSet<>();
        List<String> asked = parameters.serviceLevelSeconds() == null ? List.of() : parameters.serviceLevelSeconds();
        for (String threshold : asked) {
            QueryParameters.optionalInt(threshold, "serviceLevelSeconds", 1, 3600).ifPresent(thresholds::add);
        }
        if (thresholds.size() > MAX_THRESHOLDS) {
            errors.add(new FieldError("serviceLevelSeconds", "at most " + MAX_THRESHOLDS + " thresholds"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        return new KpiQuery(town, serviceCenter, onlyCenters, from.atStartOfDay(BerlinTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(BerlinTime.ZONE).toInstant(), groupBy,
                filter(parameters.serviceArea()), channel,
                thresholds.isEmpty() ? defaultServiceLevelSeconds : List.copyOf(thresholds), shortAbandon);
    }

    private static Set<String> centersOf(TenancySnapshot network, String tenant) {
        return network.serviceCenters().entrySet().stream()
                .filter(center -> center.getValue().equals(tenant))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Optional<String> filter(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
