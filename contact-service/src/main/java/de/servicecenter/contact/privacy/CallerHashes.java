package de.servicecenter.contact.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The only trace of a caller the platform keeps (DSGVO): a keyed hash (HMAC-SHA-256, 128 bits) of the number,
 * which tells repeat callers apart without revealing who they are — without the key, a hash cannot be checked
 * against a list of numbers. The hash is erased once a contact is older than the retention period.
 */
@ApplicationScoped
public class CallerHashes {

    private static final Logger LOG = Logger.getLogger(CallerHashes.class);
    private static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;
    private final Duration retention;
    private final DataSource database;
    private final Clock clock;

    CallerHashes(@ConfigProperty(name = "scv.contacts.caller-hash-key") String key,
                 @ConfigProperty(name = "scv.contacts.caller-hash-retention") Duration retention,
                 DataSource database,
                 Clock clock) {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("scv.contacts.caller-hash-key (CALLER_HASH_KEY) must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.retention = retention;
        this.database = database;
        this.clock = clock;
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

    /** Whether a contact that arrived then may still keep its caller's hash. */
    public boolean keeps(Instant arrivedAt) {
        return !arrivedAt.isBefore(retentionHorizon());
    }

    /** Contacts that arrived before this instant keep no caller hash. */
    Instant retentionHorizon() {
        return clock.instant().minus(retention);
    }

    @Scheduled(every = "${scv.contacts.caller-hash-purge-every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseExpiredRegularly() {
        eraseExpired();
    }

    /**
     * Erases the hashes past the retention period, in slices so that no long lock holds up ingestion.
     *
     * @return how many were erased
     */
    public int eraseExpired() {
        int erased = 0;
        try (Connection connection = database.getConnection();
             PreparedStatement erase = connection.prepareStatement("""
                     UPDATE contact SET caller_hash = NULL WHERE id IN (
                         SELECT id FROM contact WHERE caller_hash IS NOT NULL AND arrived_at < ? LIMIT 10000)""")) {
            erase.setTimestamp(1, Timestamp.from(retentionHorizon()));
            int slice;
            do {
                slice = erase.executeUpdate();
                erased += slice;
            } while (slice > 0);
        } catch (SQLException e) {
            LOG.errorf("Erasing expired caller hashes failed after %d; the next run continues: %s", erased, e.getMessage());
        }
        if (erased > 0) {
            LOG.infof("Erased %d caller hashes older than %d days", erased, retention.toDays());
        }
        return erased;
    }
}
