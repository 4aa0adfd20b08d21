package de.servicecenter.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import de.servicecenter.openinghours.BerlinTime;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * A date-time in a JSON body read as query parameters read {@code at}: ISO-8601 with offset, or a Berlin wall-clock
 * time without one ({@code 2026-11-28T10:00}), placed by {@link BerlinTime}'s rule for the hours that do not exist
 * or exist twice. For fields people type or tools fill in local time: {@code @JsonDeserialize(using =
 * BerlinDateTime.class)}. Dates outside {@link SupportedDates} are refused as everywhere.
 */
public class BerlinDateTime extends StdDeserializer<OffsetDateTime> {

    public static final String MESSAGE = "must be " + BerlinTime.PARSE_FORMAT;

    public BerlinDateTime() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw new NotADateTimeException(parser, parser.getText());
        }
        String text = parser.getText().strip();
        OffsetDateTime value;
        try {
            value = OffsetDateTime.parse(text); // the offset as the client wrote it
        } catch (DateTimeException withoutOffset) {
            try {
                value = BerlinTime.instantOf(LocalDateTime.parse(text)).atZone(BerlinTime.ZONE).toOffsetDateTime();
            } catch (DateTimeException neither) {
                throw new NotADateTimeException(parser, text);
            }
        }
        if (!SupportedDates.contains(value)) {
            throw new SupportedDates.OutOfRangeException(parser, value);
        }
        return value;
    }

    /** Neither form; the problem mappers name the field and say both. */
    public static final class NotADateTimeException extends InvalidFormatException {

        NotADateTimeException(JsonParser parser, String text) {
            super(parser, MESSAGE, text, OffsetDateTime.class);
        }
    }
}
