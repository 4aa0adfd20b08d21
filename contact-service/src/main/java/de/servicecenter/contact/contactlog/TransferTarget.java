package de.servicecenter.contact.contactlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.validation.PhoneNumber;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom a forwarded caller was put through to: a unit of the town's directory (or a contact point in it), and the number. */
@Schema(name = "TransferTarget", description = "Whom a FORWARDED contact was put through to, as the town's directory "
        + "named it")
public record TransferTarget(
        @NotNull @Pattern(regexp = ID, message = ID_MESSAGE)
        @Schema(required = true, example = "standesamt", description = "The unit's id in the town's directory")
        String unit,

        @Pattern(regexp = ID, message = ID_MESSAGE)
        @Schema(nullable = true, example = "standesamt-a-k", description = "The contact point's id within the unit, if one")
        String contactPoint,

        @NotNull @PhoneNumber
        @Schema(required = true, example = "+492305106341", description = "The number dialled (E.164)")
        String number) {

    static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String ID_MESSAGE = "must be an id of the town's directory: lower-case letters, digits and hyphens";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** As stored (jsonb) and fingerprinted: fields in declaration order. */
    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a transfer target is always JSON", e);
        }
    }

    static TransferTarget ofJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, TransferTarget.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored transfer target is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
