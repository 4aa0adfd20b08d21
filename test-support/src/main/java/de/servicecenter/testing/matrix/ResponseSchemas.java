package de.servicecenter.testing.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds every live answer against the schema its operation's document declares for that status (OpenAPI 3.1
 * schemas are JSON Schema 2020-12): required fields present, nulls only where declared nullable, types, enums and
 * formats as documented — what a strictly typed generated client relies on.
 */
final class ResponseSchemas {

    /** Where the document is known to the validator; its own {@code #/components/...} references resolve against it. */
    private static final String DOCUMENT = "https://servicecenter-verbund.example/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, Optional<JsonSchema>> schemas = new HashMap<>();

    ResponseSchemas(JsonNode document) {
        this.document = document;
        String text = document.toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, text))));
    }

    /**
     * What is wrong with an answer: an undocumented success status, or each place the JSON body breaks its schema;
     * empty when it agrees. Bodies of other media types (CSV, iCalendar, plain text) are not checked here.
     */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        JsonNode responses = document.path("paths").path(path).path(method).path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status))
                : responses.path("default");
        if (response.isMissingNode()) {
            return status / 100 == 2 || status == 404 || status == 400
                    ? List.of("status " + status + " is not documented") : List.of();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!mediaType.endsWith("json") || body.isEmpty()) {
            return List.of();
        }
        Optional<JsonSchema> schema = schemas.computeIfAbsent(method + " " + path + " " + status + " " + mediaType,
                key -> schemaOf(response.path("content").path(mediaType).path("schema")));
        if (schema.isEmpty()) {
            return response.path("content").has(mediaType) ? List.of()
                    : List.of("answered " + mediaType + ", which is not documented for " + status);
        }
        try {
            return schema.get().validate(JSON.readTree(body)).stream().map(ValidationMessage::getMessage).toList();
        } catch (java.io.IOException notJson) {
            return List.of("answered " + mediaType + " that is no JSON: " + notJson.getMessage());
        }
    }

    private Optional<JsonSchema> schemaOf(JsonNode declared) {
        if (declared.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(factory.getSchema(absolute(declared.deepCopy()), config));
    }

    /** The schema with its references into the document made absolute, so that they resolve from outside it. */
    private static JsonNode absolute(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith("#")) {
                object.set("$ref", TextNode.valueOf(DOCUMENT + ref.asText()));
            }
            object.properties().forEach(entry -> absolute(entry.getValue()));
        } else if (schema.isArray()) {
            schema.forEach(ResponseSchemas::absolute);
        }
        return schema;
    }
}
