package de.servicecenter.contact.contactlog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactBatchRequest", description = "Up to 1,000 contacts, stored all or none; each with its "
        + "idempotencyKey")
public record ContactBatchRequest(
        @NotNull @Size(min = 1, max = ContactBatchRequest.MAX_SIZE) @Valid
        @Schema(description = "The contacts, each with its idempotencyKey; all are stored or none", required = true)
        List<@NotNull ContactRequest> contacts) {

    public static final int MAX_SIZE = 1_000;
}
