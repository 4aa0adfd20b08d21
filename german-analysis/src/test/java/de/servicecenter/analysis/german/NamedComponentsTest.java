package de.servicecenter.analysis.german;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * named_components.json must list exactly the plugin's named components: Elasticsearch trusts the file (without
 * it the installer scans every jar of the node), and a component missing from it is silently absent.
 */
class NamedComponentsTest {

    @Test
    void fileListsExactlyTheAnnotatedComponents() throws Exception {
        Map<String, Map<String, String>> declared;
        try (InputStream file = getClass().getResourceAsStream("/named_components.json")) {
            declared = new ObjectMapper().readValue(file, Map.class);
        }

        assertThat(declared).containsOnlyKeys(TokenFilterFactory.class.getName(), AnalyzerFactory.class.getName());
        assertThat(new TreeMap<>(declared.get(TokenFilterFactory.class.getName())))
                .isEqualTo(annotated(TokenFilterFactory.class));
        assertThat(new TreeMap<>(declared.get(AnalyzerFactory.class.getName())))
                .isEqualTo(annotated(AnalyzerFactory.class));
    }

    @Test
    void descriptorNamesTheElasticsearchVersionBuiltAgainst() throws IOException {
        var descriptor = new Properties();
        try (InputStream file = getClass().getResourceAsStream("/stable-plugin-descriptor.properties")) {
            descriptor.load(file);
        }
        assertThat(descriptor.getProperty("elasticsearch.version")).matches("8\\.\\d+\\.\\d+");
        assertThat(descriptor.getProperty("name")).isEqualTo("scv-german-analysis");
        assertThat(descriptor).doesNotContainKey("classname");
    }

    /** Name -> class of every public class in the plugin's package annotated with @NamedComponent. */
    private static Map<String, String> annotated(Class<?> extensionPoint) throws Exception {
        Path classes = Path.of(GermanIndexAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                NamedComponent component = type.getAnnotation(NamedComponent.class);
                if (component != null && extensionPoint.isAssignableFrom(type)) {
                    found.put(component.value(), type.getName());
                }
            }
        }
        return found;
    }
}
