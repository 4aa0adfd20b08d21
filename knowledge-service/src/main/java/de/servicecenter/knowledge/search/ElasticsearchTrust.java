package de.servicecenter.knowledge.search;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Trusts the certificate authority that signed Elasticsearch's HTTPS certificate — in Kubernetes the one the ECK
 * operator creates ({@code <cluster>-es-http-certs-public}, key {@code ca.crt}) — given as a PEM file in
 * {@code scv.search.elasticsearch.ca-file}. Without it the JVM's own trust store applies (a public CA, or plain
 * HTTP locally). Host names are still verified. Credentials and the protocol are Quarkus' own settings
 * ({@code quarkus.elasticsearch.username}, {@code password}, {@code protocol=https}).
 */
@ElasticsearchClientConfig
@Dependent
public class ElasticsearchTrust implements RestClientBuilder.HttpClientConfigCallback {

    private final Optional<Path> caFile;

    ElasticsearchTrust(@ConfigProperty(name = "scv.search.elasticsearch.ca-file") Optional<Path> caFile) {
        this.caFile = caFile;
    }

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        caFile.ifPresent(file -> builder.setSSLContext(trusting(file)));
        return builder;
    }

    /** A TLS context that trusts exactly the certificates in {@code pemFile} (a CA or a chain of them). */
    static SSLContext trusting(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalStateException("scv.search.elasticsearch.ca-file " + pemFile
                        + " holds no PEM certificate");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("elasticsearch-ca-" + index++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("scv.search.elasticsearch.ca-file " + pemFile + " cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("scv.search.elasticsearch.ca-file " + pemFile
                    + " is not a PEM certificate", e);
        }
    }
}
