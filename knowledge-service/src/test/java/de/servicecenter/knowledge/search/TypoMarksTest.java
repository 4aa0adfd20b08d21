package de.servicecenter.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoMarksTest {

    @ParameterizedTest(name = "\"{0}\" marks \"{1}\" as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "Fischereischien | Fischereischein beantragen | <em>Fischereischein</em> beantragen",
            "Persnalausweis verlängern | Personalausweis <em>verlängern</em> | <em>Personalausweis</em> <em>verlängern</em>",
            "Hund anmelden | <em>Hund</em> <em>anmelden</em> | <em>Hund</em> <em>anmelden</em>",
            "Reisepas | Reisepass, Kinderreisepass | <em>Reisepass</em>, Kinderreisepass",
            "Sperrmühl | Sperrmüll anmelden | <em>Sperrmüll</em> anmelden"})
    void wordsWithinTheSearchsToleranceAreMarked(String query, String text, String marked) {
        assertThat(TypoMarks.of(query).mark(text)).isEqualTo(marked);
    }

    @ParameterizedTest(name = "\"{0}\" leaves \"{1}\" alone")
    @CsvSource(delimiter = '|', value = {
            "Hund | Bund und Mund", // the first letter counts
            "wie | wir wissen", // short words are no typos worth marking
            "Pass | Park", // two edits in a short word
            "Ausweis | Ausweis beantragen", // an exact word is the highlighter's, not a typo
            "Fischereischein | Feuerwerk"})
    void otherWordsStayUnmarked(String query, String text) {
        assertThat(TypoMarks.of(query).marks(text)).isFalse();
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(TypoMarks.distance("schien", "schein", 1)).isTrue();
        assertThat(TypoMarks.distance("abc", "cba", 1)).isFalse();
    }
}
