package de.servicecenter.commons.problem;

/**
 * Optimistic locking over HTTP: an entity's version travels as a strong {@code ETag}; a write carrying
 * {@code If-Match} with an older version fails with 412 instead of silently overwriting someone's change.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * For writes that must rest on what the caller read (accepting a contract's terms): {@code If-Match} is required.
     *
     * @throws PreconditionFailedProblem with status 428 when the header is missing
     */
    public static String required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw PreconditionFailedProblem.required("Send If-Match with the ETag of the version you read: this "
                    + "step applies to exactly that version.");
        }
        return ifMatch;
    }

    /**
     * @param ifMatch        the request's {@code If-Match} header; absent means "unconditional"
     * @param currentVersion the entity's version now
     * @throws PreconditionFailedProblem when the header names no current version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedProblem("The resource was changed by someone else (current version "
                + current + "); read it again and reapply your change.");
    }
}
