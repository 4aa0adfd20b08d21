package de.servicecenter.routing.ruleset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule of a town's ordered list: the first whose conditions hold decides. */
@Schema(name = "Rule")
public record RuleDefinition(
        @NotBlank @Size(max = 100)
        @Schema(description = "The rule's name, shown in explanations", required = true,
                example = "Bürgerbüro und Ordnungswesen nach Bochum, zu Servicezeiten")
        String name,

        @Valid @Schema(nullable = true, description = "When it applies; omitted: always (the default rule)")
        ConditionDefinition when,

        @NotNull @Valid @Schema(description = "What happens when it applies", required = true) ActionDefinition then) {

    public ConditionDefinition conditions() {
        return when == null ? ConditionDefinition.ALWAYS : when;
    }
}
