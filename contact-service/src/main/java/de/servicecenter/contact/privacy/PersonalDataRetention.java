package de.servicecenter.contact.privacy;

import de.servicecenter.contact.handoff.HandoffRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a contact may keep only for a while (DSGVO, storage limitation): the caller's keyed hash, for repeat-caller
 * statistics, and the agent's free-text note, which may carry what a citizen said about themselves. Each has its
 * own period, counted from the contact's arrival; a contact logged when already past it never stores it, and the
 * hourly job erases it from the others. The contact itself stays, for KPIs and statements. A handoff's personal data
 * (question, name, callback number, comments) is erased its own period after the handoff was closed; what the KPIs
 * count stays.
 */
@ApplicationScoped
public class PersonalDataRetention {

    private static final Logger LOG = Logger.getLogger(PersonalDataRetention.class);

    /** A column that is erased after its period; the name is a constant, never input. */
    private enum Kept {
        CALLER_HASH("caller_hash", "caller hashes"),
        NOTE("note", "notes");

        final String column;
        final String described;

        Kept(String column, String described) {
            this.column = column;
            this.described = described;
        }
    }

    private final Duration callerHashRetention;
    private final Duration noteRetention;
    private final Duration handoffRetention;
    private final HandoffRepository handoffs;
    private final DataSource database;
    private final Clock clock;

    PersonalDataRetention(@ConfigProperty(name = "scv.contacts.caller-hash-retention") Duration callerHashRetention,
                          @ConfigProperty(name = "scv.contacts.note-retention") Duration noteRetention,
                          @ConfigProperty(name = "scv.handoffs.retention") Duration handoffRetention,
                          HandoffRepository handoffs,
                          DataSource database,
                          Clock clock) {
        this.callerHashRetention = callerHashRetention;
        this.noteRetention = noteRetention;
        this.handoffRetention = handoffRetention;
        this.handoffs = handoffs;
        this.database = database;
        this.clock = clock;
    }

    /** Whether a contact that arrived then may still keep its caller's hash. */
    public boolean keepsCallerHash(Instant arrivedAt) {
        return !arrivedAt.isBefore(horizon(callerHashRetention));
    }

    /** Whether a contact that arrived then may still keep its note. */
    public boolean keepsNote(Instant arrivedAt) {
        return !arrivedAt.isBefore(horizon(noteRetention));
    }

    private Instant horizon(Duration retention) {
        return clock.instant().minus(retention);
    }

    @Scheduled(every = "${scv.contacts.retention-every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseExpiredRegularly() {
        eraseExpiredCallerHashes();
        eraseExpiredNotes();
        eraseClosedHandoffs();
    }

    /** @return of how many closed handoffs the personal data was erased */
    public int eraseClosedHandoffs() {
        int erased = 0;
        try {
            int slice;
            do {
                slice = handoffs.eraseClosedBefore(horizon(handoffRetention), clock.instant());
                erased += slice;
            } while (slice > 0);
        } catch (RuntimeException e) {
            LOG.errorf("Erasing closed handoffs failed after %d; the next run continues: %s", erased, e.getMessage());
        }
        if (erased > 0) {
            LOG.infof("Erased the personal data of %d handoffs closed more than %d days ago", erased,
                    handoffRetention.toDays());
        }
        return erased;
    }

    /** @return how many caller hashes were erased */
    public int eraseExpiredCallerHashes() {
        return erase(Kept.CALLER_HASH, callerHashRetention);
    }

    /** @return how many notes were erased */
    public int eraseExpiredNotes() {
        return erase(Kept.NOTE, noteRetention);
    }

    /** Erases in slices, so that no long lock holds up ingestion. */
    private int erase(Kept kept, Duration retention) {
        int erased = 0;
        try (Connection connection = database.getConnection();
             PreparedStatement erase = connection.prepareStatement("""
                     UPDATE contact SET %1$s = NULL WHERE id IN (
                         SELECT id FROM contact WHERE %1$s IS NOT NULL AND arrived_at < ? LIMIT 10000)"""
                     .formatted(kept.column))) {
            erase.setTimestamp(1, Timestamp.from(horizon(retention)));
            int slice;
            do {
                slice = erase.executeUpdate();
                erased += slice;
            } while (slice > 0);
        } catch (SQLException e) {
            LOG.errorf("Erasing expired %s failed after %d; the next run continues: %s", kept.described, erased,
                    e.getMessage());
        }
        if (erased > 0) {
            LOG.infof("Erased %d %s older than %d days", erased, kept.described, retention.toDays());
        }
        return erased;
    }
}
