import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates, if missing, one login role and one database per service (and a separate database for the tests),
 * so that no service can read another's tables. Run by ./stack through the JDK's single-file launcher:
 *
 *   java -cp postgresql.jar ProvisionDatabases.java PORT DB...
 *
 * Each role is named {db}_service with the password {db}_service; that is fine on a loopback-only
 * development stack and never used in production, where credentials come from the environment.
 */
public class ProvisionDatabases {

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            for (int i = 1; i < args.length; i++) {
                String database = args[i];
                String role = database + "_service";
                if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
                    execute(connection, "create role " + role + " login password '" + role + "'");
                }
                for (String name : new String[] {database, database + "_test"}) {
                    if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                        execute(connection, "create database " + name + " owner " + role
                                + " encoding 'UTF8' template template0");
                        System.out.println("created database " + name);
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
