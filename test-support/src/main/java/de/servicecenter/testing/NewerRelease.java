package de.servicecenter.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * What a newer release of a producer writes: the same data with a field added to every record, nested ones too
 * — the change services must be able to roll out one at a time, before their consumers are upgraded. Maps keep
 * their entries: a new key in a map is new data, not a new field.
 */
public final class NewerRelease {

    public static final String ADDED_FIELD = "addedInANewerRelease";

    private NewerRelease() {
    }

    /** {@code value} as {@code json} writes it, with {@link #ADDED_FIELD} (an object itself) in every record. */
    public static JsonNode withAddedFields(Object value, ObjectMapper json) {
        // amounts keep their scale (62000.00), as the producer writes them
        JsonNode tree = json.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).valueToTree(value);
        add(value, tree);
        return tree;
    }

    private static void add(Object value, JsonNode node) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> add(present, node));
        } else if (value instanceof Map<?, ?> map && node.isObject()) {
            map.forEach((key, entry) -> {
                JsonNode child = node.get(String.valueOf(key));
                if (child != null) {
                    add(entry, child);
                }
            });
        } else if (value instanceof Collection<?> items && node.isArray()) {
            Iterator<JsonNode> children = node.iterator();
            for (Object item : items) {
                if (children.hasNext()) {
                    add(item, children.next());
                }
            }
        } else if (value != null && value.getClass().isRecord() && node instanceof ObjectNode object) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                JsonNode child = object.get(component.getName());
                if (child != null) {
                    add(read(component, value), child);
                }
            }
            object.putObject(ADDED_FIELD).put("since", "a later version").putArray("items").add(1);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
