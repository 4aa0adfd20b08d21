package de.servicecenter.console.admin.routing;

import com.fasterxml.jackson.databind.JsonNode;
import de.servicecenter.console.platform.GermanFormats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule set as admins read it: each entry point with its menu, each rule as one sentence of when and then, in
 * German, in the order the rules are tried. Reads the definition as JSON, so that fields this console does not know
 * yet are shown as they are rather than lost.
 */
public final class ReadableRules {

    static final Map<String, String> ANNOUNCEMENTS = Map.of("CLOSED", "geschlossen", "HOLIDAY", "Feiertag",
            "OVERLOAD", "Überlast", "INFO", "Information");

    public record EntryPointView(String number, String name, List<String> options, String defaultArea,
                                 String fallback) {
    }

    public record RuleView(int position, String name, String when, String then, List<String> problems) {
    }

    private ReadableRules() {
    }

    public static List<EntryPointView> entryPoints(JsonNode definition, Function<String, String> areaNames) {
        List<EntryPointView> views = new ArrayList<>();
        for (JsonNode entry : definition.path("entryPoints")) {
            JsonNode menu = entry.path("menu");
            List<String> options = new ArrayList<>();
            for (JsonNode option : menu.path("options")) {
                options.add("Taste " + option.path("key").asText() + ": " + areaNames.apply(option.path("serviceArea")
                        .asText()) + (option.hasNonNull("label") ? " – „" + option.path("label").asText() + "“" : ""));
            }
            String timeout = menu.hasNonNull("noInputTimeoutSeconds")
                    ? " (nach " + menu.path("noInputTimeoutSeconds").asInt() + " s ohne Taste)" : "";
            views.add(new EntryPointView(entry.path("number").asText(), entry.path("name").asText(""), options,
                    areaNames.apply(menu.path("defaultServiceArea").asText()) + timeout,
                    entry.path("fallbackTarget").asText(null)));
        }
        return views;
    }

    /** The rules in order, each with the problems the platform named for it ({@code rules[i]…}). */
    public static List<RuleView> rules(JsonNode definition, Function<String, String> areaNames,
                                       Map<Integer, List<String>> problems) {
        List<RuleView> views = new ArrayList<>();
        int index = 0;
        for (JsonNode rule : definition.path("rules")) {
            views.add(new RuleView(index + 1, rule.path("name").asText(""), when(rule.path("when"), areaNames),
                    then(rule.path("then")), problems.getOrDefault(index, List.of())));
            index++;
        }
        return views;
    }

    static String when(JsonNode when, Function<String, String> areaNames) {
        List<String> parts = new ArrayList<>();
        if (when.path("serviceAreas").isArray() && !when.path("serviceAreas").isEmpty()) {
            List<String> areas = new ArrayList<>();
            when.path("serviceAreas").forEach(area -> areas.add(areaNames.apply(area.asText())));
            parts.add("Bereich " + String.join(" oder ", areas));
        }
        if (when.hasNonNull("insideSchedule")) {
            parts.add("innerhalb der Zeiten von " + schedule(when.path("insideSchedule"), areaNames));
        }
        if (when.hasNonNull("outsideSchedule")) {
            parts.add("außerhalb der Zeiten von " + schedule(when.path("outsideSchedule"), areaNames));
        }
        if (when.path("publicHoliday").isBoolean()) {
            parts.add(when.path("publicHoliday").asBoolean() ? "an Feiertagen" : "nicht an Feiertagen");
        }
        if (when.hasNonNull("from")) {
            parts.add("ab " + GermanFormats.german(LocalDate.parse(when.path("from").asText())));
        }
        if (when.hasNonNull("until")) {
            parts.add("bis " + GermanFormats.german(LocalDate.parse(when.path("until").asText())));
        }
        if (when.hasNonNull("queueWaitAbove")) {
            parts.add("Wartezeit über " + when.path("queueWaitAbove").asInt() + " s");
        }
        return parts.isEmpty() ? "immer" : String.join(", ", parts);
    }

    private static String schedule(JsonNode reference, Function<String, String> areaNames) {
        if (reference.hasNonNull("serviceCenter")) {
            return "Service-Center " + reference.path("serviceCenter").asText();
        }
        return reference.path("town").asText() + (reference.hasNonNull("serviceArea")
                ? " (" + areaNames.apply(reference.path("serviceArea").asText()) + ")" : "");
    }

    static String then(JsonNode then) {
        String type = then.path("type").asText();
        return switch (type) {
            case "ROUTE_TO_CENTER" -> "zum Service-Center " + then.path("serviceCenter").asText()
                    + targets(then);
            case "ROUTE_TO_NUMBER" -> "zur Nummer " + then.path("target").asText();
            case "ANNOUNCEMENT" -> "Ansage „" + ANNOUNCEMENTS.getOrDefault(then.path("announcement").asText(),
                    then.path("announcement").asText()) + "“" + (then.hasNonNull("prompt")
                    ? " (Ansage " + then.path("prompt").asText() + ")" : "");
            case "VOICEMAIL" -> "zur Sprachbox";
            case "CALLBACK_OFFER" -> "Rückruf anbieten";
            default -> type;
        };
    }

    private static String targets(JsonNode then) {
        List<String> targets = new ArrayList<>();
        if (then.hasNonNull("target")) {
            targets.add(then.path("target").asText());
        }
        if (then.hasNonNull("targetNumber")) {
            targets.add(then.path("targetNumber").asText());
        }
        return targets.isEmpty() ? "" : " (" + String.join(", ", targets) + ")";
    }
}
