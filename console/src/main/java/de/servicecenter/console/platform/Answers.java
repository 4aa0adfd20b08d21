package de.servicecenter.console.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * A service's answer to a change, whatever its status: the REST client throws for 4xx and 5xx, the screens want
 * to read the problem (which field, why) and show it beside the field. Unanswered: {@link Unreachable}.
 */
public final class Answers {

    private Answers() {
    }

    public static Response of(String service, Supplier<Response> request) {
        try {
            return request.get();
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() >= 500) {
                throw new Unreachable(service, refused);
            }
            return refused.getResponse();
        } catch (ProcessingException notAnswered) {
            throw new Unreachable(service, notAnswered);
        }
    }

    /** Whether the change was made (2xx). */
    public static boolean done(Response answer) {
        return answer.getStatus() / 100 == 2;
    }
}
