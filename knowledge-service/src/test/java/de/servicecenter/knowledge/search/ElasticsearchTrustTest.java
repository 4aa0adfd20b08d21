package de.servicecenter.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An HTTPS server on loopback with a certificate signed by a CA of its own, as ECK sets up Elasticsearch: the
 * client trusts it only when given that CA's PEM file, and still checks the host name.
 */
class ElasticsearchTrustTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;

    private static HttpsServer server;

    @BeforeAll
    static void startServerWithACertificateOfItsOwnCa() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=Test Elasticsearch CA",
                "-ext", "bc:c", "-keystore", "ca.p12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.crt");
        keytool("-genkeypair", "-alias", "other", "-keyalg", "EC", "-dname", "CN=Another CA", "-ext", "bc:c",
                "-keystore", "other.p12");
        keytool("-exportcert", "-rfc", "-alias", "other", "-keystore", "other.p12", "-file", "other.crt");
        keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-dname", "CN=node-1",
                "-keystore", "node.p12");
        keytool("-certreq", "-alias", "node", "-keystore", "node.p12", "-file", "node.csr");
        keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "node.csr", "-outfile", "node.crt",
                "-rfc", "-ext", "san=ip:127.0.0.1");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", "node.p12", "-file", "ca.crt");
        keytool("-importcert", "-alias", "node", "-keystore", "node.p12", "-file", "node.crt");

        KeyStore node = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(dir.resolve("node.p12").toFile())) {
            node.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(node, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] body = "{\"cluster_name\":\"scv\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void reachesElasticsearchOverHttpsWhenGivenItsCa() throws IOException {
        try (RestClient client = client(Optional.of(dir.resolve("ca.crt")), "127.0.0.1")) {
            var response = client.performRequest(new Request("GET", "/"));
            assertThat(response.getStatusLine().getStatusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesTheServerWithoutItsCaOrWithAnotherOne() {
        assertThatThrownBy(() -> get(Optional.empty(), "127.0.0.1")).isInstanceOf(SSLHandshakeException.class);
        assertThatThrownBy(() -> get(Optional.of(dir.resolve("other.crt")), "127.0.0.1"))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void stillChecksTheHostName() {
        // same server, same CA, but addressed by a name its certificate does not carry
        assertThatThrownBy(() -> get(Optional.of(dir.resolve("ca.crt")), "localhost")).isInstanceOf(IOException.class)
                .hasMessageContaining("localhost");
    }

    @Test
    void namesAFileThatHoldsNoCertificate() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThatThrownBy(() -> ElasticsearchTrust.trusting(empty)).hasMessageContaining("empty.pem")
                .hasMessageContaining("no PEM certificate");
        assertThatThrownBy(() -> ElasticsearchTrust.trusting(dir.resolve("missing.pem")))
                .hasMessageContaining("missing.pem").hasMessageContaining("cannot be read");
    }

    private static void get(Optional<Path> ca, String host) throws IOException {
        try (RestClient client = client(ca, host)) {
            client.performRequest(new Request("GET", "/"));
        }
    }

    private static RestClient client(Optional<Path> ca, String host) {
        ElasticsearchTrust trust = new ElasticsearchTrust(ca);
        return RestClient.builder(new HttpHost(host, server.getAddress().getPort(), "https"))
                .setHttpClientConfigCallback(trust::customizeHttpClient).build();
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storepass", PASSWORD, "-keypass", PASSWORD, "-storetype", "PKCS12"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("keytool " + String.join(" ", arguments) + ": " + output).isZero();
    }
}
