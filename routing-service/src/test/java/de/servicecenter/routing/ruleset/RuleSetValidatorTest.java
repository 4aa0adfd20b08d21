package de.servicecenter.routing.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.routing.decision.SeedNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<FieldError> validate(String town, RuleSetDefinition set) {
        return RuleSetValidator.validate(town, set, Map.of(), SeedNetwork.TENANCY, SeedNetwork.schedules(),
                TODAY);
    }

    private static RuleSetDefinition castropRauxelWith(List<RuleDefinition> rules) {
        RuleSetDefinition seed = SeedNetwork.ruleSets().get("castrop-rauxel");
        return new RuleSetDefinition(seed.entryPoints(), rules);
    }

    private static final ActionDefinition TO_BOCHUM = new ActionDefinition(ActionType.ROUTE_TO_CENTER,
            "servicecenter-bochum", "sip:castrop-rauxel@servicecenter.bochum.de", null, null);
    private static final RuleDefinition DEFAULT = new RuleDefinition("Rathaus", null,
            new ActionDefinition(ActionType.ROUTE_TO_NUMBER, null, "+492305106100", null, null));

    @Test
    void theSeedRuleSetsAreValid() {
        SeedNetwork.ruleSets().forEach((town, set) -> assertThat(validate(town, set)).as(town).isEmpty());
    }

    @Test
    void anUnreachableRuleAndAMissingContractAreBothListed() {
        RuleDefinition buergerbuero = new RuleDefinition("Bürgerbüro nach Bochum", new ConditionDefinition(
                List.of("buergerbuero"), ScheduleReference.ofCenter("servicecenter-bochum"), null, null, null, null, null),
                new ActionDefinition(ActionType.ROUTE_TO_NUMBER, null, "+492305106200", null, null));
        RuleDefinition sameAgain = new RuleDefinition("Bürgerbüro, noch einmal", new ConditionDefinition(
                List.of("buergerbuero"), ScheduleReference.ofCenter("servicecenter-bochum"), null, null, null, null, 60),
                new ActionDefinition(ActionType.VOICEMAIL, null, null, null, null));
        RuleDefinition standesamt = new RuleDefinition("Standesamt nach Bochum", new ConditionDefinition(
                List.of("standesamt"), null, null, null, null, null, null), TO_BOCHUM);

        List<FieldError> errors = validate("castrop-rauxel", castropRauxelWith(List.of(buergerbuero, sameAgain,
                standesamt, DEFAULT)));

        assertThat(errors).containsExactly(
                new FieldError("rules[1]", "is never reached: rule 1 (\"Bürgerbüro nach Bochum\") takes every call "
                        + "it would take"),
                new FieldError("rules[2].then.serviceCenter", "'servicecenter-bochum' has no contract in force for "
                        + "castrop-rauxel's standesamt on 2026-11-23"));
    }

    @Test
    void aRuleAfterTheDefaultIsNeverReached() {
        List<FieldError> errors = validate("castrop-rauxel", castropRauxelWith(List.of(DEFAULT, DEFAULT)));

        assertThat(errors).extracting(FieldError::field).containsExactly("rules[1]");
    }

    @Test
    void withoutADefaultTheGapsOfTheComingWeekAreListed() {
        RuleSetDefinition bottrop = SeedNetwork.ruleSets().get("bottrop");
        List<RuleDefinition> rules = new ArrayList<>(bottrop.rules().subList(0, bottrop.rules().size() - 1));

        List<FieldError> errors = validate("bottrop", new RuleSetDefinition(bottrop.entryPoints(), rules));

        assertThat(errors.getFirst().field()).isEqualTo("rules");
        assertThat(errors.getFirst().message()).contains("last rule must apply always");
        // Call Duisburg opens at 07:30: Monday night is the first gap.
        assertThat(errors.get(1)).isEqualTo(new FieldError("rules",
                "no rule applies to zentrale calls from MON 2026-11-23 00:00 to MON 2026-11-23 07:30"));
        assertThat(errors).hasSizeLessThanOrEqualTo(1 + RuleSetValidator.MAX_GAPS_REPORTED);
    }

    @Test
    void unknownAreasCentersSchedulesAndIncompleteActionsAreNamed() {
        List<FieldError> errors = validate("castrop-rauxel", castropRauxelWith(List.of(
                new RuleDefinition("Raumfahrt", new ConditionDefinition(List.of("raumfahrt"), null,
                        ScheduleReference.ofCenter("call-atlantis"), null, LocalDate.of(2027, 1, 1),
                        LocalDate.of(2026, 1, 1), null),
                        new ActionDefinition(ActionType.ROUTE_TO_CENTER, "call-atlantis", null, null, null)),
                new RuleDefinition("Ansage", null, new ActionDefinition(ActionType.ANNOUNCEMENT, null, null, null, null)))));

        assertThat(errors).extracting(FieldError::field).containsExactly("rules[0].when.serviceAreas[0]",
                "rules[0].when.outsideSchedule", "rules[0].when.until", "rules[0].then.serviceCenter",
                "rules[0].then.target", "rules[1].then.announcement");
    }

    @Test
    void aPromptBelongsToAnnouncementsAndAQueueNumberToCenters() {
        List<FieldError> errors = validate("castrop-rauxel", castropRauxelWith(List.of(
                new RuleDefinition("Betriebsversammlung", null, new ActionDefinition(ActionType.ANNOUNCEMENT, null,
                        null, AnnouncementKind.INFO, "Heute geschlossen.", "+492305106100", "betriebsversammlung")),
                new RuleDefinition("Rathaus", null, new ActionDefinition(ActionType.ROUTE_TO_NUMBER, null,
                        "+492305106100", null, null, null, "rathaus")))));

        assertThat(errors).extracting(FieldError::field).contains("rules[0].then.targetNumber",
                "rules[1].then.prompt").doesNotContain("rules[0].then.prompt");
    }

    @Test
    void aNumberBelongsToOneTownOnly() {
        RuleSetDefinition seed = SeedNetwork.ruleSets().get("castrop-rauxel");
        List<FieldError> errors = RuleSetValidator.validate("castrop-rauxel", seed,
                Map.of(seed.entryPoints().getFirst().number(), "bottrop"), SeedNetwork.TENANCY,
                SeedNetwork.schedules(), TODAY);

        assertThat(errors).containsExactly(new FieldError("entryPoints[0].number", "already belongs to bottrop"));
    }
}
