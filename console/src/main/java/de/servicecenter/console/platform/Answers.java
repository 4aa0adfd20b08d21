package de.servicecenter.console.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the screens take a service's answer, one rule each, so that no page invents its own: the REST client throws
 * for 4xx and 5xx and when nobody answers; a page either needs the answer, can do without it, or shows the problem.
 * A service that does not answer, or answers 5xx, is {@link Unreachable} (a 503 page naming it).
 */
public final class Answers {

    private Answers() {
    }

    /** A change's answer, whatever its status below 500: the page reads the problem and shows it at the field. */
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

    /**
     * A CSV a service made, passed on as the browser's download under {@code filename}; a refusal as the page's own
     * (400 stays 400, any other 4xx is 404), a service that does not answer as {@link Unreachable}.
     */
    public static Response csvDownload(String service, Supplier<Response> request, String filename) {
        Response answer = of(service, request);
        if (!done(answer)) {
            throw new WebApplicationException(pageStatus(answer.getStatus()));
        }
        return Response.ok(answer.readEntity(String.class), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** What the page is about: a refusal is the page's own (400 stays 400, any other 4xx is 404; 5xx: 502). */
    public static <T> T page(String service, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException refused) {
            throw new WebApplicationException(pageStatus(refused.getResponse().getStatus()));
        } catch (ProcessingException notAnswered) {
            throw new Unreachable(service, notAnswered);
        }
    }

    /**
     * What the page is about, or empty when the service understood the question but cannot answer it from what it
     * holds yet (422: a center without phone hours or without answered calls); other refusals as {@link #page}.
     */
    public static <T> Optional<T> unlessUnanswerable(String service, Supplier<T> request) {
        try {
            return Optional.of(request.get());
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() == 422) {
                return Optional.empty();
            }
            throw new WebApplicationException(pageStatus(refused.getResponse().getStatus()));
        } catch (ProcessingException notAnswered) {
            throw new Unreachable(service, notAnswered);
        }
    }

    /** A service's refusal as the page's own status: 400 stays 400, any other 4xx is 404, 5xx is 502. */
    private static int pageStatus(int refused) {
        return refused == 400 ? 400 : refused >= 500 ? 502 : 404;
    }

    /** What the page cannot do without, and the user may always read: any failure is the service's. */
    public static <T> T required(String service, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException | ProcessingException failed) {
            throw new Unreachable(service, failed);
        }
    }

    /** The answer, or empty for a 404 (also what another town's data answers); unreachable otherwise. */
    public static <T> Optional<T> unlessNotFound(String service, Supplier<T> request) {
        try {
            return Optional.ofNullable(request.get());
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new Unreachable(service, refused);
        } catch (ProcessingException notAnswered) {
            throw new Unreachable(service, notAnswered);
        }
    }

    /** What the page can do without (a status beside the tag, a preview, names for codes): empty when it fails. */
    public static <T> Optional<T> optional(Supplier<T> request) {
        try {
            return Optional.ofNullable(request.get());
        } catch (WebApplicationException | ProcessingException failed) {
            return Optional.empty();
        }
    }
}
