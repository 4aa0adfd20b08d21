package de.servicecenter.commons.problem;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns the internal location of an error into the name a client knows: the JSON path in the request body
 * ({@code centralNumbers[1]}) or the query/path parameter name.
 */
final class FieldPaths {

    private FieldPaths() {
    }

    /** For a Bean Validation violation on a resource method parameter. */
    static String of(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : propertyPath) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    parameter = node.getName();
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(position == null ? "" : position).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    /**
     * For where a Jackson parser stands: the field it reads ({@code days[0].opens}), plus {@code name} below it when
     * given; "body" at the root.
     */
    static String of(JsonStreamContext context, String... name) {
        Deque<String> segments = new ArrayDeque<>(List.of(name));
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                segments.push(at.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!path.isEmpty() && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** For a Jackson error while reading the request body. */
    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
