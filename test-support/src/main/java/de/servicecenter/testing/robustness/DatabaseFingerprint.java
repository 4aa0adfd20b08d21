package de.servicecenter.testing.robustness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service's database holds, condensed: for every table, its row count and a sum of row hashes — read as the
 * superuser of the local stack, past row-level security. Two equal fingerprints around a refused request mean it
 * wrote nothing (a write and its exact undoing aside).
 */
public final class DatabaseFingerprint {

    private final String url;
    private String query;

    /** @param database the service's test database on the local stack, e.g. {@code contact_test} */
    public DatabaseFingerprint(String database) {
        this.url = "jdbc:postgresql://127.0.0.1:15432/" + database;
    }

    public String take() {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            if (query == null) {
                query = queryOverAllTables(statement);
            }
            try (ResultSet result = statement.executeQuery(query)) {
                result.next();
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fingerprint once background work set off by a request has finished (an article indexed, a search
     * logged): unchanged over 150 ms, waiting at most ten seconds.
     */
    public String settled() {
        String last = take();
        for (int attempt = 0; attempt < 66; attempt++) {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            String now = take();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static String queryOverAllTables(Statement statement) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (ResultSet tables = statement.executeQuery("SELECT quote_ident(tablename) FROM pg_tables "
                + "WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
            while (tables.next()) {
                String table = tables.getString(1);
                parts.add("(SELECT '" + table + ":' || count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) "
                        + "FROM " + table + " t)");
            }
        }
        return parts.isEmpty() ? "SELECT ''" : "SELECT " + String.join(" || ' ' || ", parts);
    }
}
