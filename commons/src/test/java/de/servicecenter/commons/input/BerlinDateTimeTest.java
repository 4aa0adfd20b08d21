package de.servicecenter.commons.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.ProblemMappers;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code at} in a body read as in a query parameter: with offset, or Berlin wall-clock time by the rule for DST. */
class BerlinDateTimeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    record Call(@JsonDeserialize(using = BerlinDateTime.class) OffsetDateTime at) {
    }

    private OffsetDateTime at(String text) throws Exception {
        return json.readValue("{\"at\": \"" + text + "\"}", Call.class).at();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-23T10:00, 2026-11-23T10:00+01:00",          // winter
            "2026-07-01T10:00:30, 2026-07-01T10:00:30+02:00",    // summer
            "2026-03-29T02:30, 2026-03-29T03:00+02:00",          // the spring gap: the instant the clocks jump to
            "2026-10-25T02:30, 2026-10-25T02:30+02:00",          // the autumn repeat: its first occurrence
            "2026-11-23T10:00:00+01:00, 2026-11-23T10:00+01:00",
            "2026-11-23T09:00:00Z, 2026-11-23T09:00Z"})          // an offset is kept as written
    void wallClockOrOffset(String text, String expected) throws Exception {
        OffsetDateTime read = at(text);
        assertThat(read).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(read.getOffset()).isEqualTo(OffsetDateTime.parse(expected).getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-11-23", "2026-02-30T10:00", "10:00", "2026-11-23T25:00"})
    void neitherIsRefusedNamingTheFieldAndBothForms(String text) {
        assertThatThrownBy(() -> at(text)).isInstanceOfSatisfying(InvalidFormatException.class, e -> {
            ProblemDetail problem = (ProblemDetail) new ProblemMappers().jsonMapping(e, null).getEntity();
            FieldError error = problem.errors().get(0);
            assertThat(error.field()).isEqualTo("at");
            assertThat(error.message()).isEqualTo(BerlinDateTime.MESSAGE).contains("with offset", "wall-clock");
        });
    }

    @Test
    void aNumberIsNoDateTime() {
        assertThatThrownBy(() -> json.readValue("{\"at\": 1764000000}", Call.class))
                .isInstanceOf(BerlinDateTime.NotADateTimeException.class);
    }

    @Test
    void outsideTheSupportedDatesIsRefusedAsEverywhere() {
        assertThatThrownBy(() -> at("2200-01-01T10:00")).isInstanceOf(SupportedDates.OutOfRangeException.class);
    }
}
