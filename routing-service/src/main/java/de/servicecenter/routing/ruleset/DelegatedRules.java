package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a host may change in a client town's rule set: the rules about the service areas its contract covers, and
 * nothing else. A rule is about the areas its condition names; a rule naming none is about every area, so only a
 * contract for the whole switchboard covers it. The town's numbers and menus are the town's own unless such a
 * contract moved the whole switchboard. Rules about other areas must stay exactly as they are, in their order — a
 * host may add, change, move or remove only its own rules among them.
 */
final class DelegatedRules {

    private DelegatedRules() {
    }

    /**
     * @param before  the town's rule set as it stands (the draft, else the published one; empty when it has none)
     * @param after   the rule set the host wants
     * @param covered whether the contract covers all of a rule's areas (an empty list: every area)
     * @return every change outside the contract, each named by its path in {@code after}; empty when none
     */
    static List<FieldError> outsideContract(RuleSetDefinition before, RuleSetDefinition after,
                                            Predicate<List<String>> covered) {
        List<FieldError> problems = new ArrayList<>();
        if (!covered.test(List.of()) && !before.entryPoints().equals(after.entryPoints())) {
            problems.add(new FieldError("entryPoints", "the town's numbers and phone menus are the town's own; "
                    + "a contract covering some areas does not change them"));
        }
        for (int i = 0; i < after.rules().size(); i++) {
            List<String> areas = after.rules().get(i).conditions().serviceAreasOrEmpty();
            if (!covered.test(areas) && !before.rules().contains(after.rules().get(i))) {
                problems.add(new FieldError("rules[" + i + "].when.serviceAreas", areas.isEmpty()
                        ? "a rule for every area is the town's own unless a contract covers its whole switchboard"
                        : "names areas no contract of yours covers for this town: " + areas));
            }
        }
        if (problems.isEmpty() && !townsOwn(before, covered).equals(townsOwn(after, covered))) {
            problems.add(new FieldError("rules", "the town's own rules (about areas outside your contract) must stay "
                    + "as they are, in their order"));
        }
        return problems;
    }

    private static List<RuleDefinition> townsOwn(RuleSetDefinition set, Predicate<List<String>> covered) {
        return set.rules().stream().filter(rule -> !covered.test(rule.conditions().serviceAreasOrEmpty())).toList();
    }

    /** The empty rule set a town without any version starts from. */
    static final RuleSetDefinition NONE = new RuleSetDefinition(List.of(), List.of());
}
