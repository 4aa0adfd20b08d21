package de.servicecenter.commons.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Control characters in JSON strings are refused while reading, naming the field; everything else reads as before. */
class ControlCharactersTest {

    private final ObjectMapper json = new ObjectMapper();

    ControlCharactersTest() {
        new ControlCharacters().customize(json);
    }

    record Article(String title, List<String> keywords) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u001f", "\\u007f"})
    void aStringWithAControlCharacterIsRefusedAndItsFieldNamed(String control) {
        assertThatThrownBy(() -> json.readValue("{\"title\": \"Perso\", \"keywords\": [\"a\", \"b" + control + "c\"]}",
                Article.class))
                .isInstanceOf(ControlCharacters.ControlCharacterException.class)
                .satisfies(e -> {
                    Response response = new ProblemMappers().jsonMapping((ControlCharacters.ControlCharacterException) e, null);
                    ProblemDetail problem = (ProblemDetail) response.getEntity();
                    assertThat(response.getStatus()).isEqualTo(400);
                    assertThat(problem.errors())
                            .containsExactly(new FieldError("keywords[1]", ControlCharacters.MESSAGE_IN_TEXT));
                });
    }

    @Test
    void textKeepsItsTabsAndLineBreaks() throws Exception {
        assertThat(json.readValue("{\"title\": \"Absatz\\r\\nzwei\\tdrei\", \"keywords\": []}", Article.class).title())
                .isEqualTo("Absatz\r\nzwei\tdrei");
    }

    @Test
    void pathsAndParametersMayNotEvenCarryLineBreaks() {
        assertThat(ControlCharacters.containsAny("Bochum\n", false)).isTrue();
        assertThat(ControlCharacters.containsAny("Bochum\n", true)).isFalse();
        assertThat(ControlCharacters.containsAny("Straße 1 – Bürgerbüro", false)).isFalse();
    }

    @Test
    void otherStringsReadAsBefore() throws Exception {
        assertThat(json.readValue("{\"title\": \"Fischereischein \\u00e4\", \"keywords\": []}", Article.class).title())
                .isEqualTo("Fischereischein ä");
        assertThat(json.readValue("{\"a\": \"b\"}", Map.class)).containsEntry("a", "b");
    }
}
