package de.servicecenter.console.home;

import de.servicecenter.console.platform.Unreachable;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a person sees when something fails: a page in German that says what happened and what to do — never a stack
 * trace, a class name or a service's raw answer.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private static final String FORBIDDEN = "Keine Berechtigung";
    private static final String FORBIDDEN_TEXT = "Diese Seite ist Ihrer Rolle nicht freigegeben.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(SignedInUser user, String section, String heading, String text);
    }

    @Inject
    SignedInUser user;

    @ServerExceptionMapper
    public Response unreachable(Unreachable failure) {
        LOG.warnf(failure.getCause(), "%s did not answer", failure.service());
        return page(503, "Ein Dienst antwortet gerade nicht",
                "Der Dienst " + failure.service() + " ist im Moment nicht erreichbar. Bitte versuchen Sie es in einer "
                        + "Minute noch einmal; Anrufe werden weiter vermittelt.");
    }

    /** A signed-in user whose roles do not open this page (a city admin at the agent desk). */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException forbidden) {
        return page(403, FORBIDDEN, FORBIDDEN_TEXT);
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException refused) {
        int status = refused.getResponse().getStatus();
        return switch (status) {
            case 404 -> page(404, "Nicht gefunden", "Diese Seite oder diesen Eintrag gibt es nicht – oder nicht für Sie.");
            case 403 -> page(403, FORBIDDEN, FORBIDDEN_TEXT);
            case 400 -> page(400, "Ungültige Anfrage", "Die Angaben in der Adresse sind nicht lesbar.");
            default -> {
                if (status >= 500) {
                    LOG.warnf(refused, "answered %d", status);
                    yield page(502, "Ein Dienst antwortet nicht wie erwartet", "Bitte versuchen Sie es gleich noch einmal.");
                }
                yield page(status, "Nicht möglich", "Diese Anfrage konnte nicht ausgeführt werden.");
            }
        };
    }

    private Response page(int status, String heading, String text) {
        SignedInUser signedIn = user.signedIn() ? user : null;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(signedIn, "error", heading, text)).build();
    }
}
