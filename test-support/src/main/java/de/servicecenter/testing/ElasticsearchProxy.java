package de.servicecenter.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;

/**
 * A {@link TcpProxy} between the service under test and the local stack's real Elasticsearch node, which a test can
 * cut and restore: a real network fault without stopping the node that the other tests share.
 */
public class ElasticsearchProxy implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;

    /** From now on every connection is refused and open ones are dropped. */
    public static void cut() {
        proxy.cut();
    }

    public static void restore() {
        proxy.restore();
    }

    @Override
    public Map<String, String> start() {
        URI target = URI.create(System.getProperty("stack.elasticsearch.url", "http://127.0.0.1:19200"));
        proxy = TcpProxy.to(target.getHost(), target.getPort());
        return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:" + proxy.port());
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
