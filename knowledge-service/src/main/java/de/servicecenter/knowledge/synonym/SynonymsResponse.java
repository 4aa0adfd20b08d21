package de.servicecenter.knowledge.synonym;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SynonymSet")
public record SynonymsResponse(
        @Schema(example = "bochum") String host,
        List<String> rules,
        Instant updatedAt,
        String updatedBy) {
}
