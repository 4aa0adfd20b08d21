package de.servicecenter.commons.caching;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Public answers that browsers, portals and proxies may cache: a strong ETag from the body's bytes (so equal
 * answers share a tag, whatever produced them), {@code Cache-Control: public, max-age}, and 304 Not Modified
 * when the client's {@code If-None-Match} still holds.
 */
public final class CacheableResponses {

    private CacheableResponses() {
    }

    /** A body with its tag, computed once for answers that many requests share. */
    public record Tagged(byte[] body, EntityTag tag) {

        public static Tagged of(byte[] body) {
            return new Tagged(body, new EntityTag(digest(body)));
        }
    }

    public static Response of(Request request, byte[] body, MediaType type, Duration maxAge) {
        return of(request, Tagged.of(body), type, maxAge);
    }

    public static Response of(Request request, Tagged answer, MediaType type, Duration maxAge) {
        EntityTag tag = answer.tag();
        byte[] body = answer.body();
        String cacheControl = cacheControl(maxAge);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        return Response.ok(body, type).tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    /** What a browser, portal or proxy may do with a public answer: keep it for {@code maxAge}. */
    public static String cacheControl(Duration maxAge) {
        return "public, max-age=" + Math.max(0, Math.min(Integer.MAX_VALUE, maxAge.toSeconds()));
    }

    /** 128 bits of SHA-256: plenty to tell two answers apart, short on the wire. */
    static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
