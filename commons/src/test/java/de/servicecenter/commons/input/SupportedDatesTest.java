package de.servicecenter.commons.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.ProblemMappers;
import de.servicecenter.commons.validation.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One range of dates, 1900-01-01 to 2199-12-31, for query parameters and JSON bodies alike. */
class SupportedDatesTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    SupportedDatesTest() {
        new SupportedDates().customize(json);
    }

    record Validity(LocalDate validFrom, List<OffsetDateTime> seen, Instant at, YearMonth month) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "10000-01-01", "+999999999-12-31", "0001-01-01",
            "-999999999-01-01"})
    void queryDatesOutsideTheRangeAreRefusedNamingTheParameter(String day) {
        assertThatThrownBy(() -> QueryParameters.optionalDate(day, "from"))
                .isInstanceOfSatisfying(InvalidInputProblem.class, problem -> assertThat(
                        problem.toProblemDetail().errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("from");
                            assertThat(error.message()).startsWith("must");
                        }));
    }

    @Test
    void theEdgesThemselvesAreInside() {
        assertThat(QueryParameters.optionalDate("1900-01-01", "from")).contains(SupportedDates.FIRST);
        assertThat(QueryParameters.optionalDate("2199-12-31", "from")).contains(SupportedDates.LAST);
        assertThat(QueryParameters.month("2199-12", "month")).isEqualTo(YearMonth.of(2199, 12));
        assertThatThrownBy(() -> QueryParameters.month("2200-01", "month")).isInstanceOf(InvalidInputProblem.class);
    }

    @Test
    void anInstantBeyondWhatTheCalendarCanHoldIsA400NotA500() {
        assertThatThrownBy(() -> QueryParameters.optionalTime("+999999999-12-31T23:59", "at",
                text -> java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC), "a time"))
                .isInstanceOf(InvalidInputProblem.class);
        assertThatThrownBy(() -> QueryParameters.optionalTime("+300000-01-01T00:00:00Z", "at", Instant::parse, "a time"))
                .isInstanceOf(InvalidInputProblem.class);
    }

    @Test
    void bodyDatesOutsideTheRangeAreRefusedNamingTheField() {
        assertThat(fieldRefusedIn("{\"validFrom\": \"2200-01-01\"}")).isEqualTo("validFrom");
        assertThat(fieldRefusedIn("{\"seen\": [\"2026-01-01T10:00:00+01:00\", \"1899-12-31T10:00:00+01:00\"]}"))
                .isEqualTo("seen[1]");
        assertThat(fieldRefusedIn("{\"at\": \"9999-12-31T00:00:00Z\"}")).isEqualTo("at");
        assertThat(fieldRefusedIn("{\"month\": \"2200-01\"}")).isEqualTo("month");
    }

    @Test
    void bodyDatesInsideReadAsBefore() throws Exception {
        Validity validity = json.readValue("{\"validFrom\": \"2026-10-25\", \"seen\": [\"2026-03-29T03:00:00+02:00\"], "
                + "\"at\": \"2026-11-30T06:00:00Z\", \"month\": \"2026-11\"}", Validity.class);
        assertThat(validity.validFrom()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(validity.at()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(validity.month()).isEqualTo(YearMonth.of(2026, 11));
    }

    private String fieldRefusedIn(String body) {
        try {
            json.readValue(body, Validity.class);
        } catch (SupportedDates.OutOfRangeException e) {
            ProblemDetail problem = (ProblemDetail) new ProblemMappers().jsonMapping(e, null).getEntity();
            FieldError error = problem.errors().get(0);
            assertThat(error.message()).isEqualTo(SupportedDates.MESSAGE);
            return error.field();
        } catch (Exception e) {
            throw new AssertionError("expected the date to be refused as out of range, got " + e, e);
        }
        throw new AssertionError("accepted: " + body);
    }
}
