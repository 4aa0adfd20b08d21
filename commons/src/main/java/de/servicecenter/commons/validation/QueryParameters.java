package de.servicecenter.commons.validation;

import de.servicecenter.commons.input.SupportedDates;
import de.servicecenter.commons.problem.InvalidInputProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * A parameter that must be there.
     *
     * @throws InvalidInputProblem naming {@code parameter} when it is absent or blank
     */
    public static String required(String raw, String parameter) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputProblem.of(parameter, "is required");
        }
        return raw;
    }

    /** An optional ISO date ({@code 2026-10-25}); absent or blank means none. */
    public static Optional<LocalDate> optionalDate(String raw, String parameter) {
        return optionalTime(raw, parameter, LocalDate::parse, "a date such as 2026-10-25");
    }

    /**
     * An optional date or time read by {@code parser}; absent or blank means none. Dates and times must lie in
     * {@link SupportedDates}.
     *
     * @param expected what the parameter must be, for the error: "a date such as 2026-10-25"
     */
    public static <T> Optional<T> optionalTime(String raw, String parameter, Function<String, T> parser,
                                               String expected) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        T value;
        try {
            value = parser.apply(raw);
        } catch (DateTimeException e) {
            // beyond parsing, also a date the calendar cannot place (year +999999999 as an instant)
            throw InvalidInputProblem.of(parameter, "must be " + expected + ", not '" + raw + "'");
        }
        return Optional.of(SupportedDates.require(value, parameter));
    }

    /** A month such as {@code 2026-10}. */
    public static YearMonth month(String raw, String parameter) {
        return optionalTime(raw, parameter, YearMonth::parse, "a month such as 2026-10")
                .orElseThrow(() -> InvalidInputProblem.of(parameter, "is required: a month such as 2026-10"));
    }

    /** An optional whole number within {@code [min, max]}; absent or blank means none. */
    public static Optional<Integer> optionalInt(String raw, String parameter, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // answered below, like a value out of range
        }
        throw InvalidInputProblem.of(parameter, "must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
    }
}
