package de.servicecenter.knowledge.synonym;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Synonyms", description = "Synonym rules of a host network in Solr syntax: \"perso => personalausweis\" "
        + "(the left side is searched as the right), \"angelschein, fischereischein\" (each finds the others)")
public record SynonymsRequest(
        @NotNull @Size(max = 2000)
        @Schema(required = true, description = "Synonym rules: \"a, b\" (equivalent) or \"a => b\" (a means b)",
                example = "[\"perso => personalausweis\", \"angelschein, fischereischein\", \"verlängern, verlängerung\"]")
        List<@NotBlank @Size(max = 500) String> rules) {
}
