package de.servicecenter.console.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An RFC 9457 problem as the services answer it, read from a refused request: the screens show the {@code detail}
 * and put each field error next to the field it names.
 */
public record Problem(int status, String title, String detail, List<FieldError> errors) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public record FieldError(String field, String message) {
    }

    /** The problem in a refused response; a body that is no problem still gives the status. */
    public static Problem of(Response response) {
        try {
            String body = response.readEntity(String.class);
            Problem problem = JSON.readValue(body, Problem.class);
            return new Problem(response.getStatus(), problem.title(), problem.detail(),
                    problem.errors() == null ? List.of() : problem.errors());
        } catch (RuntimeException | IOException unreadable) {
            return new Problem(response.getStatus(), null, null, List.of());
        }
    }

    public static Problem of(WebApplicationException refused) {
        return of(refused.getResponse());
    }

    /** Field → message, for the form that named the fields. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }

    public Optional<String> detailText() {
        return Optional.ofNullable(detail);
    }
}
