package de.servicecenter.commons.openapi;

import de.servicecenter.commons.input.SupportedDates;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the one supported range of dates (see {@link SupportedDates}) on every date and time the API takes:
 * the date and time parameters ({@code at}, {@code from}, {@code to}, {@code month}) and every {@code date} or
 * {@code date-time} field of a request body.
 */
class SupportedDatesDocumentation implements OASFilter {

    private static final Set<String> DATE_PARAMETERS = Set.of("at", "from", "to", "month");
    private static final Set<String> DATE_FORMATS = Set.of("date", "date-time");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (DATE_PARAMETERS.contains(parameter.getName())) {
                    parameter.setDescription(withRange(parameter.getDescription()));
                }
            }
        }
        return operation;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getFormat() != null && DATE_FORMATS.contains(schema.getFormat())) {
            schema.setDescription(withRange(schema.getDescription()));
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(property -> {
                if (property.getFormat() != null && DATE_FORMATS.contains(property.getFormat())
                        && (property.getDescription() == null || !property.getDescription().contains(SupportedDates.DESCRIBED))) {
                    property.setDescription(withRange(property.getDescription()));
                }
            });
        }
        return schema;
    }

    private static String withRange(String description) {
        if (description != null && description.contains(SupportedDates.DESCRIBED)) {
            return description;
        }
        return description == null || description.isBlank() ? SupportedDates.DESCRIBED
                : description.strip() + (description.strip().endsWith(".") ? " " : ". ") + SupportedDates.DESCRIBED;
    }
}
