package de.servicecenter.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import de.servicecenter.commons.problem.InvalidInputProblem;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * The one range of dates the platform accepts anywhere — query parameters and JSON bodies alike: 1900-01-01
 * to 2199-12-31. Opening hours, contracts and contacts live in decades, not millennia; a year such as 10000 or
 * +999999999 is a typo or an attack, and outside this range the holiday law, the zone rules and the arithmetic
 * on instants stop meaning anything (year 1000000000 does not even fit an {@link Instant}).
 */
@Singleton
public class SupportedDates implements ObjectMapperCustomizer {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    public static final String MESSAGE = "must lie between " + FIRST + " and " + LAST;
    /** For OpenAPI descriptions of date and time parameters. */
    public static final String DESCRIBED = "Dates from " + FIRST + " to " + LAST + ".";

    private static final Set<Class<?>> TYPES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, YearMonth.class, Instant.class);

    /** The day {@code value} falls on (for instants: in UTC; the range's ends are far from any zone's reach). */
    static Optional<LocalDate> dayOf(Object value) {
        return Optional.ofNullable(switch (value) {
            case LocalDate date -> date;
            case LocalDateTime time -> time.toLocalDate();
            case OffsetDateTime time -> time.toLocalDate();
            case ZonedDateTime time -> time.toLocalDate();
            case YearMonth month -> month.atDay(1);
            case Instant instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate();
            default -> null;
        });
    }

    public static boolean contains(Object value) {
        return dayOf(value).map(day -> !day.isBefore(FIRST) && !day.isAfter(LAST)).orElse(true);
    }

    /**
     * @return {@code value}
     * @throws InvalidInputProblem naming {@code parameter} when it lies outside the range
     */
    public static <T> T require(T value, String parameter) {
        if (!contains(value)) {
            throw InvalidInputProblem.of(parameter, MESSAGE + ", not " + value);
        }
        return value;
    }

    /** JSON bodies: every date and time the mapper reads is checked after reading, so the field is named. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("supported-dates").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return TYPES.contains(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
            }
        }));
    }

    /** Reads as the date/time deserializer it wraps does, then refuses values outside the range. */
    static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null && !contains(value)) {
                throw new OutOfRangeException(parser, value);
            }
            return value;
        }
    }

    /** A date in a JSON body outside the range; the problem mappers name its field. */
    public static final class OutOfRangeException extends InvalidFormatException {

        public OutOfRangeException(JsonParser parser, Object value) {
            super(parser, MESSAGE, value, value.getClass());
        }
    }
}
