package de.servicecenter.contact.handoff;

import de.servicecenter.contact.privacy.FieldEncryption;
import de.servicecenter.contact.privacy.FieldEncryption.Place;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The handoff tables, in plain JDBC like the contact log. The personal columns (question, caller's name, callback
 * number, comments) are encrypted here and nowhere else, each bound to its column and row.
 */
@ApplicationScoped
public class HandoffRepository {

    private static final String COLUMNS = """
            id, host_tenant, town, service_center, service_area, leika_key, contact_id, unit_id, unit_name, unit_mail,
            question, caller_name, callback_number, consent_at, created_at, due_at, status, closed_at, notified_at,
            erased_at""";

    private final DataSource database;
    private final FieldEncryption encryption;

    HandoffRepository(DataSource database, FieldEncryption encryption) {
        this.database = database;
        this.encryption = encryption;
    }

    /** A handoff to store, as admitted by the service. */
    record NewHandoff(UUID id, String hostTenant, HandoffRequest request, Handoff.Unit unit,
                      Optional<String> callbackLookup, String actor, String actorTenant, Instant createdAt,
                      Instant dueAt) {
    }

    /** What a background notification needs. */
    record ToNotify(UUID id, String town, String serviceArea, String leikaKey, Handoff.Unit unit, Instant dueAt) {
    }

    /** The handoff already made for a contact, if any. */
    public Optional<UUID> ofContact(UUID contact) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM handoff WHERE contact_id = ?")) {
                select.setObject(1, contact);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The handoff and its first event, in one transaction.
     *
     * @return false when its contact was handed over already (by a concurrent request): nothing was stored
     */
    public boolean insert(NewHandoff handoff) {
        try {
            inTransaction(connection -> insert(connection, handoff));
            return true;
        } catch (AlreadyHandedOver e) {
            return false;
        }
    }

    private Void insert(Connection connection, NewHandoff handoff) throws SQLException {
        HandoffRequest request = handoff.request();
        UUID id = handoff.id();
        boolean withNumber = request.callbackNumber() != null;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO handoff (id, host_tenant, town, service_center, service_area, leika_key, contact_id,
                    unit_id, unit_name, unit_mail, question, caller_name, callback_number, callback_lookup,
                    consent_at, created_by, created_at, due_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")) {
            int i = 1;
            insert.setObject(i++, id);
            insert.setString(i++, handoff.hostTenant());
            insert.setString(i++, request.town());
            insert.setString(i++, request.serviceCenter());
            insert.setString(i++, request.serviceArea());
            insert.setString(i++, request.leikaKey());
            insert.setObject(i++, request.contact());
            insert.setString(i++, handoff.unit().id());
            insert.setString(i++, handoff.unit().name());
            insert.setString(i++, handoff.unit().mail());
            insert.setBytes(i++, sealed(request.question().strip(), "question", id));
            insert.setBytes(i++, sealed(blankToNull(request.callerName()), "caller_name", id));
            insert.setBytes(i++, sealed(request.callbackNumber(), "callback_number", id));
            insert.setString(i++, withNumber ? handoff.callbackLookup().orElse(null) : null);
            insert.setTimestamp(i++, withNumber ? Timestamp.from(handoff.createdAt()) : null);
            insert.setString(i++, handoff.actor());
            insert.setTimestamp(i++, Timestamp.from(handoff.createdAt()));
            insert.setTimestamp(i++, Timestamp.from(handoff.dueAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && ONE_PER_CONTACT.equals(constraintOf(e))) {
                throw new AlreadyHandedOver();
            }
            throw e;
        }
        addEvent(connection, id, handoff.hostTenant(), request.town(), handoff.createdAt(), handoff.actor(),
                handoff.actorTenant(), HandoffStatus.OPEN, null);
        return null;
    }

    public Optional<Handoff> find(UUID id, Instant now) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM handoff WHERE id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(handoff(connection, row, now)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Moves a handoff on, if it is still in {@code from} (a concurrent change wins, and this one reports false).
     */
    public boolean changeStatus(Handoff handoff, HandoffStatus to, String comment, String actor, String actorTenant,
                                Instant at) {
        return inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE handoff SET status = ?, closed_at = ? WHERE id = ? AND status = ?")) {
                update.setString(1, to.name());
                update.setTimestamp(2, to.closed() ? Timestamp.from(at) : null);
                update.setObject(3, handoff.id());
                update.setString(4, handoff.status().name());
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            addEvent(connection, handoff.id(), handoff.hostTenant(), handoff.town(), at, actor, actorTenant, to,
                    blankToNull(comment));
            return true;
        });
    }

