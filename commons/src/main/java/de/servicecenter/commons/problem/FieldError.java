package de.servicecenter.commons.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid field of a request.
 *
 * @param field   JSON path of the field in the request body, or the name of the query/path parameter,
 *                e.g. {@code ags} or {@code centralNumbers[1]}
 * @param message why it is invalid
 */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(description = "Where: the JSON path in the body, or the parameter's name", example = "ags") String field,
        @Schema(description = "Why it is invalid", example = "must be 8 digits") String message) {
}
