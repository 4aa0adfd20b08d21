package de.servicecenter.commons.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.servicecenter.commons.problem.InvalidInputProblem;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    enum Channel {
        PHONE, EMAIL;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    @Test
    void absentOrBlankMeansNoFilter() {
        assertThat(QueryParameters.optionalEnum(null, "channel", Channel.class)).isEmpty();
        assertThat(QueryParameters.optionalEnum(" ", "channel", Channel.class)).isEmpty();
    }

    @Test
    void matchesTheWireForm() {
        assertThat(QueryParameters.optionalEnum("email", "channel", Channel.class)).contains(Channel.EMAIL);
    }

    @Test
    void unknownValueNamesTheParameterAndTheAllowedValues() {
        assertThatThrownBy(() -> QueryParameters.optionalEnum("EMAIL", "channel", Channel.class))
                .isInstanceOfSatisfying(InvalidInputProblem.class, problem -> {
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("channel");
                        assertThat(error.message()).isEqualTo("must be one of [phone, email]");
                    });
                });
    }

    @Test
    void datesMonthsAndNumbersNameTheParameterWhenWrong() {
        assertThat(QueryParameters.optionalDate("2026-10-25", "from")).contains(java.time.LocalDate.of(2026, 10, 25));
        assertThat(QueryParameters.optionalDate("", "from")).isEmpty();
        assertThat(QueryParameters.month("2026-10", "month")).isEqualTo(java.time.YearMonth.of(2026, 10));
        assertThat(QueryParameters.optionalInt("30", "serviceLevelSeconds", 1, 3600)).contains(30);

        assertThatThrownBy(() -> QueryParameters.optionalDate("25.10.2026", "from"))
                .isInstanceOfSatisfying(InvalidInputProblem.class,
                        problem -> assertThat(problem.errors().getFirst().field()).isEqualTo("from"));
        assertThatThrownBy(() -> QueryParameters.month("2026-13", "month"))
                .isInstanceOfSatisfying(InvalidInputProblem.class,
                        problem -> assertThat(problem.errors().getFirst().field()).isEqualTo("month"));
        assertThatThrownBy(() -> QueryParameters.optionalInt("0", "serviceLevelSeconds", 1, 3600))
                .isInstanceOfSatisfying(InvalidInputProblem.class, problem -> assertThat(problem.errors().getFirst()
                        .message()).isEqualTo("must be a whole number from 1 to 3600, not '0'"));
        assertThatThrownBy(() -> QueryParameters.optionalInt("x", "serviceLevelSeconds", 1, 3600))
                .isInstanceOf(InvalidInputProblem.class);
    }
}
