package de.servicecenter.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;

/** The services' published OpenAPI documents, {@code api/openapi/<service>.json} in the repository. */
public final class PublishedDocuments {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PublishedDocuments() {
    }

    /** A service's published document; tests run in the service's module directory. */
    public static Path of(String service) {
        return Path.of("..", "api", "openapi", service + ".json");
    }

    /** A document as published: two-space indented JSON in the served order, ending with a newline. */
    public static String canonical(String document) throws JsonProcessingException {
        JsonNode tree = JSON.readTree(document);
        return JSON.writeValueAsString(tree) + "\n";
    }
}
