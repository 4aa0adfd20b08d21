package de.servicecenter.routing.ruleset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A town's routing: the numbers that belong to it and its ordered rules, first match wins. */
@Schema(name = "RuleSet")
public record RuleSetDefinition(
        @NotNull @Size(min = 1, max = 50) @Valid List<@NotNull EntryPointDefinition> entryPoints,
        @NotNull @Size(min = 1, max = 200) @Valid List<@NotNull RuleDefinition> rules) {
}
