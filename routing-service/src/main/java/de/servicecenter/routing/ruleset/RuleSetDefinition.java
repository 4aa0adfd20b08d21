package de.servicecenter.routing.ruleset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A town's routing: the numbers that belong to it and its ordered rules, first match wins. */
@Schema(name = "RuleSet")
public record RuleSetDefinition(
        @NotNull @Size(min = 1, max = 50) @Valid
        @Schema(required = true, description = "The numbers citizens dial, each with its phone menu")
        List<@NotNull EntryPointDefinition> entryPoints,
        @NotNull @Size(min = 1, max = 200) @Valid
        @Schema(required = true, description = "The rules in order; the first that applies decides")
        List<@NotNull RuleDefinition> rules) {
}
