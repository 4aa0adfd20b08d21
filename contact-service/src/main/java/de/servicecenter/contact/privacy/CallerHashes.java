package de.servicecenter.contact.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only trace of a caller the platform keeps (DSGVO): a keyed hash (HMAC-SHA-256, 128 bits) of the number,
 * which tells repeat callers apart without revealing who they are — without the key, a hash cannot be checked
 * against a list of numbers. {@link PersonalDataRetention} erases the hash once a contact is older than its period.
 */
@ApplicationScoped
public class CallerHashes {

    private static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    CallerHashes(@ConfigProperty(name = "scv.contacts.caller-hash-key") String key) {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("scv.contacts.caller-hash-key (CALLER_HASH_KEY) must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The keyed hash of a caller's number, or empty without one. */
    public Optional<String> hash(String callerNumber) {
        if (callerNumber == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(callerNumber.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(digest, 0, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
