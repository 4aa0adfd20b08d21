package de.servicecenter.commons.problem;

import jakarta.ws.rs.core.Response.Status;
import java.net.URI;

/**
 * The kinds of problems the platform reports. Their {@code type} URIs are stable: clients may switch on them.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "Invalid input", Status.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "Malformed request", Status.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", "Authentication required", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Forbidden", Status.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
    CONFLICT("conflict", "Conflict", Status.CONFLICT),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", Status.PRECONDITION_FAILED),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", Status.REQUEST_ENTITY_TOO_LARGE),
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
