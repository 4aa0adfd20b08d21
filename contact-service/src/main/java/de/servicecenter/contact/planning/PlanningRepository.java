package de.servicecenter.contact.planning;

import de.servicecenter.contact.sql.Statements;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What planning reads from the contact log: phone calls per Berlin half-hour, the handling and waiting times behind
 * the queue models, the service level measured per half-hour; and the host's staffing plan.
 *
 * <p>Calls are those offered to the agents: an abandoned call that waited less than the short-abandon threshold
 * (misdialled, hung up at the announcement) neither needed an agent nor counts in the KPIs, so it is left out here
 * too. Half-hours count on the Berlin clock: on the autumn switch both 02:00 hours fall into the same half-hours,
 * on the spring switch 02:00–03:00 stays empty — the center is closed at night either way.
 */
@ApplicationScoped
public class PlanningRepository {

    /** The Berlin half-hour of {@code arrived_at}, 0 to 47; a fixed expression, never built from input. */
    private static final String HALF_HOUR = "(extract(hour FROM arrived_at AT TIME ZONE 'Europe/Berlin') * 2 "
            + "+ floor(extract(minute FROM arrived_at AT TIME ZONE 'Europe/Berlin') / 30))::int";
    private static final String DAY = "(arrived_at AT TIME ZONE 'Europe/Berlin')::date";
    private static final String OFFERED = "NOT (outcome = 'ABANDONED' AND waiting_seconds < ?)";

    private final DataSource database;

    PlanningRepository(DataSource database) {
        this.database = database;
    }

