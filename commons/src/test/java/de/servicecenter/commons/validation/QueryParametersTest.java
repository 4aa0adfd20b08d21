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
}
