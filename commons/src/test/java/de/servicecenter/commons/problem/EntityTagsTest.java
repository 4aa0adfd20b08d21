package de.servicecenter.commons.problem;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void writeWithoutIfMatchIsUnconditional() {
        assertThatCode(() -> EntityTags.requireMatch(null, 7)).doesNotThrowAnyException();
    }

    @Test
    void currentVersionOrWildcardMatches() {
        assertThatCode(() -> EntityTags.requireMatch("\"7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> EntityTags.requireMatch("\"6\", \"7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> EntityTags.requireMatch("*", 7)).doesNotThrowAnyException();
    }

    @Test
    void staleVersionFailsThePrecondition() {
        assertThatThrownBy(() -> EntityTags.requireMatch("\"6\"", 7))
                .isInstanceOf(PreconditionFailedProblem.class)
                .hasMessageContaining("\"7\"");
    }
}
