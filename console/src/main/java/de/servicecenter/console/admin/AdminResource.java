package de.servicecenter.console.admin;

import de.servicecenter.console.home.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The admin console's start: what there is to keep. */
@Path("/admin")
@RolesAllowed({SignedInUser.HOST_ADMIN, SignedInUser.CITY_ADMIN, SignedInUser.PLATFORM_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    public static final String SECTION = "admin";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(SignedInUser user, String section);
    }

    @Inject
    SignedInUser user;

    @GET
    public TemplateInstance overview() {
        return Templates.overview(user, SECTION);
    }
}
