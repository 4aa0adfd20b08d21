package de.servicecenter.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The service's PostgreSQL reached through a {@link TcpProxy}, so a test can take the database away — open
 * connections dropped, new ones refused — and give it back, as a crash or a failover would. Use with
 * {@code @WithTestResource(value = DatabaseBehindProxy.class, initArgs = @ResourceArg(name = "database", value = "…"))}.
 */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        proxy = TcpProxy.to("127.0.0.1", 15432);
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
    }

    /** The database is gone: open connections drop, new ones are refused. */
    public static void cut() {
        proxy.cut();
    }

    public static void restore() {
        proxy.restore();
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
