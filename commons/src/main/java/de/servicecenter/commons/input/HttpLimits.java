package de.servicecenter.commons.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.GermanProblemTexts;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.ProblemLanguage;
import de.servicecenter.commons.problem.ProblemResponses;
import de.servicecenter.commons.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limits of a request — its URI, its headers, its declared body — checked first, before anything reads
 * the request, and answered as problems (414, 431, 413) instead of the HTTP layer's empty bodies.
 *
 * <p>Vert.x's own decoder limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size})
 * are set above these, so that what lies between arrives here and gets a problem; beyond them, and for requests
 * that are not HTTP at all (a header without a colon, bare LF line ends, garbage), the decoder answers the right
 * status (414, 431, 400) with an empty body and closes: Quarkus 3.30 lets no application code write that answer.
 * Likewise {@code quarkus.http.limits.max-body-size} sits above {@code scv.http.max-body-bytes} and only cuts
 * bodies that declare no length.
 */
@ApplicationScoped
public class HttpLimits {

    /** Before Quarkus' own body-size check (order -2) and everything else on the router. */
    private static final int ORDER = -3;

    private final long maxBodyBytes;
    private final int maxUriCharacters;
    private final int maxHeaderBytes;
    private final ObjectMapper json;

    HttpLimits(@ConfigProperty(name = "scv.http.max-body-bytes", defaultValue = "262144") long maxBodyBytes,
               @ConfigProperty(name = "scv.http.max-uri-characters", defaultValue = "8192") int maxUriCharacters,
               @ConfigProperty(name = "scv.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes,
               ObjectMapper json) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUriCharacters = maxUriCharacters;
        this.maxHeaderBytes = maxHeaderBytes;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUriCharacters) {
            refuse(context, ProblemType.URI_TOO_LONG, "The request URI has " + uri.length() + " characters; at most "
                    + maxUriCharacters + " are accepted.", "/");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headerBytes
                    + " bytes; at most " + maxHeaderBytes + " are accepted.", request.path());
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                long bytes = Long.parseLong(length.trim());
                if (bytes > maxBodyBytes) {
                    refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body has " + bytes
                            + " bytes; at most " + maxBodyBytes + " are accepted.", request.path());
                    return;
                }
            } catch (NumberFormatException e) {
                refuse(context, ProblemType.MALFORMED_REQUEST, "Content-Length must be a number of bytes.",
                        request.path());
                return;
            }
        }
        context.next();
    }

    /** Answers and closes: a client past these limits may still be sending, and nobody reads the rest. */
    private void refuse(RoutingContext context, ProblemType type, String detail, String path) {
        ProblemDetail english = ProblemResponses.problem(type, detail).withInstance(safe(path));
        boolean german = ProblemLanguage.prefersGerman(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = german ? GermanProblemTexts.of(english) : english;
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, german ? "de" : "en")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static URI safe(String path) {
        try {
            return path == null || path.length() > 2048 ? URI.create("/") : URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }
}
