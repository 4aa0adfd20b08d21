package de.servicecenter.testing.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The values generated requests put in place of a valid one: boundaries (0, -1, the ends of int and long, the
 * supported date range and just beyond it), malformed values (wrong types, broken dates, control characters,
 * very long strings), and attacks (paths, SQL, markup). Kept independent of the declared types on purpose — a
 * parameter declared as a date still receives "2147483648", because clients send what they send.
 */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Above this many field changes of one body, a fixed-seed sample keeps the run bounded. */
    static final int MAX_FIELD_CHANGES = 1_200;

    private static final List<String> COMMON = List.of("", " ", "-1", "0", "2147483647", "2147483648", "-2147483649",
            "9223372036854775808", "99999999999999999999999999999999999999999999999999", "1e309", "NaN", "-0", "0x10",
            "true", "null", "[]", "{}", "\u0001", "\u001b[31m", "\u007f", "x".repeat(3000), "Ä🙂", "%", "%25",
            "../../etc/passwd", "' OR '1'='1", "<script>alert(1)</script>",
            "+999999999-12-31T23:59", "-999999999-01-01", "+300000-01-01", "10000-01-01", "0001-01-01", "1899-12-31",
            "2200-01-01", "2026-02-30", "2026-13", "2026-03-29T02:30:45", "2026-10-25T02:30+05:00", "2026-11-30T25:00",
            "00000000-0000-0000-0000-000000000000");

    /** JSON values for a field, as text. */
    private static final List<String> FIELD_VALUES = List.of("null", "\"\"", "\" \"", "\"" + "x".repeat(5000) + "\"",
            "-1", "0", "0.5", "2147483648", "-9223372036854775809", "1" + "0".repeat(39), "1e400", "true", "[]", "{}",
            "[null]", "{\"a\": 1}", "\"\\u0000\"", "\"\\u0007\"", "\"+999999999-12-31T23:59\"", "\"10000-01-01\"",
            "\"1899-12-31\"", "\"2026-02-30\"", "\"2026-03-29T02:30:45\"", "\"' OR 1=1--\"", "\"Ä🙂\"", "\"NaN\"",
            "\"-1\"");

    private Mutations() {
    }

    /** Braces left out: the HTTP client would read them as a template. */
    static List<String> pathValues() {
        return COMMON.stream().filter(value -> !value.contains("{")).toList();
    }

    static List<String> parameterValues() {
        return COMMON;
    }

    /** Header values an HTTP client can send at all (no line breaks or other controls, ISO-8859-1). */
    static List<String> headerValues() {
        return COMMON.stream().filter(value -> value.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                .filter(value -> value.length() < 1000).toList();
    }

    /** The body broken as a whole, by label. */
    static Map<String, String> wholeBodies(String seed) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("null", "null");
        bodies.put("an array", "[]");
        bodies.put("a string", "\"text\"");
        bodies.put("a number", "42");
        bodies.put("not JSON", "<contact/>");
        bodies.put("cut in half", seed.substring(0, seed.length() / 2));
        bodies.put("cut before its end", seed.substring(0, Math.max(0, seed.length() - 1)));
        bodies.put("an unterminated string", "{\"a\": \"b");
        bodies.put("with trailing garbage", seed + " }");
        bodies.put("nested 2,000 deep", "[".repeat(2000) + "]".repeat(2000));
        bodies.put("objects nested 1,200 deep", "{\"a\":".repeat(1200) + "1" + "}".repeat(1200));
        JsonNode tree = read(seed);
        if (tree instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            String value = object.get(first).toString();
            String inner = seed.substring(seed.indexOf('{') + 1, seed.lastIndexOf('}'));
            bodies.put("the first key again at the end", "{" + inner + ", \"" + first + "\": " + value + "}");
            bodies.put("the first key again at the start", "{\"" + first + "\": " + value + ", " + inner + "}");
            bodies.put("an unknown field", "{" + inner + ", \"zzUnknown\": 1}");
            bodies.put("a field nested 2,000 deep", replaced(object, first, "[".repeat(2000) + "]".repeat(2000)));
            bodies.put("a number of 1,500 digits", replaced(object, first, "1" + "0".repeat(1500)));
            bodies.put("a string of 300,000 characters", replaced(object, first, "\"" + "y".repeat(300_000) + "\""));
        }
        return bodies;
    }

    /** Each field of the body in turn, removed or replaced by each of the field values, by label. */
    static Map<String, String> fieldChanges(String seed) {
        JsonNode tree = read(seed);
        if (tree == null || !tree.isContainerNode()) {
            return Map.of();
        }
        List<Map.Entry<String, String>> changes = new ArrayList<>();
        walk(tree, "", (path) -> {
            changes.add(Map.entry(path + " removed", edit(tree, path, null)));
            for (String value : FIELD_VALUES) {
                changes.add(Map.entry(path + "=" + shown(value), edit(tree, path, value)));
            }
        });
        if (changes.size() > MAX_FIELD_CHANGES) {
            Collections.shuffle(changes, new Random(seed.hashCode()));
            changes.subList(MAX_FIELD_CHANGES, changes.size()).clear();
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        changes.forEach(change -> bodies.put(change.getKey(), change.getValue()));
        return bodies;
    }

    /** A value as it appears in a label: controls visible, long ones cut. */
    static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        value.chars().limit(40).forEach(c -> shown.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : (char) c));
        return value.length() > 40 ? shown + "…(" + value.length() + ")" : shown.toString();
    }

    /** Every node below the root, by path ({@code days[0].opens}). */
    private static void walk(JsonNode node, String path, Consumer<String> visit) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String child = path.isEmpty() ? name : path + "." + name;
                visit.accept(child);
                walk(node.get(name), child, visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = path + "[" + i + "]";
                visit.accept(child);
                walk(node.get(i), child, visit);
            }
        }
    }

    /** The body with the node at {@code path} replaced by {@code value} (JSON text), or removed when null. */
    private static String edit(JsonNode tree, String path, String value) {
        JsonNode copy = tree.deepCopy();
        int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = split <= 0 ? copy : locate(copy, path.substring(0, split));
        String last = path.substring(split < 0 ? 0 : split + (path.charAt(split) == '.' ? 1 : 0));
        JsonNode replacement = value == null ? null : read(value);
        if (last.startsWith("[")) {
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            ArrayNode array = (ArrayNode) parent;
            if (replacement == null) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        } else {
            ObjectNode object = (ObjectNode) parent;
            if (replacement == null) {
                object.remove(last);
            } else {
                object.set(last, replacement);
            }
        }
        return copy.toString();
    }

    private static JsonNode locate(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.replace("[", ".[").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            node = part.startsWith("[") ? node.get(Integer.parseInt(part.substring(1, part.length() - 1))) : node.get(part);
        }
        return node;
    }

    /** The object with its field {@code name} given {@code value} as raw JSON text (which may break the limits). */
    private static String replaced(ObjectNode object, String name, String value) {
        ObjectNode copy = object.deepCopy();
        copy.put(name, "\u0001PLACEHOLDER\u0001");
        return copy.toString().replace("\"\\u0001PLACEHOLDER\\u0001\"", value);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
