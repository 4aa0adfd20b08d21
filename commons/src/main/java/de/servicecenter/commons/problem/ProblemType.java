package de.servicecenter.commons.problem;

import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problems the platform reports. Their {@code type} URIs are stable: clients may switch on them.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "Invalid input", Status.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "Malformed request", Status.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", "Authentication required", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Forbidden", Status.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", Status.NOT_ACCEPTABLE),
    CONFLICT("conflict", "Conflict", Status.CONFLICT),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", Status.PRECONDITION_FAILED),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", Status.REQUEST_ENTITY_TOO_LARGE),
    URI_TOO_LONG("uri-too-long", "Request URI too long", Status.REQUEST_URI_TOO_LONG),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", Status.UNSUPPORTED_MEDIA_TYPE),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    BUSINESS_RULE_VIOLATED("business-rule-violated", "Request violates a business rule", 422),
    INTERNAL_ERROR("internal-error", "Internal error", Status.INTERNAL_SERVER_ERROR),
    DEPENDENCY_UNAVAILABLE("dependency-unavailable", "Temporarily unavailable", Status.SERVICE_UNAVAILABLE);

    private static final String PREFIX = "urn:problem:servicecenter-verbund:";

    private final URI type;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, Status status) {
        this(slug, title, status.getStatusCode());
    }

    ProblemType(String slug, String title, int status) {
        this.type = URI.create(PREFIX + slug);
        this.title = title;
        this.status = status;
    }

    /** The kind of problem a {@code type} URI names; empty for {@code about:blank} and others. */
    public static Optional<ProblemType> of(URI type) {
        return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
    }

    /** The kind of problem an HTTP status stands for when nothing more specific is known; else about:blank. */
    public static Optional<ProblemType> forStatus(int status) {
        return Optional.ofNullable(switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> DEPENDENCY_UNAVAILABLE;
            default -> null;
        });
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
