package de.servicecenter.routing.decision;

import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.HolidayCalendar;
import de.servicecenter.routing.decision.RoutingTable.EntryPoint;
import de.servicecenter.routing.decision.RoutingTable.Option;
import de.servicecenter.routing.decision.RoutingTable.Rule;
import de.servicecenter.routing.decision.RoutingTable.TimeCheck;
import de.servicecenter.routing.decision.RoutingTable.Town;
import de.servicecenter.routing.ruleset.ActionDefinition;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.ConditionDefinition;
import de.servicecenter.routing.ruleset.EntryPointDefinition;
import de.servicecenter.routing.ruleset.MenuDefinition;
import de.servicecenter.routing.ruleset.Prompts;
import de.servicecenter.routing.ruleset.RuleDefinition;
import de.servicecenter.routing.ruleset.RuleSetDefinition;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link RoutingTable} from every town's published rules, the contracts and the schedules. Times are
 * precomputed for a window of days around {@code today} ({@link #WINDOW_BEFORE_DAYS}, {@link #WINDOW_AFTER_DAYS});
 * the table is rebuilt daily and on every change, and answers outside the window from the schedules themselves.
 * References that cannot be resolved (a schedule deleted since publishing) make their condition never hold,
 * so the rule is passed over rather than guessed.
 */
public final class RoutingTableCompiler {

    static final int WINDOW_BEFORE_DAYS = 2;
    static final int WINDOW_AFTER_DAYS = 62;

    private RoutingTableCompiler() {
    }

    public static RoutingTable compile(Map<String, RuleSetDefinition> ruleSetsByTown, TenancySnapshot network,
                                       ScheduleDirectory schedules, LocalDate today, Instant now) {
        LocalDate first = today.minusDays(WINDOW_BEFORE_DAYS);
        LocalDate last = today.plusDays(WINDOW_AFTER_DAYS);
        Map<String, Integer> areaIndex = new LinkedHashMap<>();
        ruleSetsByTown.values().forEach(set -> {
            set.entryPoints().forEach(entry -> {
                areaIndex.putIfAbsent(entry.menu().defaultServiceArea(), areaIndex.size());
                entry.menu().optionsOrEmpty().forEach(option -> areaIndex.putIfAbsent(option.serviceArea(), areaIndex.size()));
            });
            set.rules().forEach(rule -> rule.conditions().serviceAreasOrEmpty()
                    .forEach(area -> areaIndex.putIfAbsent(area, areaIndex.size())));
        });
        Map<ScheduleReference, Optional<TimeCheck>> scheduleChecks = new HashMap<>();
        Map<String, EntryPoint> entryPoints = new HashMap<>();
        Map<String, EntryPointDefinition> definitionsByNumber = new HashMap<>();
        for (Map.Entry<String, RuleSetDefinition> townSet : ruleSetsByTown.entrySet()) {
            String townId = townSet.getKey();
            HolidayCalendar calendar = schedules.holidays(townId);
            List<Rule> rules = new ArrayList<>();
            List<RuleDefinition> definitions = townSet.getValue().rules();
            for (int i = 0; i < definitions.size(); i++) {
                rules.add(rule(i + 1, definitions.get(i), queueOf(definitions, i), townId, areaIndex, network, schedules,
                        scheduleChecks, first, last));
            }
            Town town = new Town(townId, rules.toArray(Rule[]::new), Timeline.holidays(calendar, first, last), calendar);
            for (EntryPointDefinition definition : townSet.getValue().entryPoints()) {
                EntryPoint entry = entryPoint(definition, town, areaIndex);
                entry.fallbackRoute = fallback(definition, town, entry.fallback.area, now.getEpochSecond());
                if (entryPoints.putIfAbsent(definition.number(), entry) != null) {
                    throw new IllegalArgumentException("number " + definition.number() + " belongs to two entry points");
                }
                definitionsByNumber.put(definition.number(), definition);
            }
        }
        return new RoutingTable(entryPoints, definitionsByNumber, now);
    }

    private static EntryPoint entryPoint(EntryPointDefinition definition, Town town, Map<String, Integer> areaIndex) {
        MenuDefinition menu = definition.menu();
        String area = menu.defaultServiceArea();
        Option fallback = new Option(town.id, areaIndex.get(area), area, null,
                "No key pressed: the menu's default, " + area + ".",
                "A key the menu does not offer: the menu's default, " + area + ".");
        EntryPoint entry = new EntryPoint(definition.number(), town, fallback);
        for (MenuDefinition.Option option : menu.optionsOrEmpty()) {
            entry.byKey[EntryPoint.slot(option.key().charAt(0))] = new Option(town.id, areaIndex.get(option.serviceArea()),
                    option.serviceArea(), option.leikaKey(), "Key " + option.key() + ": " + option.serviceArea() + ".",
                    null);
        }
        return entry;
    }

    /**
     * The entry point's own fallback target, else the target of the town's first rule that routes the menu's default
     * area at any hour, on any day and under any load — as of now (a center only while a contract lets it serve).
     */
    private static Fallback fallback(EntryPointDefinition definition, Town town, int defaultArea, long now) {
        if (definition.fallbackTarget() != null) {
            return new Fallback(definition.number(), town.id, definition.name(), definition.fallbackTarget(), null, 0);
        }
        for (Rule rule : town.rules) {
            boolean routes = rule.action == ActionType.ROUTE_TO_CENTER || rule.action == ActionType.ROUTE_TO_NUMBER;
            boolean anyTime = rule.schedule == null && rule.holiday == 0 && rule.queueWaitAbove < 0
                    && rule.from <= now && now < rule.until;
            if (routes && anyTime && (rule.areas == null || rule.areas[defaultArea])
                    && (rule.served == null || rule.served[defaultArea].isOn(now))) {
                return new Fallback(definition.number(), town.id, definition.name(), rule.target, rule.targetNumber,
                        rule.position);
            }
        }
        return new Fallback(definition.number(), town.id, definition.name(), null, null, 0);
    }

    /**
     * Whose queue a load rule means: the center whose hours it is bound to, else the center the town routes to next —
     * the queue the call would wait in if the rule did not take it.
     */
    private static String queueOf(List<RuleDefinition> rules, int index) {
        ConditionDefinition when = rules.get(index).conditions();
        if (when.queueWaitAbove() == null) {
            return null;
        }
        if (when.insideSchedule() != null && when.insideSchedule().serviceCenter() != null) {
            return when.insideSchedule().serviceCenter();
        }
        return rules.subList(index + 1, rules.size()).stream().map(RuleDefinition::then)
                .filter(then -> then.type() == ActionType.ROUTE_TO_CENTER).map(ActionDefinition::serviceCenter)
                .findFirst().orElse(null);
    }

    private static Rule rule(int position, RuleDefinition definition, String queueOf, String town,
                             Map<String, Integer> areaIndex,
                             TenancySnapshot network, ScheduleDirectory schedules,
                             Map<ScheduleReference, Optional<TimeCheck>> scheduleChecks, LocalDate first, LocalDate last) {
        ConditionDefinition when = definition.conditions();
        ActionDefinition then = definition.then();
        boolean[] areas = null;
        if (!when.serviceAreasOrEmpty().isEmpty()) {
            areas = new boolean[areaIndex.size()];
            for (String area : when.serviceAreasOrEmpty()) {
                areas[areaIndex.get(area)] = true;
            }
        }
        ScheduleReference reference = when.insideSchedule() != null ? when.insideSchedule() : when.outsideSchedule();
        TimeCheck schedule = null;
        boolean unresolvable = false;
        if (reference != null) {
            Optional<TimeCheck> check = scheduleChecks.computeIfAbsent(reference, ref -> schedules.schedule(ref)
                    .map(named -> new TimeCheck(Timeline.open(named.schedule(), first, last), named.schedule(), null)));
            schedule = check.orElse(null);
            unresolvable = check.isEmpty();
        }
        long from = when.from() == null ? Long.MIN_VALUE : BerlinTime.instantOf(when.from(), 0).getEpochSecond();
        long until = when.until() == null ? Long.MAX_VALUE
                : BerlinTime.instantOf(when.until().plusDays(1), 0).getEpochSecond();
        if (unresolvable) {
            until = Long.MIN_VALUE; // never holds
        }
        Timeline[] served = null;
        if (then.type() == ActionType.ROUTE_TO_CENTER) {
            served = new Timeline[areaIndex.size()];
            for (Map.Entry<String, Integer> area : areaIndex.entrySet()) {
                served[area.getValue()] = servedTimes(network, then.serviceCenter(), town, area.getKey());
            }
        }
        return new Rule(position, definition.name(), areas, schedule, when.insideSchedule() != null,
                when.publicHoliday() == null ? 0 : when.publicHoliday() ? 1 : -1, from, until,
                when.queueWaitAbove() == null ? -1 : when.queueWaitAbove(), queueOf, served, then.type(), then.target(),
                then.targetNumber(), then.serviceCenter(), then.announcement(), then.text(),
                then.announcement() == null ? null : then.prompt() != null ? then.prompt() : Prompts.idOf(then.announcement()),
                describe(position, definition, reference));
    }

    /** When the center may take the town's calls for the area: always for its own town, else under contracts. */
    static Timeline servedTimes(TenancySnapshot network, String center, String town, String area) {
        String host = network.serviceCenters().get(center);
        List<long[]> intervals = new ArrayList<>();
        if (town.equals(host) && network.isActiveTenant(town)) {
            intervals.add(new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
        }
        for (DelegationGrant grant : network.servingGrants(center, town, area)) {
            intervals.add(new long[] {grant.term().start().getEpochSecond(),
                    grant.term().end().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE)});
        }
        return Timeline.always(intervals);
    }

    private static String describe(int position, RuleDefinition definition, ScheduleReference schedule) {
        ConditionDefinition when = definition.conditions();
        List<String> conditions = new ArrayList<>();
        if (!when.serviceAreasOrEmpty().isEmpty()) {
            conditions.add("area " + String.join(" or ", when.serviceAreasOrEmpty()));
        }
        if (schedule != null) {
            conditions.add((when.insideSchedule() != null ? "inside the " : "outside the ") + schedule);
        }
        if (when.publicHoliday() != null) {
            conditions.add(when.publicHoliday() ? "a public holiday" : "no public holiday");
        }
        if (when.from() != null || when.until() != null) {
            conditions.add("between " + (when.from() == null ? "the start" : when.from()) + " and "
                    + (when.until() == null ? "further notice" : when.until()));
        }
        if (when.queueWaitAbove() != null) {
            conditions.add("queue wait above " + when.queueWaitAbove() + " s");
        }
        ActionDefinition then = definition.then();
        String action = switch (then.type()) {
            case ROUTE_TO_CENTER -> "to " + then.serviceCenter() + " (" + then.target() + ")";
            case ROUTE_TO_NUMBER -> "to " + then.target();
            case ANNOUNCEMENT -> "the " + then.announcement() + " announcement";
            case VOICEMAIL -> "to voicemail";
            case CALLBACK_OFFER -> "to a callback offer";
        };
        return "Rule " + position + " \"" + definition.name() + "\" fired"
                + (conditions.isEmpty() ? " (it always applies)" : " (" + String.join(", ", conditions) + ")")
                + ": " + action + ".";
    }
}