    /**
     * The handoffs of a tenant as host or town, newest first: all, one status, or only the overdue ones (open past
     * their due time, the oldest due first).
     */
    public List<HandoffSummary> list(String tenant, Optional<HandoffStatus> status, boolean overdueOnly, Instant now,
                                     int limit) {
        String where = "(host_tenant = ? OR town = ?)" + (status.isPresent() ? " AND status = ?" : "")
                + (overdueOnly ? " AND closed_at IS NULL AND due_at < ?" : "");
        String order = overdueOnly ? "due_at, id" : "created_at DESC, id";
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM handoff WHERE "
                    + where + " ORDER BY " + order + " LIMIT ?")) {
                int i = 1;
                select.setString(i++, tenant);
                select.setString(i++, tenant);
                if (status.isPresent()) {
                    select.setString(i++, status.get().name());
                }
                if (overdueOnly) {
                    select.setTimestamp(i++, Timestamp.from(now));
                }
                select.setInt(i, limit);
                List<HandoffSummary> found = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Instant due = row.getTimestamp("due_at").toInstant();
                        HandoffStatus current = HandoffStatus.valueOf(row.getString("status"));
                        found.add(new HandoffSummary(row.getObject("id", UUID.class), row.getString("town"),
                                row.getString("host_tenant"), row.getString("service_area"), row.getString("leika_key"),
                                unit(row), berlin(row, "created_at"), berlin(row, "due_at"), current,
                                !current.closed() && due.isBefore(now)));
                    }
                }
                return found;
            }
        });
    }

    /** Handoffs whose unit was not notified yet, oldest first. */
    public List<ToNotify> toNotify(int limit) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, town, service_area, leika_key, unit_id, unit_name, unit_mail, due_at FROM handoff
                    WHERE notified_at IS NULL ORDER BY created_at LIMIT ?""")) {
                select.setInt(1, limit);
                List<ToNotify> found = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(new ToNotify(row.getObject("id", UUID.class), row.getString("town"),
                                row.getString("service_area"), row.getString("leika_key"), unit(row),
                                row.getTimestamp("due_at").toInstant()));
                    }
                }
                return found;
            }
        });
    }

    public void markNotified(UUID id, Instant at) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE handoff SET notified_at = ? WHERE id = ? AND notified_at IS NULL")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setObject(2, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Every handoff of a tenant (as host or town) with this callback number's keyed hash, oldest first. */
    public List<Handoff> ofCallback(String tenant, String callbackLookup, Instant now) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM handoff "
                    + "WHERE callback_lookup = ? AND (host_tenant = ? OR town = ?) ORDER BY created_at, id")) {
                select.setString(1, callbackLookup);
                select.setString(2, tenant);
                select.setString(3, tenant);
                List<Handoff> found = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(handoff(connection, row, now));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Erases the personal data of these handoffs and records the data-subject request, in one transaction: either
     * both happen or neither.
     */
    public void erase(List<UUID> handoffs, DataSubjectRequest request) {
        inTransaction(connection -> {
            eraseIn(connection, handoffs, request.at());
            record(connection, request);
            return null;
        });
    }

    /** Records an export (Art. 15) of a citizen's handoffs. */
    public void record(DataSubjectRequest request) {
        inTransaction(connection -> {
            record(connection, request);
            return null;
        });
    }

    /** Erases the personal data of handoffs closed before {@code horizon}; answers how many. */
    public int eraseClosedBefore(Instant horizon, Instant now) {
        return inTransaction(connection -> {
            List<UUID> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id FROM handoff WHERE erased_at IS NULL AND closed_at IS NOT NULL AND closed_at < ?
                    LIMIT 10000""")) {
                select.setTimestamp(1, Timestamp.from(horizon));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        due.add(row.getObject(1, UUID.class));
                    }
                }
            }
            eraseIn(connection, due, now);
            return due.size();
        });
    }

    private static void eraseIn(Connection connection, List<UUID> handoffs, Instant at) throws SQLException {
        if (handoffs.isEmpty()) {
            return;
        }
        var ids = connection.createArrayOf("uuid", handoffs.toArray());
        try (PreparedStatement erase = connection.prepareStatement("""
                UPDATE handoff SET question = NULL, caller_name = NULL, callback_number = NULL, callback_lookup = NULL,
                    erased_at = ? WHERE id = ANY (?)""");
             PreparedStatement comments = connection.prepareStatement(
                     "UPDATE handoff_event SET comment = NULL WHERE handoff_id = ANY (?) AND comment IS NOT NULL")) {
            erase.setTimestamp(1, Timestamp.from(at));
            erase.setArray(2, ids);
            erase.executeUpdate();
            comments.setArray(1, ids);
            comments.executeUpdate();
        }
    }

    private static void record(Connection connection, DataSubjectRequest request) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO data_subject_request (id, tenant, kind, reference, actor, at, handoffs)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, request.id());
            insert.setString(2, request.tenant());
            insert.setString(3, request.kind().name());
            insert.setString(4, request.reference());
            insert.setString(5, request.actor());
            insert.setTimestamp(6, Timestamp.from(request.at()));
            insert.setInt(7, request.handoffs());
            insert.executeUpdate();
        }
    }

    /** The data-subject requests a tenant handled, newest first. */
    public List<DataSubjectRequest> requestsOf(String tenant, int limit) {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, tenant, kind, reference, actor, at, handoffs FROM data_subject_request
                    WHERE tenant = ? ORDER BY at DESC, id LIMIT ?""")) {
                select.setString(1, tenant);
                select.setInt(2, limit);
                List<DataSubjectRequest> found = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(new DataSubjectRequest(row.getObject("id", UUID.class), row.getString("tenant"),
                                DataSubjectRequest.Kind.valueOf(row.getString("kind")), row.getString("reference"),
                                row.getString("actor"), row.getTimestamp("at").toInstant(), row.getInt("handoffs")));
                    }
                }
                return found;
            }
        });
    }

    /** The next step of a handoff's history; its comment sealed to the handoff and the step's number. */
    private void addEvent(Connection connection, UUID id, String host, String town, Instant at, String actor,
                          String actorTenant, HandoffStatus status, String comment) throws SQLException {
        int seq;
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT coalesce(max(seq), 0) + 1 FROM handoff_event WHERE handoff_id = ?")) {
            next.setObject(1, id);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                seq = row.getInt(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO handoff_event (handoff_id, seq, host_tenant, town, at, actor, actor_tenant, status, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setInt(2, seq);
            insert.setString(3, host);
            insert.setString(4, town);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.setString(6, actor);
            insert.setString(7, actorTenant);
            insert.setString(8, status.name());
            insert.setBytes(9, encryption.encrypt(comment, eventPlace(id, seq)).orElse(null));
            insert.executeUpdate();
        }
    }

    private Handoff handoff(Connection connection, ResultSet row, Instant now) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        HandoffStatus status = HandoffStatus.valueOf(row.getString("status"));
        Instant due = row.getTimestamp("due_at").toInstant();
        Timestamp closed = row.getTimestamp("closed_at");
        return new Handoff(id, row.getString("town"), row.getString("host_tenant"), row.getString("service_center"),
                row.getString("service_area"), row.getString("leika_key"), row.getObject("contact_id", UUID.class),
                unit(row), opened(row, "question", id), opened(row, "caller_name", id),
                opened(row, "callback_number", id), berlin(row, "consent_at"), berlin(row, "created_at"),
                berlin(row, "due_at"), status, berlin(row, "closed_at"), !status.closed() && due.isBefore(now),
                status == HandoffStatus.ANSWERED ? !closed.toInstant().isAfter(due) : null,
                berlin(row, "notified_at"), berlin(row, "erased_at"), history(connection, id));
    }

    private List<Handoff.Event> history(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, at, status, actor, actor_tenant, comment FROM handoff_event WHERE handoff_id = ? ORDER BY seq")) {
            select.setObject(1, id);
            List<Handoff.Event> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new Handoff.Event(berlin(row, "at"), HandoffStatus.valueOf(row.getString("status")),
                            row.getString("actor"), row.getString("actor_tenant"),
                            encryption.decrypt(row.getBytes("comment"), eventPlace(id, row.getInt("seq")))
                                    .orElse(null)));
                }
            }
            return events;
        }
    }

    private static Handoff.Unit unit(ResultSet row) throws SQLException {
        return new Handoff.Unit(row.getString("unit_id"), row.getString("unit_name"), row.getString("unit_mail"));
    }

    private byte[] sealed(String plain, String column, UUID id) {
        return encryption.encrypt(plain, new Place("handoff." + column, id)).orElse(null);
    }

    private String opened(ResultSet row, String column, UUID id) throws SQLException {
        return encryption.decrypt(row.getBytes(column), new Place("handoff." + column, id)).orElse(null);
    }

    private static Place eventPlace(UUID id, int seq) {
        return new Place("handoff_event.comment", id + "#" + seq);
    }

    private static OffsetDateTime berlin(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant().atZone(BerlinTime.ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String ONE_PER_CONTACT = "handoff_one_per_contact";

    /** The contact's handoff was stored by another request meanwhile. */
    private static final class AlreadyHandedOver extends RuntimeException {
        AlreadyHandedOver() {
            super(null, null, false, false);
        }
    }

    private static String constraintOf(SQLException e) {
        return e instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getConstraint() : null;
    }

    private interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    /** One transaction on one connection; rolled back on any failure, so nothing is half-written. */
    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.in(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A handoff could not be read or written", e);
        }
    }
}
