package de.servicecenter.commons.openapi;

import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.ProblemType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the documents say what the wire does, so that strictly typed generated clients can trust them:
 * <ul>
 *   <li><b>required</b>: the services write every field of an answer, {@code null} included (Jackson's default), so
 *   every property of a schema that only answers carry is required; the ones that may be {@code null} say so with
 *   {@code @Schema(nullable = true)}. Schemas that requests carry too keep what validation requires, and types that
 *   leave out empty fields ({@code @JsonInclude}, like problems) declare theirs with
 *   {@code @Schema(requiredProperties = …)}.</li>
 *   <li><b>problem examples per status</b>: each 4xx/5xx response shows a problem of its own status, on the
 *   operation's own path, instead of one example for all.</li>
 *   <li><b>response headers</b> get their schema and, for the standard ones, their description.</li>
 *   <li>component schemas no operation uses are left out.</li>
 *   <li>nullable references say so in their {@code type} too.</li>
 * </ul>
 */
class ResponseDocumentation implements OASFilter {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static final Map<String, String> STANDARD_HEADERS = Map.of(
            "ETag", "Version of the answer, for If-None-Match (and If-Match on updates)",
            "Cache-Control", "How long caches and browsers may keep the answer",
            "Location", "URL of what was created",
            "Content-Location", "URL of the resource this answer represents",
            "Retry-After", "Seconds after which the request may be retried",
            "Last-Modified", "When the answer last changed",
            "Vary", "Request headers the answer depends on");

    /**
     * A nullable reference is {@code anyOf: [{$ref}, {type: null}]}; the scanner sometimes leaves {@code null} out
     * of the sibling {@code type} (seen on a record's second property of the same type), which would forbid it again.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        boolean nullableReference = schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(option -> List.of(Schema.SchemaType.NULL).equals(option.getType()));
        if (nullableReference && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.addType(Schema.SchemaType.NULL);
        }
        return schema;
    }

    @Override
    public Header filterHeader(Header header) {
        if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        return header;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null ? Map.of() : openAPI.getComponents().getSchemas();
        List<Schema> answered = new ArrayList<>();
        List<Schema> requested = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> operations(item).forEach(operation -> {
            parameters(operation).stream().map(Parameter::getSchema).filter(schema -> schema != null)
                    .forEach(requested::add);
            if (operation.getRequestBody() != null) {
                requested.addAll(schemasOf(operation.getRequestBody().getContent()));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    answered.addAll(schemasOf(response.getContent()));
                    describeHeaders(response);
                    exampleProblem(path, operation, status, response);
                });
            }
        }));
        Set<String> requestSchemas = reachable(requested, components);
        Set<String> answerSchemas = reachable(answered, components);
        // what no operation uses (types of shared modules the scan found) only confuses readers and generators
        List.copyOf(components.keySet()).stream()
                .filter(name -> !requestSchemas.contains(name) && !answerSchemas.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
        for (String name : answerSchemas) {
            Schema schema = components.get(name);
            boolean declared = schema.getRequired() != null && !schema.getRequired().isEmpty();
            if (!declared && !requestSchemas.contains(name) && schema.getProperties() != null
                    && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static List<Operation> operations(PathItem item) {
        return item.getOperations() == null ? List.of() : List.copyOf(item.getOperations().values());
    }

    private static List<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema)
                .filter(schema -> schema != null).toList();
    }

    /** The names of the component schemas these schemas lead to, through properties, items and compositions. */
    private static Set<String> reachable(Collection<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new HashSet<>();
        Deque<Schema> open = new ArrayDeque<>(roots);
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT_PREFIX)) {
                String name = schema.getRef().substring(COMPONENT_PREFIX.length());
                if (names.add(name) && components.containsKey(name)) {
                    open.push(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                open.addAll(schema.getProperties().values());
            }
            Optional.ofNullable(schema.getItems()).ifPresent(open::push);
            Optional.ofNullable(schema.getAdditionalPropertiesSchema()).ifPresent(open::push);
            for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
                if (composed != null) {
                    open.addAll(composed);
                }
            }
        }
        return names;
    }

    private static void describeHeaders(APIResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> {
                if (header.getDescription() == null && STANDARD_HEADERS.containsKey(name)) {
                    header.setDescription(STANDARD_HEADERS.get(name));
                }
            });
        }
    }

    /** A problem of the response's own status, on the operation's own path, unless the resource gave one. */
    private static void exampleProblem(String path, Operation operation, String status, APIResponse response) {
        MediaType problem = response.getContent() == null || response.getContent().getMediaTypes() == null ? null
                : response.getContent().getMediaTypes().get(ProblemDetail.MEDIA_TYPE);
        if (problem == null || problem.getExample() != null
                || (problem.getExamples() != null && !problem.getExamples().isEmpty())) {
            return;
        }
        int code;
        try {
            code = Integer.parseInt(status);
        } catch (NumberFormatException notAStatus) {
            return;
        }
        ProblemType type = code == 400 ? ProblemType.VALIDATION_FAILED
                : code == 422 ? ProblemType.BUSINESS_RULE_VIOLATED
                : ProblemType.forStatus(code).orElse(null);
        if (type == null) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.type().toString());
        example.put("title", type.title());
        example.put("status", code);
        example.put("detail", detail(type, operation));
        example.put("instance", instance(path, operation));
        if (type == ProblemType.VALIDATION_FAILED) {
            Map<String, Object> error = new LinkedHashMap<>(); // ordered: the document must be the same every start
            error.put("field", firstField(operation));
            error.put("message", "must not be blank");
            example.put("errors", List.of(error));
        }
        problem.setExample(example);
    }

    private static String detail(ProblemType type, Operation operation) {
        return switch (type) {
            case VALIDATION_FAILED -> "1 field is invalid.";
            case UNAUTHORIZED -> "A valid bearer token is required.";
            case FORBIDDEN -> "The token's roles do not allow this.";
            case NOT_FOUND -> "No " + kind(operation) + " 'example'.";
            case CONFLICT -> "It exists already.";
            case PRECONDITION_FAILED -> "It has changed since the ETag sent as If-Match; read it again.";
            case PRECONDITION_REQUIRED -> "Send the ETag you read as If-Match.";
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the allowed size.";
            case BUSINESS_RULE_VIOLATED -> "The request contradicts a rule of the network.";
            case DEPENDENCY_UNAVAILABLE -> "A service this answer needs is unavailable; retry later.";
            default -> type.title() + ".";
        };
    }

    /** What an operation's 404 names, from its first tag ("Tenants" → "tenant"), else "resource". */
    private static String kind(Operation operation) {
        return Optional.ofNullable(operation.getTags()).filter(tags -> !tags.isEmpty()).map(tags -> tags.get(0))
                .map(tag -> tag.toLowerCase().replaceAll("s$", "")).orElse("resource");
    }

    /** The operation's path with each parameter replaced by its example (or its name). */
    private static String instance(String path, Operation operation) {
        Matcher matcher = PATH_PARAMETER.matcher(path);
        StringBuilder instance = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = parameters(operation).stream().filter(parameter -> name.equals(parameter.getName()))
                    .map(Parameter::getExample).filter(example -> example != null).map(Object::toString).findFirst()
                    .orElse(name);
            matcher.appendReplacement(instance, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(instance);
        return instance.toString();
    }

    private static String firstField(Operation operation) {
        return parameters(operation).stream().filter(parameter -> parameter.getIn() == Parameter.In.QUERY)
                .map(Parameter::getName).findFirst().orElse("name");
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }
}
