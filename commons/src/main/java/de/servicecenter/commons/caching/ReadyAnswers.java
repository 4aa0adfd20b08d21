package de.servicecenter.commons.caching;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The questions portals ask thousands of times a minute ("open now?", "how reachable now?") answered at the HTTP
 * layer, on the I/O thread, when the service holds the answer ready in memory — the same bytes, ETag and
 * {@code Cache-Control} the resource would send, without the hand-over to a worker thread and the resource machinery
 * around it. Everything else goes on to the resource, which computes, caches and documents the answers: the first
 * question of a minute, an answer gone stale, other query parameters (a fixed {@code at}), conditional or
 * authenticated requests, HEAD, an {@code Accept} that wants no JSON. A lookup never touches the database (it runs on
 * the I/O thread); it answers empty when in doubt.
 *
 * <p>CORS and the HTTP limits apply as to every request (their routes come first); HTTP metrics see the route's
 * path template, as for resources.
 */
public final class ReadyAnswers {

    /** After the CORS (-4) and limit (-3) routes, before Quarkus' own routes and the resources. */
    private static final int ORDER = -2;
    private static final String JSON = "application/json";
    private static final Pattern ZERO_QUALITY = Pattern.compile("q\\s*=\\s*0(\\.0{0,3})?");

    /** An answer held ready: its bytes and tag, and how long a client may keep it. */
    public record Ready(CacheableResponses.Tagged answer, Duration maxAge) {
    }

    private ReadyAnswers() {
    }

    /**
     * Serves ready JSON answers for one path.
     *
     * @param path       the route's path template, Vert.x style ({@code /public/v1/towns/:town/reachability})
     * @param parameters the query parameters a ready answer may be asked with; any other sends the request on
     * @param lookup     the answer when memory holds it ready, from the path parameters and query; never blocks
     */
    public static void serve(Router router, String path, Set<String> parameters,
                             Function<RoutingContext, Optional<Ready>> lookup) {
        router.get(path).order(ORDER).handler(context -> {
            Optional<Ready> ready = answersHere(context, parameters) ? lookup.apply(context) : Optional.empty();
            if (ready.isEmpty()) {
                context.next();
                return;
            }
            CacheableResponses.Tagged answer = ready.get().answer();
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                    .putHeader(HttpHeaders.ETAG, answer.tag().toString())
                    .putHeader(HttpHeaders.CACHE_CONTROL, CacheableResponses.cacheControl(ready.get().maxAge()))
                    .end(Buffer.buffer(answer.body()));
        });
    }

    /** Plain questions only: the resource answers the rest (and refuses what it must refuse). */
    static boolean answersHere(RoutingContext context, Set<String> parameters) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
                || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return false;
        }
        return parameters.containsAll(context.queryParams().names());
    }

    /** No Accept, or one naming JSON or a wildcard for it without refusing it ({@code q=0}). */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean matches = type.equals(JSON) || type.equals("application/*") || type.equals("*/*");
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                refused |= ZERO_QUALITY.matcher(parts[i].strip()).matches();
            }
            if (matches && !refused) {
                return true;
            }
        }
        return false;
    }
}
