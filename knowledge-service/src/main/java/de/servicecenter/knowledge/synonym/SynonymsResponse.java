package de.servicecenter.knowledge.synonym;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SynonymSet")
public record SynonymsResponse(
        @Schema(description = "The host town whose synonyms these are", example = "bochum") String host,
        @Schema(description = "Synonym rules: \"a, b\" (equivalent) or \"a => b\" (a means b)") List<String> rules,
        @Schema(nullable = true, description = "When they last changed") Instant updatedAt,
        @Schema(nullable = true, description = "Who changed them last (user name from the token)") String updatedBy) {
}
