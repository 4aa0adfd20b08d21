package de.servicecenter.knowledge.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The few Elasticsearch calls this service makes, as JSON in and out over the low-level REST client (no
 * client library version to keep in step with the node). Failures surface as {@link SearchUnavailable}.
 */
@ApplicationScoped
public class Elasticsearch {

    private static final ContentType JSON = ContentType.APPLICATION_JSON;
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    private final RestClient client;
    private final ObjectMapper json;

    Elasticsearch(RestClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    public JsonNode call(String method, String path, Object body) {
        return send(method, path, body == null ? null : bytes(body), JSON);
    }

    /** A _bulk request: {@code lines} is newline-delimited JSON, ending with a newline. */
    public JsonNode bulk(byte[] lines) {
        return send("POST", "/_bulk", lines, NDJSON);
    }

    /** The status of a HEAD/GET without failing on 404. */
    public int status(String method, String path) {
        try {
            return client.performRequest(new Request(method, path)).getStatusLine().getStatusCode();
        } catch (ResponseException e) {
            return e.getResponse().getStatusLine().getStatusCode();
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
    }

    private JsonNode send(String method, String path, byte[] body, ContentType type) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setEntity(new NByteArrayEntity(body, type));
        }
        try {
            Response response = client.performRequest(request);
            try (InputStream content = response.getEntity().getContent()) {
                return json.readTree(content);
            }
        } catch (ResponseException e) {
            throw new SearchUnavailable(method + " " + path + " answered "
                    + e.getResponse().getStatusLine().getStatusCode(), e);
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
    }

    byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
