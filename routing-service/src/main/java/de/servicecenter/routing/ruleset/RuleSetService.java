package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenancySource;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.routing.decision.RoutingNetwork;
import de.servicecenter.routing.decision.RoutingTable;
import de.servicecenter.routing.decision.RoutingTableCompiler;
import de.servicecenter.routing.decision.ScheduleDirectory;
import de.servicecenter.routing.decision.WeekSimulation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A town's rule sets: the town's own admins manage them whole; its host's admins, under a contract in force, write
 * the rules about the contract's areas. Either writes drafts and publishes them — after {@link RuleSetValidator}
 * found nothing wrong — or publishes an earlier version again. Every publication rebuilds the routing table.
 */
@ApplicationScoped
public class RuleSetService {

    /** Sources younger than this are trusted when a publication fails validation; older ones are fetched again. */
    static final Duration FRESH_ENOUGH = Duration.ofSeconds(5);

    private final RuleSetRepository repository;
    private final TenantAccess access;
    private final TenancySource tenancy;
    private final RoutingNetwork network;
    private final Clock clock;

    RuleSetService(RuleSetRepository repository, TenantAccess access, TenancySource tenancy, RoutingNetwork network, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.access = access;
        this.tenancy = tenancy;
        this.network = network;
    }

    public List<RuleSetVersion> versions(String town) {
        return repository.versions(town);
    }

    public RuleSetVersion version(String town, int version) {
        return repository.version(town, version).orElseThrow(() -> NotFoundProblem.of("rule set version", version));
    }

    public RuleSetVersion saveDraft(String town, RuleSetDefinition definition) {
        requireWithinContract(town, repository.withStatus(town, RuleSetStatus.DRAFT)
                .or(() -> repository.withStatus(town, RuleSetStatus.PUBLISHED)), definition, "saved");
        return repository.saveDraft(town, definition, access.principal().subject(), clock.instant());
    }

    /** Publishes the draft, or (roll back) a copy of an earlier version; 422 listing every problem otherwise. */
    public RuleSetVersion publish(String town, Optional<Integer> earlierVersion) {
        RuleSetVersion chosen = earlierVersion
                .map(version -> repository.version(town, version)
                        .orElseThrow(() -> NotFoundProblem.of("rule set version", version)))
                .orElseGet(() -> repository.withStatus(town, RuleSetStatus.DRAFT)
                        .orElseThrow(() -> NotFoundProblem.of("draft rule set of", town)));
        requireWithinContract(town, repository.withStatus(town, RuleSetStatus.PUBLISHED), chosen.definition(),
                "published");
        List<FieldError> problems = validate(town, chosen.definition());
        if (!problems.isEmpty() && network.builtBefore(clock.instant().minus(FRESH_ENOUGH))) {
            // A contract activated or a schedule created a moment ago: look again with what tenant-service knows now.
            tenancy.recheck();
            network.rebuild();
            problems = validate(town, chosen.definition());
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleProblem(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " stand in the way of publishing; nothing was published.", problems);
        }
        RuleSetVersion published = repository.publish(town, chosen, access.principal().subject(), clock.instant());
        network.rebuild();
        return published;
    }

    /** What the draft (or a version) would decide for a number and key over {@code days} days from {@code from}. */
    public List<WeekSimulation.Interval> simulate(String town, Optional<Integer> version, String number, String key,
                                                  Optional<LocalDate> from, int days) {
        RuleSetDefinition definition = version
                .map(v -> repository.version(town, v).orElseThrow(() -> NotFoundProblem.of("rule set version", v)))
                .or(() -> repository.withStatus(town, RuleSetStatus.DRAFT))
                .or(() -> repository.withStatus(town, RuleSetStatus.PUBLISHED))
                .orElseThrow(() -> NotFoundProblem.of("rule set of", town)).definition();
        LocalDate today = BerlinTime.dateOf(clock.instant());
        RoutingTable table = RoutingTableCompiler.compile(Map.of(town, definition), tenancy.snapshot(),
                network.schedules(), today, clock.instant());
        if (!table.hasNumber(number)) {
            throw BusinessRuleProblem.onField("number", number + " is not an entry point of this rule set");
        }
        return WeekSimulation.simulate(table, number, key, from.orElse(today), days);
    }

    private List<FieldError> validate(String town, RuleSetDefinition definition) {
        Map<String, String> numbersOfOthers = new HashMap<>();
        repository.published().forEach((other, set) -> {
            if (!other.equals(town)) {
                set.entryPoints().forEach(entry -> numbersOfOthers.put(entry.number(), other));
            }
        });
        ScheduleDirectory schedules = network.schedules();
        return RuleSetValidator.validate(town, definition, numbersOfOthers, tenancy.snapshot(), schedules,
                BerlinTime.dateOf(clock.instant()));
    }

    /**
     * A town's own admins (and platform admins) manage its whole rule set; a host acting under contract changes only
     * the rules about the contract's areas (see {@link DelegatedRules}). 422 naming each change outside them.
     */
    private void requireWithinContract(String town, Optional<RuleSetVersion> before, RuleSetDefinition after,
                                       String what) {
        if (access.allows(town, TenantOperation.MANAGE)) {
            return;
        }
        String host = access.principal().tenantId().orElseThrow();
        TenancySnapshot snapshot = access.snapshot();
        LocalDate today = BerlinTime.dateOf(clock.instant());
        List<FieldError> problems = DelegatedRules.outsideContract(
                before.map(RuleSetVersion::definition).orElse(DelegatedRules.NONE), after,
                areas -> snapshot.delegatesAll(host, town, areas, today));
        if (!problems.isEmpty()) {
            throw new BusinessRuleProblem("A host changes only the rules about the areas its contract covers; nothing "
                    + "was " + what + ".", problems);
        }
    }
}
