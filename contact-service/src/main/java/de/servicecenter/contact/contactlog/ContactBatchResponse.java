package de.servicecenter.contact.contactlog;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactBatchResult", description = "What became of each contact of a batch, in the order sent")
public record ContactBatchResponse(
        @Schema(example = "998", description = "Contacts stored by this request") int stored,
        @Schema(example = "2", description = "Contacts already stored under their key (replays)") int replayed,
        @Schema(description = "One entry per contact sent, in the order sent") List<Item> contacts) {

    @Schema(name = "ContactBatchItem")
    public record Item(
            @Schema(description = "The key it was sent with", example = "pbx-duisburg-20261123-091405-4711")
            String idempotencyKey,
            @Schema(description = "The stored contact's id", example = "0d6c1f1e-2f4b-4d8e-9a51-7c3e2b8f9a10") UUID id,
            @Schema(example = "false", description = "True when the key was stored before, with the same contact")
            boolean replayed) {
    }
}
