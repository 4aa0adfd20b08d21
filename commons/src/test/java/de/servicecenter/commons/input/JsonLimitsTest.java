package de.servicecenter.commons.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies deeper, longer or ambiguous beyond the limits are refused as 400s that say which limit and where. */
class JsonLimitsTest {

    private final ObjectMapper json = new ObjectMapper();

    JsonLimitsTest() {
        new JsonLimits().customize(json);
    }

    record Rule(String name, List<Day> days) {
    }

    record Day(String day, int opens) {
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedNamingTheLimit() {
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 1) + "]".repeat(JsonLimits.MAX_DEPTH + 1);
        assertThat(refused(deep, Object.class).errors())
                .containsExactly(new FieldError("body", "The request body nests deeper than 32 levels."));
        String deepest = "[".repeat(JsonLimits.MAX_DEPTH) + "]".repeat(JsonLimits.MAX_DEPTH);
        assertThat(read(deepest)).isNotNull();
    }

    @Test
    void aNumberWithTooManyDigitsIsRefused() {
        String longNumber = "{\"name\": \"x\", \"days\": [{\"day\": \"MONDAY\", \"opens\": 1" + "0".repeat(1000) + "}]}";
        assertThat(refused(longNumber, Rule.class).errors().get(0).message()).contains("more than 40 digits");
        assertThat(refused("1" + "0".repeat(100), Object.class).errors().get(0).message()).contains("more than 40 digits");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedWhereverItSits() {
        assertThat(duplicateIn("{\"name\": \"a\", \"name\": \"b\"}")).isEqualTo("name");
        assertThat(duplicateIn("{\"name\": \"a\", \"days\": [{\"day\": \"MONDAY\"}, {\"opens\": 1, \"opens\": 2}]}"))
                .isEqualTo("days[1].opens");
        assertThat(duplicateIn("{\"days\": [], \"name\": \"a\", \"days\": []}")).isEqualTo("days");
    }

    @Test
    void keysRepeatedInDifferentObjectsAreFine() throws Exception {
        Rule rule = json.readValue("{\"name\": \"a\", \"days\": [{\"day\": \"MONDAY\", \"opens\": 1}, "
                + "{\"day\": \"TUESDAY\", \"opens\": 2}]}", Rule.class);
        assertThat(rule.days()).hasSize(2);
    }

    private String duplicateIn(String body) {
        FieldError error = refused(body, Rule.class).errors().get(0);
        assertThat(error.message()).isEqualTo("appears more than once in the same object");
        return error.field();
    }

    /** The problem for a body the mapper refuses, chosen the way the REST layer chooses: the most specific mapper. */
    private ProblemDetail refused(String body, Class<?> type) {
        ProblemMappers mappers = new ProblemMappers();
        Response response;
        try {
            json.readValue(body, type);
            throw new AssertionError("accepted: " + body);
        } catch (JsonMappingException e) {
            response = mappers.jsonMapping(e, null);
        } catch (StreamConstraintsException e) {
            response = mappers.jsonLimit(e, null);
        } catch (JsonParseException e) {
            response = mappers.malformedJson(e, null);
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        assertThat(response.getStatus()).isEqualTo(400);
        return problem(response);
    }

    private Object read(String body) {
        try {
            return json.readValue(body, Object.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ProblemDetail problem(Response response) {
        return (ProblemDetail) response.getEntity();
    }

}
