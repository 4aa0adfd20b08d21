package de.servicecenter.console.admin.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules read as German sentences, in order, each with the problems the platform named for it. */
class ReadableRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void conditionsAndActionsReadAsOneSentence() throws Exception {
        JsonNode definition = JSON.readTree("""
                {"rules": [
                  {"name": "Pilotphase", "when": {"serviceAreas": ["buergerbuero", "ordnungswesen"],
                    "insideSchedule": {"serviceCenter": "servicecenter-bochum"}, "until": "2016-08-31",
                    "queueWaitAbove": 180},
                   "then": {"type": "ROUTE_TO_CENTER", "serviceCenter": "servicecenter-bochum",
                            "target": "sip:a@b", "targetNumber": "+492349103305"}},
                  {"name": "Zu", "when": {"outsideSchedule": {"town": "castrop-rauxel", "serviceArea": "buergerbuero"}},
                   "then": {"type": "ANNOUNCEMENT", "announcement": "CLOSED", "prompt": "closed-cr"}},
                  {"name": "Rest", "then": {"type": "ROUTE_TO_NUMBER", "target": "+492305106100"}}]}""");
        Map<String, String> names = Map.of("buergerbuero", "Bürgerbüro", "ordnungswesen", "Ordnungswesen");

        List<ReadableRules.RuleView> rules = ReadableRules.rules(definition, area -> names.getOrDefault(area, area),
                Map.of(2, List.of("is never reached")));

        assertThat(rules).extracting(ReadableRules.RuleView::when).containsExactly(
                "Bereich Bürgerbüro oder Ordnungswesen, innerhalb der Zeiten von Service-Center servicecenter-bochum, "
                        + "bis 31.08.2016, Wartezeit über 180 s",
                "außerhalb der Zeiten von castrop-rauxel (Bürgerbüro)",
                "immer");
        assertThat(rules).extracting(ReadableRules.RuleView::then).containsExactly(
                "zum Service-Center servicecenter-bochum (sip:a@b, +492349103305)",
                "Ansage „geschlossen“ (Ansage closed-cr)",
                "zur Nummer +492305106100");
        assertThat(rules.get(2).problems()).containsExactly("is never reached");
        assertThat(rules.get(0).position()).isEqualTo(1);
    }
}
