package de.servicecenter.commons.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.Path;
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
