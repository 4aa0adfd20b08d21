package de.servicecenter.commons.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.ProblemResponses;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Control characters are refused wherever input comes in, with a 400 naming where they were. PostgreSQL cannot
 * store NUL (U+0000) in text — a query parameter carrying it used to end in a 500 — and the other C0 controls and
 * DEL have no business in a town's name, an article or a phone number: they break CSV exports, logs and
 * terminals. Only JSON strings may carry tab and line breaks (article texts have paragraphs); paths and query
 * parameters may not.
 */
@Singleton
public class ControlCharacters implements ObjectMapperCustomizer {

    public static final String MESSAGE = "must not contain control characters (U+0000 to U+001F, U+007F)";
    public static final String MESSAGE_IN_TEXT = "must not contain control characters (U+0000 to U+001F other "
            + "than tab and line breaks, U+007F)";

    /** Path and query, decoded, before any resource is matched. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseInPathAndQuery(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        if (containsAny(request.getUriInfo().getPath(true), false)) {
            errors.add(new FieldError("path", MESSAGE));
        }
        request.getUriInfo().getQueryParameters(true).forEach((name, values) -> {
            if (containsAny(name, false) || values.stream().anyMatch(value -> containsAny(value, false))) {
                errors.add(new FieldError(printable(name), MESSAGE));
            }
        });
        return errors.isEmpty() ? Optional.empty()
                : Optional.of(ProblemResponses.of(new InvalidInputProblem(errors).toProblemDetail(), request.getUriInfo()));
    }

    /** JSON strings: refused while reading, so that the problem names the field by its path. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-control-characters").addDeserializer(String.class, new Strings()));
    }

    static boolean containsAny(String value, boolean inText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(inText && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    /** A parameter's name as it can be shown back: controls replaced. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.chars().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? '?' : (char) c));
        return shown.toString();
    }

    /** Reads strings as usual and refuses one that contains a control character. */
    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && containsAny(value, true)) {
                throw new ControlCharacterException(parser);
            }
            return value;
        }
    }

    /** A JSON string with a control character in it; the problem mappers name its field. */
    public static final class ControlCharacterException extends InvalidFormatException {

        ControlCharacterException(JsonParser parser) {
            super(parser, MESSAGE_IN_TEXT, null, String.class);
        }
    }
}
