package de.servicecenter.benchmarks;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.GermanHolidays;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import de.servicecenter.routing.decision.CallRequest;
import de.servicecenter.routing.decision.Decision;
import de.servicecenter.routing.decision.RoutingTable;
import de.servicecenter.routing.decision.RoutingTableCompiler;
import de.servicecenter.routing.decision.ScheduleDirectory;
import de.servicecenter.routing.ruleset.ActionDefinition;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import de.servicecenter.routing.ruleset.ConditionDefinition;
import de.servicecenter.routing.ruleset.EntryPointDefinition;
import de.servicecenter.routing.ruleset.MenuDefinition;
import de.servicecenter.routing.ruleset.RuleDefinition;
import de.servicecenter.routing.ruleset.RuleSetDefinition;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One routing decision, in-process, on one thread (one core): 50 towns with 6 rules each (300 rules), each town
 * with a phone menu of five keys, five hosts' centers with their hours, contracts for every town, NRW holidays.
 * The calls cycle through 4,096 prepared ones — every town, key (or none), times of day and days across 40 days (Christmas included),
 * with and without a queue wait — so the branch predictor cannot learn one path.
 *
 * <pre>benchmarks/jmh.sh RoutingDecision</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(2)
public class RoutingDecisionBenchmark {

    static final int TOWNS = 50;
    static final int HOSTS = 5;
    static final String[] AREAS = {"zentrale", "buergerbuero", "ordnungswesen", "standesamt", "kfz-zulassung", "soziales"};
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private RoutingTable table;
    private CallRequest[] calls;
    private int next;

    @Setup
    public void compile() throws InvalidScheduleException {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Map<ScheduleReference, ScheduleDirectory.NamedSchedule> schedules = new HashMap<>();
        Map<String, String> centers = new HashMap<>();
        Set<String> tenants = new HashSet<>();
        for (int h = 0; h < HOSTS; h++) {
            String host = "host-" + h;
            tenants.add(host);
            centers.put("center-" + h, host);
            schedules.put(ScheduleReference.ofCenter("center-" + h), new ScheduleDirectory.NamedSchedule("Center " + h,
                    ScheduleCompiler.compile(new ScheduleDefinition("DE-NW", List.of(new WeeklyPeriodDefinition(
                            LocalDate.of(2015, 1, 1), null, List.of(
                            new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"),
                                    "08:00", (17 + h % 2) + ":00"),
                            new WeeklyRuleDefinition(List.of("FRIDAY"), "08:00", "13:00")))),
                            List.of()))));
        }
        List<DelegationGrant> grants = new ArrayList<>();
        Map<String, RuleSetDefinition> ruleSets = new HashMap<>();
        calls = new CallRequest[4096];
        for (int t = 0; t < TOWNS; t++) {
            String town = "town-" + t;
            tenants.add(town);
            int h = t % HOSTS;
            String center = "center-" + h;
            grants.add(new DelegationGrant("contract-" + t, "host-" + h, town, center, false,
                    Set.of("buergerbuero", "ordnungswesen", "kfz-zulassung"), LocalDate.of(2015 + t % 10, 1, 1),
                    Optional.empty(), CostModel.perCall(new BigDecimal("2.85"))));
            ScheduleReference hours = ScheduleReference.ofCenter(center);
            ActionDefinition toCenter = new ActionDefinition(ActionType.ROUTE_TO_CENTER, center,
                    "sip:" + town + "@center-" + h + ".example", null, null);
            List<MenuDefinition.Option> options = new ArrayList<>();
            for (int k = 1; k < AREAS.length; k++) {
                options.add(new MenuDefinition.Option(Integer.toString(k), AREAS[k], null, AREAS[k]));
            }
            ruleSets.put(town, new RuleSetDefinition(
                    List.of(new EntryPointDefinition(number(t), town, new MenuDefinition(options, "zentrale", 8))),
                    List.of(new RuleDefinition("Feiertag", new ConditionDefinition(null, null, null, true, null, null, null),
                                    new ActionDefinition(ActionType.ANNOUNCEMENT, null, null, AnnouncementKind.HOLIDAY, null)),
                            new RuleDefinition("Überlast", new ConditionDefinition(List.of("buergerbuero", "ordnungswesen"),
                                    hours, null, null, null, null, 180),
                                    new ActionDefinition(ActionType.CALLBACK_OFFER, null, null, null, null)),
                            new RuleDefinition("Pilot", new ConditionDefinition(List.of("kfz-zulassung"), hours, null, null,
                                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null), toCenter),
                            new RuleDefinition("Zum Host", new ConditionDefinition(List.of("buergerbuero", "ordnungswesen"),
                                    hours, null, null, null, null, null), toCenter),
                            new RuleDefinition("Geschlossen", new ConditionDefinition(null, null, hours, null, null, null, null),
                                    new ActionDefinition(ActionType.ANNOUNCEMENT, null, null, AnnouncementKind.CLOSED, null)),
                            new RuleDefinition("Rathaus", null, new ActionDefinition(ActionType.ROUTE_TO_NUMBER, null,
                                    "+49200000" + (1000 + t), null, null)))));
        }
        TenancySnapshot tenancy = new TenancySnapshot(tenants, grants, Set.of(AREAS), centers);
        ScheduleDirectory directory = ScheduleDirectory.of(schedules, town -> GermanHolidays.of("DE-NW"));
        table = RoutingTableCompiler.compile(ruleSets, tenancy, directory, today, Instant.now());

        Random random = new Random(42);
        for (int i = 0; i < calls.length; i++) {
            int key = random.nextInt(AREAS.length + 1);
            Instant at = today.plusDays(random.nextInt(40)).atTime(6 + random.nextInt(14), random.nextInt(60))
                    .atZone(BERLIN).toInstant();
            calls[i] = new CallRequest(number(random.nextInt(TOWNS)), key == 0 ? null : Integer.toString(key % 8), at,
                    random.nextInt(4) == 0 ? random.nextInt(300) : null);
        }
        // The mix must exercise every kind of outcome, or the benchmark would measure one short path.
        Map<String, Integer> mix = new TreeMap<>();
        for (CallRequest call : calls) {
            Decision decision = table.decide(call);
            mix.merge(decision.action() + (decision.announcement() == null ? "" : " " + decision.announcement()), 1,
                    Integer::sum);
        }
        if (mix.size() < 5) {
            throw new IllegalStateException("the calls exercise too few outcomes: " + mix);
        }
        System.err.println("outcomes of the " + calls.length + " calls: " + mix);
    }

    private static String number(int town) {
        return "+4923" + (100000 + town);
    }

    @Benchmark
    public Decision decide() {
        CallRequest call = calls[next++ & (calls.length - 1)];
        return table.decide(call);
    }
}
