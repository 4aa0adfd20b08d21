package de.servicecenter.commons.problem;

/**
 * A response body with the version of the entity behind it, which leaves as the {@code ETag} header
 * (see {@link EntityTags}). Services return this, so resources never see entities.
 */
public record Versioned<T>(T body, long version) {

    public String entityTag() {
        return EntityTags.of(version);
    }
}
