package de.servicecenter.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs SQL statements against a service's database, for benchmark scripts that set up or clean up their data
 * (the local stack ships no psql). Prints the rows each statement changed.
 *
 * <pre>RunSql JDBC_URL USER PASSWORD SQL...</pre>
 */
public final class RunSql {

    private RunSql() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement statement = connection.createStatement()) {
            for (int i = 3; i < args.length; i++) {
                int changed = statement.executeUpdate(args[i]);
                System.out.printf("%s: %d rows%n", args[i], changed);
            }
        }
    }
}
