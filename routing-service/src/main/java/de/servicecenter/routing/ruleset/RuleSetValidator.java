package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.routing.decision.RoutingTable;
import de.servicecenter.routing.decision.RoutingTableCompiler;
import de.servicecenter.routing.decision.ScheduleDirectory;
import de.servicecenter.routing.decision.WeekSimulation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that must hold before a town's rule set may be published, each mistake named by its JSON path:
 * known areas, centers and schedules; actions complete; every number the town's alone; a contract in force for
 * every area a rule routes to another town's center; no rule hidden behind an earlier one; a default rule at the
 * end — and, without one, the times in the coming week when no rule applies.
 */
public final class RuleSetValidator {

    /** How far ahead gaps are looked for, in days. */
    static final int GAP_DAYS = 7;
    static final int MAX_GAPS_REPORTED = 5;

    private RuleSetValidator() {
    }

    /**
     * @param numbersOfOtherTowns every number the other towns' published rule sets use, with their town
     */
    public static List<FieldError> validate(String town, RuleSetDefinition set, Map<String, String> numbersOfOtherTowns,
                                            TenancySnapshot network, ScheduleDirectory schedules, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> menuAreas = new LinkedHashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < set.entryPoints().size(); i++) {
            EntryPointDefinition entry = set.entryPoints().get(i);
            String path = "entryPoints[" + i + "]";
            if (!numbers.add(entry.number())) {
                errors.add(new FieldError(path + ".number", "appears twice in this rule set"));
            } else if (numbersOfOtherTowns.containsKey(entry.number())) {
                errors.add(new FieldError(path + ".number", "already belongs to " + numbersOfOtherTowns.get(entry.number())));
            }
            area(errors, network, path + ".menu.defaultServiceArea", entry.menu().defaultServiceArea());
            menuAreas.add(entry.menu().defaultServiceArea());
            Set<String> keys = new HashSet<>();
            List<MenuDefinition.Option> options = entry.menu().optionsOrEmpty();
            for (int k = 0; k < options.size(); k++) {
                String optionPath = path + ".menu.options[" + k + "]";
                if (!keys.add(options.get(k).key())) {
                    errors.add(new FieldError(optionPath + ".key", "key " + options.get(k).key() + " is offered twice"));
                }
                area(errors, network, optionPath + ".serviceArea", options.get(k).serviceArea());
                menuAreas.add(options.get(k).serviceArea());
            }
        }

