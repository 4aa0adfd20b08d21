package de.servicecenter.commons.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin calls from browsers (CORS), by the audience of each API:
 * <ul>
 * <li>{@code /public/**} — what city portals show citizens: opening hours, reachability, public knowledge — may be
 * read by a page of <em>any</em> origin, with GET and HEAD and without credentials ({@code *}). The data is
 * public and needs no login, so an allow-list would only make every town's portal team ask for an entry; without
 * cookies or Authorization, {@code *} lends a page nothing it could not fetch itself.</li>
 * <li>{@code /api/**} — the secured API — only from origins configured in {@code scv.http.cors.api-origins} (the
 * platform's own agent and admin screens), with the bearer token in {@code Authorization}; none by default.</li>
 * </ul>
 * Quarkus' own CORS filter has one policy for all paths, hence this route.
 */
@ApplicationScoped
public class CrossOrigin {

    /** Before the limits and everything else: a preflight is answered here and goes no further. */
    private static final int ORDER = -4;
    private static final String PUBLIC = "/public/";
    private static final String API = "/api/";
    static final String PUBLIC_METHODS = "GET, HEAD";
    static final String API_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final String API_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match, "
            + "Idempotency-Key";
    /** What a page's script may read of an answer, beyond the CORS-safelisted headers. */
    static final String EXPOSED = "ETag, Location, Retry-After, Idempotent-Replayed, X-From-Cache";
    static final String PREFLIGHT_MAX_AGE = "86400";

    private final Set<String> apiOrigins;

    CrossOrigin(@ConfigProperty(name = "scv.http.cors.api-origins") Optional<List<String>> apiOrigins) {
        this.apiOrigins = apiOrigins.orElse(List.of()).stream().map(String::strip)
                .filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String path = request.path();
        boolean isPublic = path.startsWith(PUBLIC);
        boolean isApi = path.startsWith(API);
        if (origin == null || !(isPublic || isApi)) {
            context.next();
            return;
        }
        boolean allowed = isPublic || apiOrigins.contains(origin);
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (preflight) {
            var response = context.response();
            if (isApi) {
                response.headers().add(HttpHeaders.VARY, "Origin"); // the answer depends on the origin asking
            }
            if (allowed) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, isPublic ? "*" : origin)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, isPublic ? PUBLIC_METHODS : API_METHODS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, isPublic ? "Accept, Accept-Language, If-None-Match"
                                : API_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE);
            }
            // without the allow headers the browser refuses the call; the answer itself carries no data
            response.setStatusCode(204).end();
            return;
        }
        if (allowed) {
            // added when the answer's headers are written, whoever writes them (resources, problems, Vert.x)
            context.addHeadersEndHandler(ignored -> {
                var response = context.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
                        isPublic ? "*" : origin).putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
                if (isApi) {
                    response.headers().add(HttpHeaders.VARY, "Origin"); // public answers are the same for every origin
                }
            });
        }
        context.next();
    }
}
