package de.servicecenter.tenant;

import static io.restassured.RestAssured.given;

import de.servicecenter.testing.KeycloakTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the demo network of the local stack (local-stack/demo/network.steps) through the API, with the demo
 * users' real tokens: the tests run on exactly the data a new user sees after {@code ./stack up}, and a broken
 * demo file fails the build.
 */
public final class DemoNetwork {

    public static final Path DEMO = Path.of("..", "local-stack", "demo");

    private DemoNetwork() {
    }

    /** Runs every step; call after resetting to the seven demo towns. */
    public static void build() {
        String created = null;
        String entityTag = null;
        boolean skipCreated = false;
        for (String line : lines()) {
            String[] columns = line.trim().split("\\s+");
            String user = columns[0];
            String method = columns[1];
            String path = columns[2];
            String body = columns.length > 3 ? columns[3] : "-";
            boolean dependent = path.contains("{created}");
            if (dependent && (skipCreated || created == null)) {
                continue;
            }
            String token = KeycloakTokens.user(user);
            String last = columns.length > 4 ? columns[4] : null;
            if (last != null && !dependent && !given().auth().oauth2(token).get(last).then().statusCode(200)
                    .extract().jsonPath().getList("$").isEmpty()) {
                skipCreated = true;
                continue;
            }
            var request = given().auth().oauth2(token).contentType(ContentType.JSON);
            if (!body.equals("-")) {
                request.body(read(DEMO.resolve(body)));
            }
            if (dependent && "if-match".equals(last)) {
                request.header("If-Match", entityTag);
            }
            Response response = request.request(method, dependent ? path.replace("{created}", created) : path);
            int status = response.statusCode();
            if (status == 409 && !dependent) {
                skipCreated = true;
                continue;
            }
            if (status >= 300) {
                throw new AssertionError("demo step failed with " + status + ": " + line + "\n" + response.asString());
            }
            entityTag = response.header("ETag");
            if (!dependent) {
                created = URI.create(response.header("Location")).getPath();
                skipCreated = false;
            }
        }
    }

    private static List<String> lines() {
        return read(DEMO.resolve("network.steps")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
