package de.servicecenter.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Problems speak the caller's language: German when the request prefers German ({@code Accept-Language: de}, or de
 * weighted above en), English otherwise. Whoever wrote the problem — a resource, an exception mapper, validation —
 * it passes through here; {@code Content-Language} says which it is, and {@code Vary} that it depends on the request.
 */
public class ProblemLanguage {

    @ServerResponseFilter
    public void speakTheCallersLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof ProblemDetail problem)) {
            return;
        }
        boolean german = prefersGerman(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (german) {
            response.setEntity(GermanProblemTexts.of(problem));
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, german ? "de" : "en");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** German when, of the languages the platform speaks, German is the one weighted highest. */
    public static boolean prefersGerman(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return ranges.stream().sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .map(range -> range.getRange().toLowerCase(Locale.ROOT))
                .filter(range -> range.startsWith("de") || range.startsWith("en") || range.equals("*"))
                .findFirst().map(range -> range.startsWith("de")).orElse(false);
    }
}
