package de.servicecenter.routing.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.input.TolerantReading;
import de.servicecenter.commons.tenancy.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The versions of the towns' rule sets, in plain JDBC; the definition is stored as the JSON admins wrote. */
@ApplicationScoped
public class RuleSetRepository {

    private static final String COLUMNS = "town, version, status, definition, written_by, written_at, published_by, "
            + "published_at, copied_from";

    private final DataSource database;
    private final ObjectMapper json;

    RuleSetRepository(DataSource database, ObjectMapper json) {
        this.database = database;
        this.json = TolerantReading.of(json); // rule sets stored by a newer release may have more fields
    }

    /**
     * The published rule set of every town: the service's own view of all of them (the routing table, the numbers
     * no two towns may share), so it is read with the system role, whoever asks.
     */
    public Map<String, RuleSetDefinition> published() {
        return RowScope.system(() -> {
            Map<String, RuleSetDefinition> sets = new HashMap<>();
            for (RuleSetVersion version : select("WHERE status = 'PUBLISHED'")) {
                sets.put(version.town(), version.definition());
            }
            return sets;
        });
    }

    public List<RuleSetVersion> versions(String town) {
        return select("WHERE town = ? ORDER BY version DESC", town);
    }

    public Optional<RuleSetVersion> version(String town, int version) {
        return select("WHERE town = ? AND version = ?", town, version).stream().findFirst();
    }

    public Optional<RuleSetVersion> withStatus(String town, RuleSetStatus status) {
        return select("WHERE town = ? AND status = ?", town, status.name()).stream().findFirst();
    }

    /** Writes the town's draft: replaces the existing one, or starts a new version after the newest. */
    RuleSetVersion saveDraft(String town, RuleSetDefinition definition, String by, Instant at) {
        return inTransaction(connection -> {
            lockTown(connection, town);
            Optional<RuleSetVersion> draft = select(connection, "WHERE town = ? AND status = 'DRAFT'", town).stream().findFirst();
            if (draft.isPresent()) {
                update(connection, "UPDATE rule_set_version SET definition = ?::jsonb, written_by = ?, written_at = ? "
                        + "WHERE town = ? AND version = ?", write(definition), by, at.atOffset(ZoneOffset.UTC), town,
                        draft.get().version());
                return new RuleSetVersion(town, draft.get().version(), RuleSetStatus.DRAFT, by, at, null, null, null,
                        definition);
            }
            int version = nextVersion(connection, town);
            update(connection, "INSERT INTO rule_set_version (town, version, status, definition, written_by, written_at) "
                    + "VALUES (?, ?, 'DRAFT', ?::jsonb, ?, ?)", town, version, write(definition), by, at.atOffset(ZoneOffset.UTC));
            return new RuleSetVersion(town, version, RuleSetStatus.DRAFT, by, at, null, null, null, definition);
        });
    }

    /**
     * Publishes {@code version} (the draft), or a copy of an earlier version as a new one (a roll back); the
     * previously published version becomes SUPERSEDED, in the same transaction.
     */
    RuleSetVersion publish(String town, RuleSetVersion chosen, String by, Instant at) {
        return inTransaction(connection -> {
            lockTown(connection, town);
            update(connection, "UPDATE rule_set_version SET status = 'SUPERSEDED' WHERE town = ? AND status = 'PUBLISHED'",
                    town);
            OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
            if (chosen.status() == RuleSetStatus.DRAFT) {
                update(connection, "UPDATE rule_set_version SET status = 'PUBLISHED', published_by = ?, published_at = ? "
                        + "WHERE town = ? AND version = ?", by, when, town, chosen.version());
                return new RuleSetVersion(town, chosen.version(), RuleSetStatus.PUBLISHED, chosen.writtenBy(),
                        chosen.writtenAt(), by, at, null, chosen.definition());
            }
            int version = nextVersion(connection, town);
            update(connection, "INSERT INTO rule_set_version (" + COLUMNS + ") VALUES (?, ?, 'PUBLISHED', ?::jsonb, ?, ?, ?, ?, ?)",
                    town, version, write(chosen.definition()), by, when, by, when, chosen.version());
            return new RuleSetVersion(town, version, RuleSetStatus.PUBLISHED, by, at, by, at, chosen.version(),
                    chosen.definition());
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing a rule set failed", e);
        }
    }

    /** Serialises writers of one town (draft and publish), so that versions never collide. */
    private static void lockTown(Connection connection, String town) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 1))")) {
            lock.setString(1, "rule-set/" + town);
            lock.executeQuery().close();
        }
    }

    private static int nextVersion(Connection connection, String town) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(max(version), 0) + 1 FROM rule_set_version WHERE town = ?")) {
            select.setString(1, town);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private List<RuleSetVersion> select(String where, Object... parameters) {
        try (Connection connection = database.getConnection()) {
            return select(connection, where, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading rule sets failed", e);
        }
    }

    private List<RuleSetVersion> select(Connection connection, String where, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM rule_set_version " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<RuleSetVersion> versions = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    OffsetDateTime publishedAt = row.getObject("published_at", OffsetDateTime.class);
                    Integer copiedFrom = row.getObject("copied_from", Integer.class);
                    versions.add(new RuleSetVersion(row.getString("town"), row.getInt("version"),
                            RuleSetStatus.valueOf(row.getString("status")), row.getString("written_by"),
                            row.getObject("written_at", OffsetDateTime.class).toInstant(), row.getString("published_by"),
                            publishedAt == null ? null : publishedAt.toInstant(), copiedFrom,
                            read(row.getString("definition"))));
                }
            }
            return versions;
        }
    }

    private String write(RuleSetDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rule set cannot be written as JSON", e);
        }
    }

    private RuleSetDefinition read(String stored) {
        try {
            return json.readValue(stored, RuleSetDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule set is not readable", e);
        }
    }
}
