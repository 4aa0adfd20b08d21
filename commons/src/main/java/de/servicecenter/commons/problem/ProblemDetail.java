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
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemDetail(
        @Schema(example = "urn:problem:servicecenter-verbund:validation-failed") URI type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "1 field is invalid.") String detail,
        @Schema(example = "/api/v1/tenants") URI instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemDetail withInstance(URI instance) {
        return new ProblemDetail(type, title, status, detail, instance, errors);
    }
}
