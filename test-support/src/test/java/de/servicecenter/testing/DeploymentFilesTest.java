package de.servicecenter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker/ cannot run on the development machines (no Docker engine), so it is kept correct by construction:
 * what compose builds exists, every service waits for healthy dependencies and is itself checked, the images
 * get every module Maven needs, and the Elasticsearch versions agree with the plugin built for them.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path DOCKER = ROOT.resolve("docker");

    private final JsonNode compose = new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(DOCKER.resolve("docker-compose.yml")));

    DeploymentFilesTest() throws IOException {
    }

    @Test
    void everyBuildNamesAnExistingDockerfileAndModule() {
        compose.get("services").properties().forEach(service -> {
            JsonNode build = service.getValue().get("build");
            if (build == null) {
                return;
            }
            assertThat(ROOT.resolve(build.get("dockerfile").asText())).as(service.getKey()).isRegularFile();
            JsonNode module = build.path("args").get("SERVICE");
            if (module != null) {
                assertThat(ROOT.resolve(module.asText()).resolve("src/main")).as(service.getKey()).isDirectory();
                assertThat(modules()).contains(module.asText());
            }
        });
    }

    @Test
    void everyServiceHasAHealthCheckAndWaitsForHealthyDependencies() throws IOException {
        for (Map.Entry<String, JsonNode> service : compose.get("services").properties()) {
            JsonNode build = service.getValue().get("build");
            boolean inImage = build != null
                    && Files.readString(ROOT.resolve(build.get("dockerfile").asText())).contains("HEALTHCHECK");
            assertThat(service.getValue().has("healthcheck") || inImage).as(service.getKey() + " health check").isTrue();
            service.getValue().path("depends_on").properties().forEach(dependency ->
                    assertThat(dependency.getValue().path("condition").asText())
                            .as(service.getKey() + " -> " + dependency.getKey()).isEqualTo("service_healthy"));
        }
    }

    @Test
    void imagesGetEveryModuleOfTheReactor() throws IOException {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore"));
        for (String module : modules()) {
            assertThat(ignored).as(".dockerignore must not hide " + module).doesNotContain(module, module + "/");
        }
        for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native", "Dockerfile.elasticsearch")) {
            assertThat(Files.readString(DOCKER.resolve(dockerfile))).as(dockerfile).contains("COPY . .");
        }
    }

    @Test
    void elasticsearchVersionsAgreeWithThePluginBuiltForThem() throws IOException {
        String plugin = firstGroup(Files.readString(ROOT.resolve("german-analysis/pom.xml")),
                "<elasticsearch.version>([^<]+)</elasticsearch.version>");
        assertThat(firstGroup(Files.readString(DOCKER.resolve("Dockerfile.elasticsearch")),
                "FROM docker.elastic.co/elasticsearch/elasticsearch:(\\S+)")).isEqualTo(plugin);
        assertThat(firstGroup(Files.readString(ROOT.resolve("stack")), "ELASTICSEARCH_VERSION=(\\S+)"))
                .isEqualTo(plugin);
        assertThat(compose.at("/services/elasticsearch/image").asText()).endsWith(":" + plugin);
    }

    /**
     * Production runs on its own realm: no demo users, no public or password-grant client, every secret an
     * environment placeholder that compose requires — and the platform's clients shaped exactly like the demo
     * realm's, so that what the tests prove with the demo realm holds for production.
     */
    @Test
    void productionUsesItsOwnRealmWithoutDemoUsersPasswordGrantOrFixedSecrets() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode production = json.readTree(DOCKER.resolve("keycloak/servicecenter-realm.json").toFile());
        JsonNode demo = json.readTree(ROOT.resolve("keycloak/servicecenter-realm.json").toFile());
        JsonNode keycloak = compose.at("/services/keycloak");

        assertThat(keycloak.get("volumes").toString()).contains("./keycloak/servicecenter-realm.json:")
                .doesNotContain("../keycloak/servicecenter-realm.json");
        assertThat(production.get("realm").asText()).isEqualTo(demo.get("realm").asText());
        assertThat(production.get("roles")).isEqualTo(demo.get("roles"));
        production.get("users").forEach(user -> assertThat(user.get("username").asText()).as("users")
                .startsWith("service-account-"));
        String environment = Files.readString(DOCKER.resolve(".env.example"));
        for (JsonNode client : production.get("clients")) {
            String id = client.get("clientId").asText();
            assertThat(client.path("publicClient").asBoolean()).as(id + " public").isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id + " password grant").isFalse();
            String variable = firstGroup(client.get("secret").asText(), "^\\$\\{([A-Z_]+)}$");
            assertThat(keycloak.at("/environment/" + variable).asText()).as(variable + " in compose")
                    .startsWith("${" + variable + ":?");
            assertThat(environment).as(variable + " in .env.example").contains("\n" + variable + "=\n");
            JsonNode same = null;
            for (JsonNode candidate : demo.get("clients")) {
                if (candidate.get("clientId").asText().equals(id)) {
                    same = candidate;
                }
            }
            assertThat(same).as(id + " in the demo realm").isNotNull();
            assertThat(client.get("protocolMappers")).as(id + " mappers").isEqualTo(same.get("protocolMappers"));
        }
    }

    /**
     * Row-level security names the roles in the migrations' policies, so every place that creates databases must
     * create the same four roles per service, and compose must migrate as the owner and run as the service role.
     */
    @Test
    void everyServiceRunsUnderRowLevelSecurityWithTheRolesItsMigrationsName() throws IOException {
        String production = Files.readString(DOCKER.resolve("postgres/create-service-databases.sh"));
        String local = Files.readString(ROOT.resolve("local-stack/ProvisionDatabases.java"));
        assertThat(local).contains("_owner", "_service", "_public", "_system", "NOBYPASSRLS", "WITH INHERIT FALSE");
        assertThat(production).contains("${name}_owner", "${name}_service", "${name}_public", "${name}_system",
                "NOBYPASSRLS", "WITH INHERIT FALSE");
        for (String name : List.of("tenant", "knowledge", "contact", "routing")) {
            assertThat(production).contains("create_service " + name + " ");
            String migrations;
            try (var files = Files.list(ROOT.resolve(name + "-service/src/main/resources/db/migration"))) {
                migrations = files.map(file -> {
                    try {
                        return Files.readString(file);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).reduce("", String::concat);
            }
            assertThat(migrations).contains("FORCE ROW LEVEL SECURITY", name + "_service", name + "_system",
                    name + "_owner");
            JsonNode service = compose.at("/services/" + name + "-service/environment");
            assertThat(service.path("DB_USER").asText()).isEqualTo(name + "_service");
            assertThat(service.path("DB_MIGRATION_USER").asText()).isEqualTo(name + "_owner");
        }
    }

    private static List<String> modules() {
        try {
            Matcher matcher = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
            List<String> modules = new ArrayList<>();
            while (matcher.find()) {
                modules.add(matcher.group(1));
            }
            return modules;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstGroup(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
