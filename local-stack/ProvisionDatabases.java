import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates, if missing, the roles and databases of each service (and a separate database for the tests), so that no
 * service can read another's tables and none can read past row-level security in its own. Run by ./stack through
 * the JDK's single-file launcher:
 *
 *   java -cp postgresql.jar ProvisionDatabases.java PORT DB...
 *
 * Per service DB:
 *   DB_owner    logs in for the migrations (Flyway) and owns the database and every table;
 *   DB_service  the service's login: owns nothing, no BYPASSRLS, so the tables' policies apply to all it does;
 *   DB_public, DB_system  no login; the service switches to them (SET ROLE) for portals' requests and for its own
 *               background work, and does not inherit what they are granted.
 * Passwords equal the role names: fine on a loopback-only development stack, never used in production, where
 * docker/postgres/create-service-databases.sh creates the same roles with passwords from the environment.
 * A database of an earlier layout (owned by DB_service) is handed over to DB_owner.
 */
public class ProvisionDatabases {

    public static void main(String[] args) throws SQLException {
        String server = "jdbc:postgresql://127.0.0.1:" + args[0] + "/";
        try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "")) {
            for (int i = 1; i < args.length; i++) {
                String prefix = args[i];
                String owner = prefix + "_owner";
                String service = prefix + "_service";
                createRole(connection, owner, "LOGIN PASSWORD '" + owner + "'");
                createRole(connection, service, "LOGIN PASSWORD '" + service + "'");
                createRole(connection, prefix + "_public", "NOLOGIN");
                createRole(connection, prefix + "_system", "NOLOGIN");
                execute(connection, "ALTER ROLE " + service + " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
                execute(connection, "GRANT " + prefix + "_public, " + prefix + "_system TO " + service
                        + " WITH INHERIT FALSE, SET TRUE");
                for (String name : new String[] {prefix, prefix + "_test"}) {
                    if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                        execute(connection, "create database " + name + " owner " + owner
                                + " encoding 'UTF8' template template0");
                        System.out.println("created database " + name);
                    } else if (exists(connection, "select 1 from pg_database d join pg_roles r on r.oid = d.datdba "
                            + "where d.datname = ? and r.rolname = '" + service + "'", name)) {
                        execute(connection, "alter database " + name + " owner to " + owner);
                        try (Connection database = DriverManager.getConnection(server + name, "postgres", "")) {
                            execute(database, "REASSIGN OWNED BY " + service + " TO " + owner);
                        }
                        System.out.println("handed database " + name + " over to " + owner);
                    }
                }
            }
        }
    }

    private static void createRole(Connection connection, String role, String options) throws SQLException {
        if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
            execute(connection, "create role " + role + " " + options);
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