    /**
     * The calls offered on the Berlin days {@code [from, until)}, per half-hour; the history begins with the first
     * day that has a call, so that days before the center (or the town) was on the platform do not count as days
     * without calls.
     */
    public ContactHistory history(PlanningScope scope, LocalDate from, LocalDate until, int shortAbandonSeconds) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + DAY + ", " + HALF_HOUR + ", count(*) FROM contact WHERE ");
        appendScope(sql, parameters, scope, from, until);
        sql.append(" AND ").append(OFFERED).append(" GROUP BY 1, 2");
        parameters.add(shortAbandonSeconds);
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        query(sql, parameters, row -> days.computeIfAbsent(row.getObject(1, LocalDate.class),
                day -> new long[ContactHistory.HALF_HOURS])[row.getInt(2)] += row.getLong(3));
        // without any call, a day without calls: what a forecast from nothing is
        LocalDate first = days.isEmpty() ? until.minusDays(1) : days.firstKey();
        ContactHistory history = ContactHistory.between(first, until);
        days.forEach((day, halfHours) -> {
            for (int halfHour = 0; halfHour < halfHours.length; halfHour++) {
                if (halfHours[halfHour] > 0) {
                    history.add(day, halfHour, halfHours[halfHour]);
                }
            }
        });
        return history;
    }

    /**
     * The queue as the history shows it.
     *
     * @param answered         calls answered
     * @param handlingSeconds  their talk and wrap-up together
     * @param waitingSeconds   the waits of every offered call together, answered or not
     * @param abandoned        offered calls whose caller hung up while waiting
     */
    public record QueueHistory(long answered, long handlingSeconds, long waitingSeconds, long abandoned) {

        /** Mean handling time; empty without answered calls. */
        public OptionalDouble meanHandlingSeconds() {
            return answered == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) handlingSeconds / answered);
        }
    }

    public QueueHistory queue(PlanningScope scope, LocalDate from, LocalDate until, int shortAbandonSeconds) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                SELECT count(*) FILTER (WHERE outcome <> 'ABANDONED'),
                       coalesce(sum(talk_seconds + wrap_up_seconds) FILTER (WHERE outcome <> 'ABANDONED'), 0),
                       coalesce(sum(waiting_seconds), 0),
                       count(*) FILTER (WHERE outcome = 'ABANDONED')
                FROM contact WHERE\s""");
        appendScope(sql, parameters, scope, from, until);
        sql.append(" AND ").append(OFFERED);
        parameters.add(shortAbandonSeconds);
        QueueHistory[] result = new QueueHistory[1];
        query(sql, parameters, row -> result[0] = new QueueHistory(row.getLong(1), row.getLong(2), row.getLong(3),
                row.getLong(4)));
        return result[0];
    }

    /** What one half-hour measured: calls offered, answered, answered within the target's time, abandoned. */
    public record Measured(long offered, long answered, long answeredWithin, long abandoned) {

        /** Answered within the time among offered calls (as the KPIs count it); null without calls. */
        public Double serviceLevel() {
            return offered == 0 ? null : (double) answeredWithin / offered;
        }
    }

    /** Per Berlin day and half-hour (key: day, then half-hour). */
    public Map<LocalDate, Map<Integer, Measured>> measured(PlanningScope scope, LocalDate from, LocalDate until,
                                                           int withinSeconds, int shortAbandonSeconds) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(withinSeconds);
        StringBuilder sql = new StringBuilder("SELECT " + DAY + ", " + HALF_HOUR + """
                , count(*),
                  count(*) FILTER (WHERE outcome <> 'ABANDONED'),
                  count(*) FILTER (WHERE outcome <> 'ABANDONED' AND waiting_seconds <= ?),
                  count(*) FILTER (WHERE outcome = 'ABANDONED')
                FROM contact WHERE\s""");
        appendScope(sql, parameters, scope, from, until);
        sql.append(" AND ").append(OFFERED).append(" GROUP BY 1, 2");
        parameters.add(shortAbandonSeconds);
        Map<LocalDate, Map<Integer, Measured>> measured = new TreeMap<>();
        query(sql, parameters, row -> measured.computeIfAbsent(row.getObject(1, LocalDate.class), d -> new TreeMap<>())
                .put(row.getInt(2), new Measured(row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6))));
        return measured;
    }

    /** One half-hour of a staffing plan. */
    public record PlannedAgents(LocalDate day, int halfHour, int agents) {
    }

    /** The center's plan for the days {@code [from, until)}, per day and half-hour. */
    public Map<LocalDate, Map<Integer, Integer>> plan(String serviceCenter, LocalDate from, LocalDate until) {
        List<Object> parameters = List.of(serviceCenter, from, until);
        Map<LocalDate, Map<Integer, Integer>> plan = new TreeMap<>();
        query("SELECT day, half_hour, agents FROM staff_plan WHERE service_center = ? AND day >= ? AND day < ?",
                parameters, row -> plan.computeIfAbsent(row.getObject(1, LocalDate.class), d -> new TreeMap<>())
                        .put(row.getInt(2), row.getInt(3)));
        return plan;
    }

    /**
     * Stores the plan's half-hours in one transaction: each replaces what was planned for its half-hour before, the
     * other days' and half-hours' plans stay.
     */
    public void savePlan(String serviceCenter, String host, List<PlannedAgents> intervals, String by, Instant at) {
        String sql = """
                INSERT INTO staff_plan (service_center, host_tenant, day, half_hour, agents, entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (service_center, day, half_hour) DO UPDATE
                SET agents = excluded.agents, entered_by = excluded.entered_by, entered_at = excluded.entered_at""";
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (PlannedAgents interval : intervals) {
                statement.setString(1, serviceCenter);
                statement.setString(2, host);
                statement.setObject(3, interval.day());
                statement.setInt(4, interval.halfHour());
                statement.setInt(5, interval.agents());
                statement.setString(6, by);
                statement.setObject(7, at.atOffset(ZoneOffset.UTC));
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the staffing plan failed", e);
        }
    }

    /** The center, the Berlin days {@code [from, until)}, phone calls, the town and areas. */
    private static void appendScope(StringBuilder sql, List<Object> parameters, PlanningScope scope, LocalDate from,
                                    LocalDate until) {
        sql.append("service_center = ? AND channel = 'PHONE' AND arrived_at >= ? AND arrived_at < ?");
        parameters.add(scope.serviceCenter());
        parameters.add(from.atStartOfDay(BerlinTime.ZONE).toOffsetDateTime());
        parameters.add(until.atStartOfDay(BerlinTime.ZONE).toOffsetDateTime());
        scope.town().ifPresent(town -> {
            sql.append(" AND town = ?");
            parameters.add(town);
        });
        scope.withoutTown().ifPresent(town -> {
            sql.append(" AND town <> ?");
            parameters.add(town);
        });
        if (!scope.areas().isEmpty()) {
            sql.append(" AND service_area = ANY(?)");
            parameters.add(scope.areas().toArray(String[]::new));
        }
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(CharSequence sql, List<Object> parameters, RowReader reader) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = Statements.prepared(connection, sql, parameters)) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the contact history failed", e);
        }
    }
}
