package de.servicecenter.contact.kpi;

import static de.servicecenter.contact.sql.Statements.prepared;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Counts contacts in the database, in one pass over the index of the town (or center) and period: the total and
 * every group together ({@code GROUPING SETS}), each count exact to the contact.
 */
@ApplicationScoped
public class KpiRepository {

    private final DataSource database;

    KpiRepository(DataSource database) {
        this.database = database;
    }

    /** The counts of the whole query. */
    public record Result(KpiCounts total, Map<String, KpiCounts> groups) {
    }

    public Result count(KpiQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        String groupKey = query.groupBy().map(grouping -> grouping.sqlKey).orElse("NULL::text");
        sql.append(groupKey).append(" AS group_key, ");
        if (query.groupBy().isPresent()) {
            sql.append("GROUPING(").append(groupKey).append(") AS is_total, ");
        } else {
            sql.append("1 AS is_total, ");
        }
        sql.append("""
                count(*),
                count(*) FILTER (WHERE outcome = 'ABANDONED' AND waiting_seconds < ?),
                count(*) FILTER (WHERE outcome = 'ABANDONED' AND waiting_seconds >= ?),
                count(*) FILTER (WHERE outcome <> 'ABANDONED'),
                coalesce(sum(waiting_seconds) FILTER (WHERE outcome <> 'ABANDONED'), 0),
                coalesce(sum(talk_seconds + wrap_up_seconds) FILTER (WHERE outcome <> 'ABANDONED'), 0),
                count(*) FILTER (WHERE outcome = 'RESOLVED'),
                count(*) FILTER (WHERE outcome = 'WRONG_NUMBER')""");
        parameters.add(query.shortAbandonSeconds());
        parameters.add(query.shortAbandonSeconds());
        for (Integer threshold : query.serviceLevelSeconds()) {
            sql.append(",\n count(*) FILTER (WHERE outcome <> 'ABANDONED' AND waiting_seconds <= ?)");
            parameters.add(threshold);
        }
        sql.append("\nFROM contact WHERE ");
        appendFilter(sql, parameters, query, "arrived_at");
        query.channel().ifPresent(channel -> {
            sql.append(" AND channel = ?");
            parameters.add(channel);
        });
        if (query.groupBy().isPresent()) {
            sql.append(" GROUP BY GROUPING SETS ((").append(groupKey).append("), ()) ORDER BY is_total DESC, group_key");
        }

        try (Connection connection = database.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            KpiCounts total = null;
            Map<String, KpiCounts> groups = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    KpiCounts counts = counts(rows, query.serviceLevelSeconds().size());
                    if (rows.getInt("is_total") == 1) {
                        total = counts;
                    } else {
                        groups.put(rows.getString("group_key"), counts);
                    }
                }
            }
            // Without any contact, GROUPING SETS yields the () row with zero counts; a plain aggregate always does.
            return new Result(total, groups);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting KPIs failed", e);
        }
    }

    /**
     * The handoffs the query's contacts led to (created in the period, same town, centers and area; handoffs have no
     * channel): how many, and what became of them by {@code now}; and how many of the query's contacts were resolved
     * by an answered handoff.
     */
    public HandoffFigures.Counts handoffs(KpiQuery query, Instant now) {
        StringBuilder sql = new StringBuilder("""
                WITH handoffs AS (
                SELECT count(*) AS created,
                    count(*) FILTER (WHERE status = 'ANSWERED') AS answered,
                    count(*) FILTER (WHERE status = 'ANSWERED' AND closed_at <= due_at) AS answered_in_time,
                    count(*) FILTER (WHERE status = 'RETURNED') AS returned,
                    count(*) FILTER (WHERE closed_at IS NULL) AS open,
                    count(*) FILTER (WHERE closed_at IS NULL AND due_at < ?) AS overdue
                FROM handoff WHERE\s""");
        List<Object> parameters = new ArrayList<>();
        parameters.add(now.atOffset(ZoneOffset.UTC));
        appendFilter(sql, parameters, query, "created_at");
        // The contacts of the query not resolved at once whose handoff the town answered: resolved, at second go
        sql.append("""
                ), resolved_later AS (
                    SELECT count(*) AS contacts FROM contact WHERE outcome IN ('CALLBACK_PROMISED', 'FORWARDED')
                        AND id IN (SELECT contact_id FROM handoff WHERE status = 'ANSWERED' AND contact_id IS NOT NULL)
                        AND\s""");
        appendFilter(sql, parameters, query, "arrived_at");
        query.channel().ifPresent(channel -> {
            sql.append(" AND channel = ?");
            parameters.add(channel);
        });
        sql.append(") SELECT * FROM handoffs, resolved_later");
        try (Connection connection = database.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return new HandoffFigures.Counts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                    row.getLong(5), row.getLong(6), row.getLong(7));
        } catch (SQLException e) {
            throw new IllegalStateException("Counting handoffs failed", e);
        }
    }

    /** The town or center, the period on {@code timeColumn}, the centers a host may see, the area. */
    private static void appendFilter(StringBuilder sql, List<Object> parameters, KpiQuery query, String timeColumn) {
        if (query.town().isPresent()) {
            sql.append("town = ?");
            parameters.add(query.town().get());
            query.serviceCenter().ifPresent(center -> {
                sql.append(" AND service_center = ?");
                parameters.add(center);
            });
        } else {
            sql.append("service_center = ?");
            parameters.add(query.serviceCenter().orElseThrow());
        }
        sql.append(" AND ").append(timeColumn).append(" >= ? AND ").append(timeColumn).append(" < ?");
        parameters.add(query.start().atOffset(ZoneOffset.UTC));
        parameters.add(query.end().atOffset(ZoneOffset.UTC));
        query.onlyCenters().ifPresent(centers -> {
            sql.append(" AND service_center = ANY(?)");
            parameters.add(centers.toArray(String[]::new));
        });
        query.serviceArea().ifPresent(area -> {
            sql.append(" AND service_area = ?");
            parameters.add(area);
        });
    }

    /**
     * Phone calls of the query's town (and centers) with a known caller, and how many of them followed an earlier
     * call of the same caller to the same town within {@code within} — earlier calls before the period count too.
     *
     * @return {calls with known caller, repeat calls}
     */
    public long[] repeatCalls(KpiQuery query, Duration within) {
        String centers = query.onlyCenters().isPresent() ? " AND service_center = ANY(?)" : "";
        String sql = """
                WITH calls AS (
                    SELECT arrived_at,
                           lag(arrived_at) OVER (PARTITION BY caller_hash ORDER BY arrived_at) AS previous_call
                    FROM contact
                    WHERE town = ? AND channel = 'PHONE' AND caller_hash IS NOT NULL
                      AND arrived_at >= ? AND arrived_at < ?%s)
                SELECT count(*) FILTER (WHERE arrived_at >= ?),
                       count(*) FILTER (WHERE arrived_at >= ? AND previous_call >= arrived_at - ?::interval)
                FROM calls""".formatted(centers);
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            statement.setString(next++, query.town().orElseThrow());
            statement.setObject(next++, query.start().minus(within).atOffset(ZoneOffset.UTC));
            statement.setObject(next++, query.end().atOffset(ZoneOffset.UTC));
            if (query.onlyCenters().isPresent()) {
                statement.setArray(next++, connection.createArrayOf("text", query.onlyCenters().get().toArray(String[]::new)));
            }
            statement.setObject(next++, query.start().atOffset(ZoneOffset.UTC));
            statement.setObject(next++, query.start().atOffset(ZoneOffset.UTC));
            statement.setString(next, within.toSeconds() + " seconds");
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting repeat calls failed", e);
        }
    }

    private static KpiCounts counts(ResultSet row, int thresholds) throws SQLException {
        long[] within = new long[thresholds];
        for (int i = 0; i < thresholds; i++) {
            within[i] = row.getLong(11 + i);
        }
        return new KpiCounts(row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), within,
                row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10));
    }
}
