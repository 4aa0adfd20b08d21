package de.servicecenter.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}).
 *
 * @param type     stable identifier of the problem kind, e.g. {@code urn:problem:servicecenter-verbund:validation-failed}
 * @param title    short summary of the problem kind, the same for every occurrence
 * @param status   the HTTP status code
 * @param detail   what went wrong this time, for a human reader
 * @param instance the request path the problem occurred on
 * @param errors   for invalid input: one entry per offending field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = ProblemDetail.SCHEMA_NAME, description = "RFC 9457 problem details",
        requiredProperties = {"type", "title", "status"})
public record ProblemDetail(
        @Schema(description = "The kind of problem; stable, for programs to switch on",
                example = "urn:problem:servicecenter-verbund:validation-failed")
        URI type,
        @Schema(description = "The kind of problem in words; the same for every occurrence (German when asked for "
                + "with Accept-Language: de)", example = "Invalid input")
        String title,
        @Schema(description = "The HTTP status", example = "400") int status,
        @Schema(description = "What went wrong this time, for people", example = "1 field is invalid.") String detail,
        @Schema(description = "The request path it happened on", example = "/api/v1/towns", format = "uri-reference")
        URI instance,
        @Schema(description = "For invalid input: each offending field and why") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String SCHEMA_NAME = "Problem";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemDetail withInstance(URI instance) {
        return new ProblemDetail(type, title, status, detail, instance, errors);
    }
}
