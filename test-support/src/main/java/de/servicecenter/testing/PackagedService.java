package de.servicecenter.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The service as its build packaged it — the runnable jar, or the native executable in the native profile — for
 * tests that start it as a process of their own (an outage, a restart) rather than through
 * {@code @QuarkusIntegrationTest}. Quarkus names the artifact in {@code target/quarkus-artifact.properties}.
 */
public final class PackagedService {

    private PackagedService() {
    }

    /** The command that starts the packaged service with these system properties ({@code -Dname=value}). */
    public static List<String> command(List<String> systemProperties) {
        Path target = Path.of("target");
        Properties artifact = new Properties();
        try (Reader in = Files.newBufferedReader(target.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the service is not packaged yet (./mvnw package)", e);
        }
        Path path = target.resolve(artifact.getProperty("path")).toAbsolutePath();
        List<String> command = new ArrayList<>();
        if ("native".equals(artifact.getProperty("type"))) {
            command.add(path.toString());
            command.addAll(systemProperties);
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(systemProperties);
            command.addAll(List.of("-jar", path.toString()));
        }
        return command;
    }
}
