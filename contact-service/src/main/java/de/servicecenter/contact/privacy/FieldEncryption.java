package de.servicecenter.contact.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Column-level encryption of personal data at rest (a handoff's question, the caller's name and callback number):
 * AES-256-GCM with a key from configuration, never from the database. Whoever reads the database — a backup, a
 * replica, an administrator — sees only ciphertext.
 *
 * <p>Each value is bound to where it belongs (the associated data names table, column and row): a ciphertext copied
 * into another row or column does not decrypt. Stored as one version byte, the 12-byte random nonce and the
 * ciphertext with its tag; the version byte leaves room for a second key during a key rotation.
 */
@ApplicationScoped
public class FieldEncryption {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    FieldEncryption(@ConfigProperty(name = "scv.handoffs.encryption-key") String base64Key) {
        this(decodeKey(base64Key));
    }

    /** For unit tests: a raw 256-bit key. */
    public FieldEncryption(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("scv.handoffs.encryption-key (HANDOFF_ENCRYPTION_KEY) must be 32 bytes, "
                    + "base64-encoded (e.g. openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    private static byte[] decodeKey(String base64Key) {
        try {
            return Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("scv.handoffs.encryption-key (HANDOFF_ENCRYPTION_KEY) is not base64", e);
        }
    }

    /**
     * Where a value lives, bound into its ciphertext.
     *
     * @param column e.g. {@code handoff.callback_number}
     * @param row    the row's id
     */
    public record Place(String column, Object row) {

        byte[] associatedData() {
            return (column + "\u0000" + row).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The ciphertext of {@code plain} for {@code place}; empty for no value. */
    public Optional<byte[]> encrypt(String plain, Place place) {
        if (plain == null) {
            return Optional.empty();
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.associatedData());
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Optional.of(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    /**
     * The plain text of a value stored for {@code place}; empty for none.
     *
     * @throws IllegalStateException when it was not encrypted with this key for this place (tampered, moved, or
     *                               another key) — never silently answered as something else
     */
    public Optional<String> decrypt(byte[] stored, Place place) {
        if (stored == null) {
            return Optional.empty();
        }
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalStateException(place.column() + " of " + place.row() + " is not a value of this key");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(place.associatedData());
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(place.column() + " of " + place.row()
                    + " does not decrypt: another key, another place, or altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }
}
