package de.servicecenter.contact.contactlog;

import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The contact table, in plain JDBC: ingestion is the hottest write path of the platform, one short transaction per
 * request. A contact is inserted at most once per host and key ({@code ON CONFLICT DO NOTHING}: of concurrent
 * retries one inserts, the others wait for its commit and find it). Contacts of a month whose statement was issued
 * are refused; an advisory lock per contract and month orders ingestion against issuing (see StatementRepository).
 */
@ApplicationScoped
public class ContactRepository {

    private static final HexFormat HEX = HexFormat.of();
    private static final String COLUMNS = """
            id, host_tenant, idempotency_key, fingerprint, town, service_center, contract_id, channel, arrived_at,
            ended_at, waiting_seconds, talk_seconds, wrap_up_seconds, outcome, service_area, leika_key, article_ids,
            agent_ref, note, recorded_at, transferred_to""";

    private final DataSource database;

    ContactRepository(DataSource database) {
        this.database = database;
    }

    /** A stored contact with what decides whether a request replays it. */
    record StoredContact(ContactResponse contact, String hostTenant, byte[] fingerprint) {

        boolean sameAs(AdmittedContact admitted) {
            return Arrays.equals(fingerprint, admitted.fingerprint());
        }
    }

    /** What became of one contact. */
    sealed interface InsertResult {
    }

    record Inserted(UUID id, Instant recordedAt) implements InsertResult {
    }

    record AlreadyStored(StoredContact existing) implements InsertResult {
    }

    record MonthIssued(String contractId, YearMonth month) implements InsertResult {
    }

    /** What became of a batch: all inserted or replayed (in the order given), or why none was. */
    sealed interface BatchOutcome {
    }

    /** @param results per contact: {@link Inserted} or {@link AlreadyStored}, in the order given */
    record BatchStored(List<InsertResult> results) implements BatchOutcome {
    }

    /** @param months by index in the list given, the issued month of each contact that falls into one */
    record BatchRefused(Map<Integer, MonthIssued> months) implements BatchOutcome {
    }

    /** @param positions indexes of contacts whose key is stored with another content */
    record BatchConflict(List<Integer> positions) implements BatchOutcome {
    }

