package de.servicecenter.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service under test and the local stack's real Elasticsearch node, which a test can
 * cut and restore: a real network fault (connections refused and dropped) without stopping the node that the
 * other tests share.
 */
public class ElasticsearchProxy implements QuarkusTestResourceLifecycleManager {

    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean cut;
    private ServerSocket listener;

    /** From now on every connection is refused and open ones are dropped. */
    public static void cut() {
        cut = true;
        OPEN.forEach(ElasticsearchProxy::closeQuietly);
        OPEN.clear();
    }

    public static void restore() {
        cut = false;
    }

    @Override
    public Map<String, String> start() {
        URI target = URI.create(System.getProperty("stack.elasticsearch.url", "http://127.0.0.1:19200"));
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    if (cut) {
                        closeQuietly(client);
                        continue;
                    }
                    Socket upstream = new Socket(target.getHost(), target.getPort());
                    OPEN.add(client);
                    OPEN.add(upstream);
                    Thread.ofVirtual().start(() -> pipe(client, upstream));
                    Thread.ofVirtual().start(() -> pipe(upstream, client));
                } catch (IOException e) {
                    // listener closed, or the node refused: the client sees a dropped connection
                }
            }
        });
        return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:" + listener.getLocalPort());
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            OPEN.remove(from);
            OPEN.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void stop() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        cut();
    }
}
