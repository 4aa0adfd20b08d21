package de.servicecenter.tenant.portal;

import de.servicecenter.commons.caching.CacheableResponses;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The portal widget's script. Served here rather than as a static file so that it is cached like every public
 * answer: an hour, then revalidated by its ETag — a new version reaches every portal the same day, and unchanged
 * it costs a 304.
 */
@Path("/public/v1/widget/opening-hours.js")
@PermitAll
@Tag(name = "Public opening hours")
@Access(value = TenantOperation.READ, on = AccessSubject.PUBLIC)
public class PortalWidgetResource {

    static final String JAVASCRIPT = "text/javascript";
    private static final MediaType JAVASCRIPT_UTF8 = new MediaType("text", "javascript", "UTF-8");
    private static final Duration MAX_AGE = Duration.ofHours(1);
    private static final byte[] SCRIPT = load();

    @GET
    @Produces(JAVASCRIPT)
    @Operation(summary = "The opening-hours widget for portals", description = "A script that defines the element "
            + "scv-opening-hours (attributes town, service-area): open now, until when, next opening, who answers the "
            + "phone, today's and this week's hours; with contact-api the reachability, with knowledge-api a search "
            + "box. German, accessible, no cookies. A portal embeds it with a deferred script element pointing here, "
            + "and the element itself.")
    @APIResponse(responseCode = "200", description = "The script, cacheable for an hour",
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")},
            content = @Content(mediaType = JAVASCRIPT, schema = @Schema(type = SchemaType.STRING,
                    description = "JavaScript (a custom element, no dependencies)")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response script(@Context Request request) {
        return CacheableResponses.of(request, SCRIPT, JAVASCRIPT_UTF8, MAX_AGE);
    }

    private static byte[] load() {
        try (InputStream script = PortalWidgetResource.class.getResourceAsStream("/widget/opening-hours.js")) {
            return script.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
