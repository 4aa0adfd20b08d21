package de.servicecenter.contact.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.contact.contactlog.ContactRepository;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/** A contract's monthly counts, and the statements parties issued (frozen as JSON). */
@ApplicationScoped
public class StatementRepository {

    private final DataSource database;
    private final ObjectMapper json;

    StatementRepository(DataSource database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** @param created false when the statement had been issued before (and is answered unchanged) */
    record Issued(Statement statement, boolean created) {
    }

    Optional<Statement> issued(String contractId, YearMonth month) {
        try (Connection connection = database.getConnection()) {
            return issued(connection, contractId, month);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a statement failed", e);
        }
    }

    List<StatementCalculator.Counts> count(String contractId, YearMonth month) {
        try (Connection connection = database.getConnection()) {
            return count(connection, contractId, month);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting a statement failed", e);
        }
    }

    /**
     * Issues the month's statement once: under the month's exclusive advisory lock, which waits for contacts of the
     * month being stored and holds back new ones until the statement is saved (see ContactRepository).
     */
    Issued issue(String contractId, YearMonth month, Function<List<StatementCalculator.Counts>, Statement> compute) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                    lock.setString(1, ContactRepository.monthKey(contractId, month));
                    lock.executeQuery().close();
                }
                Optional<Statement> before = issued(connection, contractId, month);
                if (before.isPresent()) {
                    connection.rollback();
                    return new Issued(before.get(), false);
                }
                Statement statement = compute.apply(count(connection, contractId, month));
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO issued_statement (contract_id, month, issued_at, issued_by, document, host_tenant,
                                                      client_tenant)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""")) {
                    insert.setString(1, contractId);
                    insert.setObject(2, month.atDay(1));
                    insert.setObject(3, statement.issuedAt().atOffset(ZoneOffset.UTC));
                    insert.setString(4, statement.issuedBy());
                    insert.setString(5, json.writeValueAsString(statement));
                    insert.setString(6, statement.hostTown());
                    insert.setString(7, statement.clientTown());
                    insert.executeUpdate();
                }
                connection.commit();
                return new Issued(statement, true);
            } catch (SQLException | RuntimeException | JsonProcessingException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Issuing a statement failed", e);
        }
    }

    private Optional<Statement> issued(Connection connection, String contractId, YearMonth month) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document FROM issued_statement WHERE contract_id = ? AND month = ?")) {
            select.setString(1, contractId);
            select.setObject(2, month.atDay(1));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(json.readValue(row.getString(1), Statement.class)) : Optional.empty();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An issued statement is not readable", e);
        }
    }

    private static List<StatementCalculator.Counts> count(Connection connection, String contractId, YearMonth month)
            throws SQLException {
        Instant start = month.atDay(1).atStartOfDay(BerlinTime.ZONE).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(BerlinTime.ZONE).toInstant();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT service_area, count(*), count(*) FILTER (WHERE outcome <> 'ABANDONED'),
                       coalesce(sum(talk_seconds + wrap_up_seconds) FILTER (WHERE outcome <> 'ABANDONED'), 0)
                FROM contact WHERE contract_id = ? AND arrived_at >= ? AND arrived_at < ?
                GROUP BY service_area ORDER BY service_area""")) {
            select.setString(1, contractId);
            select.setObject(2, start.atOffset(ZoneOffset.UTC));
            select.setObject(3, end.atOffset(ZoneOffset.UTC));
            List<StatementCalculator.Counts> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new StatementCalculator.Counts(rows.getString(1), rows.getLong(2), rows.getLong(3),
                            rows.getLong(4)));
                }
            }
            return lines;
        }
    }
}