    /**
     * One round trip: the month's shared lock and the insert go out together and run in one implicit transaction,
     * committed at the end of the exchange (the lock statement is left out for a town's own center). Only when
     * nothing was inserted does a second query tell a replay from a refused month.
     */
    public InsertResult insert(AdmittedContact contact) {
        UUID id = TimeOrderedIds.next();
        String insert = """
                INSERT INTO contact (%s)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?::jsonb, ?
                WHERE NOT EXISTS (SELECT 1 FROM issued_statement WHERE contract_id = ? AND month = ?)
                ON CONFLICT (host_tenant, idempotency_key) DO NOTHING
                RETURNING recorded_at""".formatted(COLUMNS + ", caller_hash");
        boolean locking = contact.contractId().isPresent();
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     locking ? "SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 0));\n" + insert : insert)) {
            int next = 1;
            if (locking) {
                statement.setString(next++, monthKey(contact.contractId().get(), contact.billingMonth()));
            }
            next = bindContact(connection, statement, next, id, contact);
            statement.setString(next++, contact.contractId().orElse(null));
            statement.setObject(next, contact.billingMonth().atDay(1));
            statement.execute();
            if (locking) {
                statement.getMoreResults();
            }
            try (ResultSet inserted = statement.getResultSet()) {
                if (inserted.next()) {
                    return new Inserted(id, inserted.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
            return find(connection, contact.hostTenant(), contact.idempotencyKey())
                    .<InsertResult>map(AlreadyStored::new)
                    .orElseGet(() -> new MonthIssued(contact.contractId().orElseThrow(), contact.billingMonth()));
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a contact failed", e);
        }
    }

    /**
     * Stores all contacts or none, in one transaction. Keys must be distinct within the batch. Contacts are
     * inserted in key order, so that two batches with overlapping keys never wait for each other in a cycle.
     */
    public BatchOutcome insertAll(List<AdmittedContact> contacts) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                BatchOutcome outcome = insertAll(connection, contacts);
                if (outcome instanceof BatchStored) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a batch of contacts failed", e);
        }
    }

    private BatchOutcome insertAll(Connection connection, List<AdmittedContact> contacts) throws SQLException {
        Set<String> monthKeys = new TreeSet<>();
        for (AdmittedContact contact : contacts) {
            contact.contractId().ifPresent(contract -> monthKeys.add(monthKey(contract, contact.billingMonth())));
        }
        lockMonths(connection, List.copyOf(monthKeys));
        Set<String> issued = issuedMonths(connection, monthKeys);
        if (!issued.isEmpty()) {
            Map<Integer, MonthIssued> months = new HashMap<>();
            for (int i = 0; i < contacts.size(); i++) {
                AdmittedContact contact = contacts.get(i);
                if (contact.contractId().isPresent()
                        && issued.contains(monthKey(contact.contractId().get(), contact.billingMonth()))) {
                    months.put(i, new MonthIssued(contact.contractId().get(), contact.billingMonth()));
                }
            }
            return new BatchRefused(months);
        }

        Integer[] order = new Integer[contacts.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing((Integer i) -> contacts.get(i).hostTenant())
                .thenComparing(i -> contacts.get(i).idempotencyKey()));
        Map<String, InsertResult> byKey = new HashMap<>();
        UUID[] ids = new UUID[order.length];
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO contact (%s)
                SELECT u.id, u.host_tenant, u.idempotency_key, decode(u.fingerprint, 'hex'), u.town, u.service_center,
                       u.contract_id, u.channel, u.arrived_at::timestamptz, u.ended_at::timestamptz, u.waiting_seconds,
                       u.talk_seconds, u.wrap_up_seconds, u.outcome, u.service_area, u.leika_key,
                       string_to_array(u.article_ids, ',')::varchar[], u.agent_ref, u.note, now(),
                       u.transferred_to::jsonb, u.caller_hash
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     WITH ORDINALITY AS u(id, host_tenant, idempotency_key, fingerprint, town, service_center,
                          contract_id, channel, arrived_at, ended_at, waiting_seconds, talk_seconds, wrap_up_seconds,
                          outcome, service_area, leika_key, article_ids, agent_ref, note, transferred_to, caller_hash,
                          position)
                ORDER BY u.position
                ON CONFLICT (host_tenant, idempotency_key) DO NOTHING
                RETURNING host_tenant, idempotency_key, id, recorded_at""".formatted(COLUMNS + ", caller_hash"))) {
            int n = order.length;
            Object[][] columns = new Object[21][n];
            for (int k = 0; k < n; k++) {
                AdmittedContact contact = contacts.get(order[k]);
                ContactRequest c = contact.request();
                ids[k] = TimeOrderedIds.next();
                Object[] row = {ids[k], contact.hostTenant(), contact.idempotencyKey(), HEX.formatHex(contact.fingerprint()),
                        c.town(), c.serviceCenter(), contact.contractId().orElse(null), c.channel().name(),
                        contact.arrivedAt().toString(), c.endedAt() == null ? null : c.endedAt().toInstant().toString(),
                        c.waitingSeconds(), c.talkSeconds(), c.wrapUpSeconds(), c.outcome().name(), c.serviceArea(),
                        c.leikaKey(), String.join(",", c.articlesOrEmpty()), c.agent(),
                        contact.storedNote().orElse(null),
                        c.transferredTo() == null ? null : c.transferredTo().json(),
                        contact.storedCallerHash().orElse(null)};
                for (int column = 0; column < row.length; column++) {
                    columns[column][k] = row[column];
                }
            }
            String[] types = {"uuid", "text", "text", "text", "text", "text", "text", "text", "text", "text", "int4",
                    "int4", "int4", "text", "text", "text", "text", "text", "text", "text", "text"};
            for (int column = 0; column < columns.length; column++) {
                Object[] values = columns[column];
                if (types[column].equals("int4")) {
                    values = Arrays.copyOf(values, n, Integer[].class);
                } else if (types[column].equals("uuid")) {
                    values = Arrays.copyOf(values, n, UUID[].class);
                } else {
                    values = Arrays.copyOf(values, n, String[].class);
                }
                insert.setArray(column + 1, connection.createArrayOf(types[column], values));
            }
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    byKey.put(key(inserted.getString(1), inserted.getString(2)), new Inserted(
                            inserted.getObject(3, UUID.class), inserted.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }

        List<AdmittedContact> notInserted = contacts.stream()
                .filter(contact -> !byKey.containsKey(key(contact.hostTenant(), contact.idempotencyKey()))).toList();
        if (!notInserted.isEmpty()) {
            for (StoredContact existing : findAll(connection, notInserted)) {
                byKey.put(key(existing.hostTenant(), existing.contact().idempotencyKey()), new AlreadyStored(existing));
            }
        }
        List<InsertResult> results = new ArrayList<>(contacts.size());
        List<Integer> conflicts = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            AdmittedContact contact = contacts.get(i);
            InsertResult outcome = byKey.get(key(contact.hostTenant(), contact.idempotencyKey()));
            if (outcome instanceof AlreadyStored stored && !stored.existing().sameAs(contact)) {
                conflicts.add(i);
            }
            results.add(outcome);
        }
        return conflicts.isEmpty() ? new BatchStored(results) : new BatchConflict(conflicts);
    }

    /** Whose a contact is: the host whose center served it and the caller's town. */
    public record Parties(String hostTenant, String town) {
    }

    public Optional<Parties> partiesOf(UUID id) {
        return find(id).map(stored -> new Parties(stored.hostTenant(), stored.contact().town()));
    }

    public Optional<StoredContact> find(UUID id) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM contact WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(stored(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a contact failed", e);
        }
    }

    private Optional<StoredContact> find(Connection connection, String hostTenant, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM contact WHERE host_tenant = ? AND idempotency_key = ?")) {
            select.setString(1, hostTenant);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(stored(row)) : Optional.empty();
            }
        }
    }

    private List<StoredContact> findAll(Connection connection, List<AdmittedContact> contacts) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM contact "
                + "WHERE (host_tenant, idempotency_key) IN (SELECT * FROM unnest(?::text[], ?::text[]))")) {
            select.setArray(1, connection.createArrayOf("text",
                    contacts.stream().map(AdmittedContact::hostTenant).toArray(String[]::new)));
            select.setArray(2, connection.createArrayOf("text",
                    contacts.stream().map(AdmittedContact::idempotencyKey).toArray(String[]::new)));
            List<StoredContact> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(stored(row));
                }
            }
            return found;
        }
    }

    /** Binds the columns of {@link #COLUMNS} but recorded_at, then caller_hash; answers the next free index. */
    private static int bindContact(Connection connection, PreparedStatement statement, int index, UUID id,
                                   AdmittedContact contact) throws SQLException {
        ContactRequest c = contact.request();
        statement.setObject(index++, id);
        statement.setString(index++, contact.hostTenant());
        statement.setString(index++, contact.idempotencyKey());
        statement.setBytes(index++, contact.fingerprint());
        statement.setString(index++, c.town());
        statement.setString(index++, c.serviceCenter());
        statement.setString(index++, contact.contractId().orElse(null));
        statement.setString(index++, c.channel().name());
        statement.setObject(index++, c.arrivedAt());
        if (c.endedAt() == null) {
            statement.setNull(index++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index++, c.endedAt());
        }
        statement.setInt(index++, c.waitingSeconds());
        statement.setInt(index++, c.talkSeconds());
        statement.setInt(index++, c.wrapUpSeconds());
        statement.setString(index++, c.outcome().name());
        statement.setString(index++, c.serviceArea());
        statement.setString(index++, c.leikaKey());
        statement.setArray(index++, connection.createArrayOf("varchar", c.articlesOrEmpty().toArray(String[]::new)));
        statement.setString(index++, c.agent());
        statement.setString(index++, contact.storedNote().orElse(null));
        statement.setString(index++, c.transferredTo() == null ? null : c.transferredTo().json());
        statement.setString(index++, contact.storedCallerHash().orElse(null));
        return index;
    }

    private static StoredContact stored(ResultSet row) throws SQLException {
        Array articles = row.getArray("article_ids");
        OffsetDateTime ended = row.getObject("ended_at", OffsetDateTime.class);
        var contact = new ContactResponse(row.getObject("id", UUID.class), row.getString("idempotency_key"),
                row.getString("town"), row.getString("service_center"), row.getString("contract_id"),
                Channel.valueOf(row.getString("channel")), berlin(row.getObject("arrived_at", OffsetDateTime.class)),
                ended == null ? null : berlin(ended), row.getInt("waiting_seconds"), row.getInt("talk_seconds"),
                row.getInt("wrap_up_seconds"), Outcome.valueOf(row.getString("outcome")),
                row.getString("service_area"), row.getString("leika_key"), List.of((String[]) articles.getArray()),
                row.getString("agent_ref"), row.getString("note"),
                TransferTarget.ofJson(row.getString("transferred_to")),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant());
        return new StoredContact(contact, row.getString("host_tenant"), row.getBytes("fingerprint"));
    }

    private static OffsetDateTime berlin(OffsetDateTime time) {
        return time.atZoneSameInstant(BerlinTime.ZONE).toOffsetDateTime();
    }

    /**
     * Shared advisory locks on the contract months, in a stable order: ingestion of the same month runs side by
     * side, while issuing its statement (the exclusive lock) waits for them and they for it.
     */
    private static void lockMonths(Connection connection, List<String> monthKeys) throws SQLException {
        if (monthKeys.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock_shared(hashtextextended(k, 0)) FROM unnest(?::text[]) AS k")) {
            lock.setArray(1, connection.createArrayOf("text", monthKeys.toArray(String[]::new)));
            lock.executeQuery().close();
        }
    }

    private static Set<String> issuedMonths(Connection connection, Set<String> monthKeys) throws SQLException {
        Set<String> issued = new TreeSet<>();
        if (monthKeys.isEmpty()) {
            return issued;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT contract_id || '/' || to_char(month, 'YYYY-MM') FROM issued_statement "
                        + "WHERE contract_id || '/' || to_char(month, 'YYYY-MM') = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("text", monthKeys.toArray(String[]::new)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    issued.add(rows.getString(1));
                }
            }
        }
        return issued;
    }

    /** The advisory-lock key of a contract's month; StatementRepository takes the same one. */
    public static String monthKey(String contractId, YearMonth month) {
        return contractId + "/" + month;
    }

    private static String key(String hostTenant, String idempotencyKey) {
        return hostTenant + "\u0000" + idempotencyKey;
    }
}
