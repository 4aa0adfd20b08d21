package de.servicecenter.commons.validation;

import de.servicecenter.commons.problem.InvalidInputProblem;
import java.util.Arrays;
import java.util.Optional;

/**
 * Query-string filters. Taken as strings and parsed here because JAX-RS answers a failed conversion of a
 * query parameter with a bare 404; this answers 400 naming the parameter and the allowed values.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * An optional enum filter, matched against each constant's {@code toString()} (its wire form, e.g.
     * {@code DE-NW} or {@code CITY}). Absent or blank means "no filter".
     *
     * @throws InvalidInputProblem naming {@code parameter} when the value is none of the constants
     */
    public static <E extends Enum<E>> Optional<E> optionalEnum(String raw, String parameter, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        E[] constants = type.getEnumConstants();
        return Optional.of(Arrays.stream(constants)
                .filter(constant -> constant.toString().equals(raw))
                .findFirst()
                .orElseThrow(() -> InvalidInputProblem.of(parameter, "must be one of " + Arrays.toString(constants))));
    }
}
