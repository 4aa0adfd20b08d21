package de.servicecenter.commons.caching;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a real Vert.x router: a ready answer is served with its tag and cache lifetime, and every request it must not
 * answer reaches the route behind it (which stands for the resource).
 */
class ReadyAnswersTest {

    private static final CacheableResponses.Tagged ANSWER =
            CacheableResponses.Tagged.of("{\"open\":true}".getBytes(StandardCharsets.UTF_8));
    private static final String BEHIND = "the resource";

    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        ReadyAnswers.serve(router, "/towns/:town/status", Set.of("area"), context ->
                context.pathParam("town").equals("ready") ? Optional.of(new ReadyAnswers.Ready(ANSWER,
                        Duration.ofSeconds(42))) : Optional.empty());
        router.route().handler(context -> context.response().end(BEHIND));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReadyAnswerIsServedWithItsTagAndLifetime() throws Exception {
        HttpResponse<String> response = get("/towns/ready/status?area=buergerbuero");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"open\":true}");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("ETag")).contains(ANSWER.tag().toString());
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=42");
        assertThat(get("/towns/ready/status", "Accept", "application/json, text/plain;q=0.5").body())
                .isEqualTo("{\"open\":true}");
        assertThat(get("/towns/ready/status", "Accept", "*/*").body()).isEqualTo("{\"open\":true}");
    }

    @Test
    void whatIsNotReadyOrNotPlainGoesOnToTheResource() throws Exception {
        assertThat(get("/towns/other/status").body()).as("not held ready").isEqualTo(BEHIND);
        assertThat(get("/towns/ready/status?at=2026-11-28T10:00").body()).as("another parameter").isEqualTo(BEHIND);
        assertThat(get("/towns/ready/status", "If-None-Match", ANSWER.tag().toString()).body())
                .as("conditional: the resource evaluates it").isEqualTo(BEHIND);
        assertThat(get("/towns/ready/status", "Authorization", "Bearer x").body()).as("authenticated")
                .isEqualTo(BEHIND);
        assertThat(get("/towns/ready/status", "Accept", "text/csv").body()).as("no JSON wanted").isEqualTo(BEHIND);
        assertThat(get("/towns/ready/status", "Accept", "application/json;q=0, text/csv").body())
                .as("JSON refused").isEqualTo(BEHIND);
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.actualPort() + "/towns/ready/status")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.headers().firstValue("ETag")).as("HEAD").isEmpty();
    }

    @Test
    void acceptsJsonUnlessRefused() {
        assertThat(ReadyAnswers.acceptsJson(null)).isTrue();
        assertThat(ReadyAnswers.acceptsJson("application/*;q=0.8")).isTrue();
        assertThat(ReadyAnswers.acceptsJson("APPLICATION/JSON")).isTrue();
        assertThat(ReadyAnswers.acceptsJson("application/json; q=0.0")).isFalse();
        assertThat(ReadyAnswers.acceptsJson("text/html")).isFalse();
    }
}
