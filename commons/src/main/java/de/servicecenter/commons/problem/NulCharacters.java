package de.servicecenter.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
 * The NUL character (U+0000) is refused wherever input comes in — path, query, JSON strings — with a 400 naming where
 * it was: PostgreSQL cannot store it in text, and a query parameter carrying it used to end in a 500.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";
    private static final char NUL = '\u0000';

    /** Path and query, decoded, before any resource is matched. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseInPathAndQuery(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.getUriInfo().getPath(true).indexOf(NUL) >= 0) {
            errors.add(new FieldError("path", MESSAGE));
        }
        request.getUriInfo().getQueryParameters(true).forEach((name, values) -> {
            if (name.indexOf(NUL) >= 0 || values.stream().anyMatch(value -> value.indexOf(NUL) >= 0)) {
                errors.add(new FieldError(name.replace(NUL, '?'), MESSAGE));
            }
        });
        return errors.isEmpty() ? Optional.empty()
                : Optional.of(ProblemResponses.of(new InvalidInputProblem(errors).toProblemDetail(), request.getUriInfo()));
    }

    /** JSON strings: refused while reading, so that the problem names the field by its path. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-characters").addDeserializer(String.class, new Strings()));
    }

    /** Reads strings as usual and refuses one that contains NUL. */
    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw new NulCharacterException(parser);
            }
            return value;
        }
    }

    /** A JSON string with NUL in it; the problem mappers name its field. */
    static final class NulCharacterException extends InvalidFormatException {

        NulCharacterException(JsonParser parser) {
            super(parser, MESSAGE, null, String.class);
        }
    }
}
