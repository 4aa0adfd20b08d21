package de.servicecenter.console.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The start after signing in: agents go straight to their desk; admins choose. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(SignedInUser user, String section);

        static native TemplateInstance signedOut(SignedInUser user, String section);
    }

    @Inject
    SignedInUser user;

    @GET
    @Authenticated
    public Response home() {
        if (user.answersCalls() && !user.administers()) {
            return Response.seeOther(URI.create("/desk")).build();
        }
        return Response.ok(Templates.home(user, "home")).build();
    }

    /** Where Keycloak sends the browser after signing out (public). */
    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut(null, "home");
    }
}
