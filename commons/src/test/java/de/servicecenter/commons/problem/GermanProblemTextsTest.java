package de.servicecenter.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanProblemTextsTest {

    @Test
    void everyKindOfProblemHasAGermanTitle() {
        for (ProblemType type : ProblemType.values()) {
            assertThat(GermanProblemTexts.title(type)).as(type.name()).isPresent();
        }
    }

    @Test
    void detailsAndFieldMessagesWithTheirVariablePartsInPlace() {
        ProblemDetail english = new InvalidInputProblem(List.of(
                new FieldError("ags", "must be the 8-digit Amtlicher Gemeindeschlüssel, e.g. 05562004"),
                new FieldError("page", "must be a whole number from 0 to 100000, not 'x'"))).toProblemDetail();

        ProblemDetail german = GermanProblemTexts.of(english);

        assertThat(german.title()).isEqualTo("Ungültige Eingabe");
        assertThat(german.detail()).isEqualTo("2 Felder sind ungültig.");
        assertThat(german.errors()).extracting(FieldError::field).containsExactly("ags", "page");
        assertThat(german.errors()).extracting(FieldError::message).containsExactly(
                "muss der 8-stellige Amtliche Gemeindeschlüssel sein, z. B. 05562004",
                "muss eine ganze Zahl von 0 bis 100000 sein, nicht „x“");
        assertThat(german.type()).isEqualTo(english.type());
        assertThat(german.status()).isEqualTo(400);
    }

    @Test
    void aDenialReadsLikeAMissingObjectInGermanToo() {
        assertThat(GermanProblemTexts.of(NotFoundProblem.of("town", "bottrop").toProblemDetail()).detail())
                .isEqualTo("Keine Kommune „bottrop“.");
        assertThat(GermanProblemTexts.of(NotFoundProblem.of("contract", "x").toProblemDetail()).detail())
                .isEqualTo("Kein Vertrag „x“.");
    }

    /**
     * Each entry is reached by its own text (no earlier, more general entry takes it — the first match wins) and puts
     * every variable part in its place, each once: the English text with a value for each {@code {}} gives the
     * German text with those values.
     */
    @Test
    void everyEntryIsReachedAndPlacesEveryVariablePart() {
        for (GermanProblemTexts.Entry entry : GermanProblemTexts.catalog()) {
            String[] literals = entry.text().split("\\{}", -1);
            StringBuilder english = new StringBuilder(literals[0]);
            String german = entry.german();
            for (int part = 1; part < literals.length; part++) {
                english.append("«v").append(part).append('»').append(literals[part]);
                assertThat(german).as("German of '%s' places {%d}", entry.text(), part).contains("{" + part + "}");
                german = german.replace("{" + part + "}", "«v" + part + "»");
            }
            assertThat(german).as("German of '%s' has no unfilled part", entry.text()).doesNotContainPattern("\\{\\d+}");
            assertThat(GermanProblemTexts.text(english.toString())).as("'%s' is translated by its own entry",
                    entry.text()).isEqualTo(german);
        }
    }

    @Test
    void textsTheCatalogDoesNotKnowStayAsTheyAre() {
        assertThat(GermanProblemTexts.text("something nobody translated")).isEqualTo("something nobody translated");
        assertThat(GermanProblemTexts.text(null)).isNull();
    }

    @Test
    void germanWhenPreferredOverEnglish() {
        assertThat(ProblemLanguage.prefersGerman("de")).isTrue();
        assertThat(ProblemLanguage.prefersGerman("de-DE,de;q=0.9,en;q=0.8")).isTrue();
        assertThat(ProblemLanguage.prefersGerman("en;q=0.5, de;q=0.9")).isTrue();
        assertThat(ProblemLanguage.prefersGerman("fr, de;q=0.5")).isTrue();
        assertThat(ProblemLanguage.prefersGerman("en-GB, de;q=0.9")).isFalse();
        assertThat(ProblemLanguage.prefersGerman("*")).isFalse();
        assertThat(ProblemLanguage.prefersGerman("")).isFalse();
        assertThat(ProblemLanguage.prefersGerman(null)).isFalse();
        assertThat(ProblemLanguage.prefersGerman(";;;=")).isFalse();
    }
}
