package de.servicecenter.knowledge.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A form (Formular) citizens fill in, by link. */
@Schema(name = "FormLink")
public record FormLink(
        @NotBlank @Size(max = 200)
        @Schema(description = "The form's title",
                required = true, example = "Antrag auf Ausstellung eines Fischereischeins")
        String title,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(description = "Where to download it",
                required = true, example = "https://www.castrop-rauxel.de/formulare/fischereischein.pdf")
        String url) {
}
