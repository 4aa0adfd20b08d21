package de.servicecenter.contact.contactlog;

import java.util.regex.Pattern;

/** What an idempotency key may look like: printable ASCII without spaces, as in a PBX call id or a UUID. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String PATTERN = "[\\x21-\\x7E]{1,100}";
    static final String MESSAGE = "must be 1 to 100 printable ASCII characters without spaces";

    private IdempotencyKeys() {
    }

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    static boolean isValid(String key) {
        return key != null && COMPILED.matcher(key).matches();
    }
}
