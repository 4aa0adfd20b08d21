package de.servicecenter.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NUL in JSON strings is refused while reading, naming the field; everything else reads as before. */
class NulCharactersTest {

    private final ObjectMapper json = new ObjectMapper();

    NulCharactersTest() {
        new NulCharacters().customize(json);
    }

    record Article(String title, List<String> keywords) {
    }

    @Test
    void aStringWithNulIsRefusedAndItsFieldNamed() {
        assertThatThrownBy(() -> json.readValue("{\"title\": \"Perso\", \"keywords\": [\"a\", \"b\\u0000c\"]}",
                Article.class))
                .isInstanceOf(NulCharacters.NulCharacterException.class)
                .satisfies(e -> {
                    Response response = new ProblemMappers().jsonMapping((NulCharacters.NulCharacterException) e, null);
                    ProblemDetail problem = (ProblemDetail) response.getEntity();
                    assertThat(response.getStatus()).isEqualTo(400);
                    assertThat(problem.errors()).containsExactly(new FieldError("keywords[1]", NulCharacters.MESSAGE));
                });
    }

    @Test
    void otherStringsReadAsBefore() throws Exception {
        assertThat(json.readValue("{\"title\": \"Fischereischein \\u00e4\", \"keywords\": []}", Article.class).title())
                .isEqualTo("Fischereischein ä");
        assertThat(json.readValue("{\"a\": \"b\"}", Map.class)).containsEntry("a", "b");
    }
}
