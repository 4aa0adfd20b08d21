package de.servicecenter.commons.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The words the four APIs share, described once: a town is a {@code town} everywhere, a path parameter is named
 * after what it identifies ({@code {contract}}, {@code {schedule}}, {@code {serviceCenter}} …), and paging,
 * versions and timestamps mean the same in every service. Where a resource or record says more about its own
 * parameter or field, its words win; this only fills what it left out. Parameters the resources take as text, to
 * answer a bad value with a problem naming it, are documented as what they are: dates, months, numbers, ids.
 */
class ApiVocabulary implements OASFilter {

    private record Word(String description, Object example) {
    }

    private static final Map<String, Word> PARAMETERS = Map.ofEntries(
            Map.entry("town", new Word("The town (municipality, the platform's tenant), by its id", "castrop-rauxel")),
            Map.entry("serviceCenter", new Word("The service center, by its id", "servicecenter-bochum")),
            Map.entry("serviceArea", new Word("The service area, by its code", "buergerbuero")),
            Map.entry("contract", new Word("The contract, by its id",
                    "0b9d7c2e-5f3a-4e8b-9c1d-2a6f4e8b0c13")),
            Map.entry("schedule", new Word("The schedule, by its id", "4f1c0f7e-2b0a-4c59-9d8e-3b8e0c1d5a77")),
            Map.entry("exception", new Word("The exception (closure or special hours), by its id",
                    "7e2a9c41-8d3b-4f6e-a1c5-93b0d2e4f867")),
            Map.entry("article", new Word("The knowledge article, by its id", "8c4e2a10-6b7d-4e93-b2f1-5a0c9d3e7b64")),
            Map.entry("search", new Word("The search, by the searchId its results carried",
                    "5d2f8a61-3c9e-4b07-8e14-6a0b2c4d8f35")),
            Map.entry("contact", new Word("The contact, by its id", "c3a1e5f7-2d4b-4c6e-8a0f-1b3d5e7f9a2c")),
            Map.entry("handoff", new Word("The handoff (Rückrufbitte), by its id",
                    "0193a1d0-7c1e-7a41-9c2f-5b0e4d3a2f10")),
            Map.entry("host", new Word("The host town, by its id", "bochum")),
            Map.entry("If-Match", new Word("The ETag last read; the change is made only if nothing changed since "
                    + "(else 412)", "\"3\"")),
            Map.entry("If-None-Match", new Word("The ETag of the answer held; 304 without a body while it is "
                    + "unchanged", "\"3\"")),
            Map.entry("at", new Word("The instant to answer for; now when omitted. With offset, or Berlin time without",
                    "2026-11-28T10:00:00+01:00")),
            Map.entry("number", new Word("The number the citizen dialled, E.164", "+4923051060")),
            Map.entry("option", new Word("The key pressed in the phone menu (0-9, * or #); none when omitted", "1")),
            Map.entry("version", new Word("The rule set's version, from 1", 3)),
            Map.entry("page", new Word("Page number, from 0", 0)),
            Map.entry("size", new Word("Items per page", 20)));

    /**
     * What parameters taken as text (to answer a bad value with a problem naming it) really are. A resource that
     * declares a format or type of its own keeps it.
     */
    private static final Map<String, Schema> PARAMETER_TYPES = Map.ofEntries(
            Map.entry("from", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date")),
            Map.entry("to", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date")),
            Map.entry("month", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .pattern("^[0-9]{4}-(0[1-9]|1[0-2])$")),
            Map.entry("contract", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")),
            Map.entry("year", integer()),
            Map.entry("days", integer()),
            Map.entry("version", integer()),
            Map.entry("withinDays", integer()),
            Map.entry("shortAbandonSeconds", integer()),
            Map.entry("serviceLevelSeconds", integer()));

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("town", "The town (municipality, the platform's tenant), by its id"),
            Map.entry("serviceCenter", "The service center, by its id"),
            Map.entry("serviceArea", "The service area, by its code"),
            Map.entry("createdAt", "When it was created"),
            Map.entry("updatedAt", "When it last changed"),
            Map.entry("createdBy", "Who created it (user name from the token)"),
            Map.entry("updatedBy", "Who changed it last (user name from the token)"),
            Map.entry("version", "Version, counted up with every change (the ETag)"),
            Map.entry("items", "The items of this page"),
            Map.entry("page", "This page's number, from 0"),
            Map.entry("size", "Items per page, as asked"),
            Map.entry("totalItems", "Items on all pages"),
            Map.entry("totalPages", "Number of pages"),
            Map.entry("opens", "Opening time, Berlin wall clock (HH:mm)"),
            Map.entry("closes", "Closing time, Berlin wall clock (HH:mm; 24:00 for midnight)"),
            Map.entry("validFrom", "First day it applies"),
            Map.entry("validUntil", "Last day it applies; open-ended when null"),
            Map.entry("firstDay", "First day it covers"),
            Map.entry("lastDay", "Last day it covers (inclusive)"),
            Map.entry("leikaKey", "Key of the service in the LeiKa (Leistungskatalog, the federal catalogue of "
                    + "administrative services)"),
            Map.entry("leikaKeys", "Keys of the services in the LeiKa (Leistungskatalog, the federal catalogue of "
                    + "administrative services)"));

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        typed(parameter);
        Word word = PARAMETERS.get(parameter.getName());
        if (word != null) {
            if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                parameter.setDescription(word.description());
            }
            if (parameter.getExample() == null && (parameter.getExamples() == null
                    || parameter.getExamples().isEmpty())) {
                parameter.setExample(word.example());
            }
        }
        return parameter;
    }

    private static void typed(Parameter parameter) {
        Schema type = PARAMETER_TYPES.get(parameter.getName());
        Schema schema = parameter.getSchema();
        if (type == null || schema == null) {
            return;
        }
        boolean repeated = isPlainText(schema.getItems()) && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.ARRAY));
        Schema values = repeated ? schema.getItems() : schema;
        if (!isPlainText(values)) {
            return;
        }
        values.setType(type.getType());
        values.setFormat(type.getFormat());
        values.setPattern(type.getPattern());
        Object example = parameter.getExample();
        if (example instanceof String text && type.getType().contains(Schema.SchemaType.INTEGER)
                && text.matches("-?[0-9]{1,9}")) {
            example = Integer.valueOf(text);
        }
        if (repeated && example != null && !(example instanceof List<?>)) {
            example = List.of(example);
        }
        parameter.setExample(example);
    }

    private static boolean isPlainText(Schema schema) {
        return schema != null && schema.getRef() == null && schema.getFormat() == null && schema.getPattern() == null
                && schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.STRING));
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if ((property.getDescription() == null || property.getDescription().isBlank())
                        && PROPERTIES.containsKey(name)) {
                    property.setDescription(PROPERTIES.get(name));
                }
            });
        }
        return schema;
    }
}
