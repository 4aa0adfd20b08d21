package de.servicecenter.commons.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links the services hand out — {@code Location} of a created resource — built from the configured public base
 * URL ({@code scv.http.public-base-url}, e.g. {@code https://api.servicecenter.example/tenant}), never from the
 * request's {@code Host} header, which anyone can set: {@code Host: evil.example} must not turn into a link to
 * evil.example. Without a configured base the link is path-absolute ({@code /api/v1/towns/bochum}), which
 * RFC 9110 §10.2.2 allows and every client resolves against the URL it called.
 */
@ApplicationScoped
public class PublicLinks {

    private final Optional<URI> base;

    PublicLinks(@ConfigProperty(name = "scv.http.public-base-url") Optional<URI> base) {
        this.base = base.map(PublicLinks::withoutTrailingSlash);
    }

    /** The link to {@code segment} below the requested path: POST /api/v1/towns → /api/v1/towns/{segment}. */
    public URI below(UriInfo request, String segment) {
        URI path = UriBuilder.fromPath(request.getPath()).segment(segment).build();
        return base.map(root -> URI.create(root + path.getRawPath())).orElse(path);
    }

    /** 201 Created with its Location set as is, so that the REST layer does not resolve it against Host. */
    public Response.ResponseBuilder created(UriInfo request, String segment) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, below(request, segment));
    }

    /** The requested path itself, as a public link. */
    public URI self(UriInfo request) {
        URI path = UriBuilder.fromPath(request.getPath()).build();
        return base.map(root -> URI.create(root + path.getRawPath())).orElse(path);
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