        List<RuleDefinition> rules = set.rules();
        for (int j = 0; j < rules.size(); j++) {
            RuleDefinition rule = rules.get(j);
            String path = "rules[" + j + "]";
            ConditionDefinition when = rule.conditions();
            for (int a = 0; a < when.serviceAreasOrEmpty().size(); a++) {
                area(errors, network, path + ".when.serviceAreas[" + a + "]", when.serviceAreasOrEmpty().get(a));
            }
            if (when.insideSchedule() != null && when.outsideSchedule() != null) {
                errors.add(new FieldError(path + ".when", "give insideSchedule or outsideSchedule, not both"));
            }
            schedule(errors, schedules, path + ".when.insideSchedule", when.insideSchedule());
            schedule(errors, schedules, path + ".when.outsideSchedule", when.outsideSchedule());
            if (when.from() != null && when.until() != null && when.until().isBefore(when.from())) {
                errors.add(new FieldError(path + ".when.until", "must not be before from (" + when.from() + ")"));
            }
            action(errors, network, path + ".then", rule.then());
            contracts(errors, network, town, path, rule, menuAreas, today);
            for (int i = 0; i < j; i++) {
                if (hides(rules.get(i), rule, town, network)) {
                    errors.add(new FieldError(path, "is never reached: rule " + (i + 1) + " (\"" + rules.get(i).name()
                            + "\") takes every call it would take"));
                    break;
                }
            }
        }
        RuleDefinition last = rules.getLast();
        if (!isUnconditional(last.conditions())) {
            errors.add(new FieldError("rules", "the last rule must apply always (no conditions), so that no call "
                    + "is left without a decision"));
            if (errors.size() == 1) {
                gaps(errors, town, set, network, schedules, today);
            }
        }
        return errors;
    }

    private static void area(List<FieldError> errors, TenancySnapshot network, String path, String area) {
        if (area != null && !network.serviceAreas().contains(area)) {
            errors.add(new FieldError(path, "'" + area + "' is not a service area"));
        }
    }

    private static void schedule(List<FieldError> errors, ScheduleDirectory schedules, String path,
                                 ScheduleReference reference) {
        if (reference == null) {
            return;
        }
        if ((reference.serviceCenter() == null) == (reference.town() == null)) {
            errors.add(new FieldError(path, "give serviceCenter, or town (with an optional serviceArea)"));
        } else if (reference.serviceCenter() != null && reference.serviceArea() != null) {
            errors.add(new FieldError(path + ".serviceArea", "belongs to a town's office hours, not to a center's"));
        } else if (schedules.schedule(reference).isEmpty()) {
            errors.add(new FieldError(path, "there are no " + reference));
        }
    }

    private static void action(List<FieldError> errors, TenancySnapshot network, String path, ActionDefinition then) {
        switch (then.type()) {
            case ROUTE_TO_CENTER -> {
                if (then.serviceCenter() == null) {
                    errors.add(new FieldError(path + ".serviceCenter", "is required to route to a center"));
                } else if (!network.serviceCenters().containsKey(then.serviceCenter())) {
                    errors.add(new FieldError(path + ".serviceCenter", "'" + then.serviceCenter() + "' is not a service center"));
                }
                if (then.target() == null || !then.target().startsWith("sip")) {
                    errors.add(new FieldError(path + ".target", "is required: the center's queue as a SIP URI"));
                }
            }
            case ROUTE_TO_NUMBER -> {
                if (then.target() == null || !then.target().startsWith("+")) {
                    errors.add(new FieldError(path + ".target", "is required: the number to connect to, in E.164"));
                }
            }
            case ANNOUNCEMENT -> {
                if (then.announcement() == null) {
                    errors.add(new FieldError(path + ".announcement", "is required for an announcement"));
                } else if (then.announcement() == AnnouncementKind.INFO && then.text() == null) {
                    errors.add(new FieldError(path + ".text", "is required for an INFO announcement"));
                }
            }
            case VOICEMAIL, CALLBACK_OFFER -> {
                if (then.target() != null) {
                    errors.add(new FieldError(path + ".target", "does not belong to " + then.type()));
                }
            }
        }
        if (then.type() != ActionType.ROUTE_TO_CENTER && then.serviceCenter() != null) {
            errors.add(new FieldError(path + ".serviceCenter", "belongs to ROUTE_TO_CENTER only"));
        }
        if (then.type() != ActionType.ANNOUNCEMENT && then.announcement() != null) {
            errors.add(new FieldError(path + ".announcement", "belongs to ANNOUNCEMENT only"));
        }
        if (then.type() != ActionType.ANNOUNCEMENT && then.prompt() != null) {
            errors.add(new FieldError(path + ".prompt", "belongs to ANNOUNCEMENT only"));
        }
        if (then.type() != ActionType.ROUTE_TO_CENTER && then.targetNumber() != null) {
            errors.add(new FieldError(path + ".targetNumber", "belongs to ROUTE_TO_CENTER only (ROUTE_TO_NUMBER's "
                    + "target is the number)"));
        }
    }

    /** A rule routing to another tenant's center needs a contract for each area it may route, from its first day on. */
    private static void contracts(List<FieldError> errors, TenancySnapshot network, String town, String path,
                                  RuleDefinition rule, Set<String> menuAreas, LocalDate today) {
        ActionDefinition then = rule.then();
        String host = then.serviceCenter() == null ? null : network.serviceCenters().get(then.serviceCenter());
        if (then.type() != ActionType.ROUTE_TO_CENTER || host == null || host.equals(town)) {
            return;
        }
        ConditionDefinition when = rule.conditions();
        LocalDate day = when.from() != null && when.from().isAfter(today) ? when.from() : today;
        if (when.until() != null && when.until().isBefore(day)) {
            return; // a rule of the past: it never routes again
        }
        Set<String> areas = when.serviceAreasOrEmpty().isEmpty() ? menuAreas : new LinkedHashSet<>(when.serviceAreasOrEmpty());
        for (String area : areas) {
            if (network.serviceAreas().contains(area)
                    && network.servingRight(then.serviceCenter(), town, area, day).isEmpty()) {
                errors.add(new FieldError(path + ".then.serviceCenter", "'" + then.serviceCenter()
                        + "' has no contract in force for " + town + "'s " + area + " on " + day));
            }
        }
    }

    /**
     * Whether {@code earlier} takes every call {@code later} would: each of its conditions is absent or at least as
     * wide. A rule routing to another tenant's center never hides anything — without a contract it is passed over.
     */
    static boolean hides(RuleDefinition earlier, RuleDefinition later, String town, TenancySnapshot network) {
        ActionDefinition then = earlier.then();
        if (then.type() == ActionType.ROUTE_TO_CENTER
                && !town.equals(network.serviceCenters().get(then.serviceCenter()))) {
            return false;
        }
        ConditionDefinition a = earlier.conditions();
        ConditionDefinition b = later.conditions();
        boolean areas = a.serviceAreasOrEmpty().isEmpty()
                || (!b.serviceAreasOrEmpty().isEmpty() && a.serviceAreasOrEmpty().containsAll(b.serviceAreasOrEmpty()));
        boolean inside = a.insideSchedule() == null || Objects.equals(a.insideSchedule(), b.insideSchedule());
        boolean outside = a.outsideSchedule() == null || Objects.equals(a.outsideSchedule(), b.outsideSchedule());
        boolean holiday = a.publicHoliday() == null || a.publicHoliday().equals(b.publicHoliday());
        boolean from = a.from() == null || (b.from() != null && !b.from().isBefore(a.from()));
        boolean until = a.until() == null || (b.until() != null && !b.until().isAfter(a.until()));
        boolean load = a.queueWaitAbove() == null || (b.queueWaitAbove() != null && b.queueWaitAbove() >= a.queueWaitAbove());
        return areas && inside && outside && holiday && from && until && load;
    }

    private static boolean isUnconditional(ConditionDefinition when) {
        return when.serviceAreasOrEmpty().isEmpty() && when.insideSchedule() == null && when.outsideSchedule() == null
                && when.publicHoliday() == null && when.from() == null && when.until() == null
                && when.queueWaitAbove() == null;
    }

    /** Where no rule applies in the coming week, per number and key, as the first few intervals. */
    private static void gaps(List<FieldError> errors, String town, RuleSetDefinition set, TenancySnapshot network,
                             ScheduleDirectory schedules, LocalDate today) {
        RoutingTable table = RoutingTableCompiler.compile(Map.of(town, set), network, schedules, today, Instant.now());
        int reported = 0;
        Map<String, Boolean> seen = new HashMap<>();
        for (EntryPointDefinition entry : set.entryPoints()) {
            List<String> keys = new ArrayList<>();
            keys.add(null);
            entry.menu().optionsOrEmpty().forEach(option -> keys.add(option.key()));
            for (String key : keys) {
                for (WeekSimulation.Interval interval : WeekSimulation.simulate(table, entry.number(), key, today, GAP_DAYS)) {
                    String area = key == null ? entry.menu().defaultServiceArea() : entry.menu().optionsOrEmpty().stream()
                            .filter(option -> option.key().equals(key)).findFirst().orElseThrow().serviceArea();
                    if (interval.rule() == 0 && reported < MAX_GAPS_REPORTED
                            && seen.putIfAbsent(area + interval.from(), true) == null) {
                        errors.add(new FieldError("rules", "no rule applies to " + area + " calls from "
                                + describe(interval.from()) + " to " + describe(interval.until())));
                        reported++;
                    }
                }
            }
        }
    }

    private static String describe(Instant instant) {
        LocalDate day = BerlinTime.dateOf(instant);
        LocalTime time = instant.atZone(BerlinTime.ZONE).toLocalTime();
        return day.getDayOfWeek().toString().substring(0, 3) + " " + day + " " + time;
    }
}
