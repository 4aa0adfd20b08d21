package de.servicecenter.contact.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.contact.TestContact;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phone system retries when it hears nothing back; however often and however concurrently, a contact counts once. */
@QuarkusTest
class RetryStormTest {

    private static final int CONTACTS = 1_000;
    private static final int ATTEMPTS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ContactFixtures fixtures;

    @TestHTTPResource("/api/v1/contacts")
    URI contactsUri;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private static List<Map<String, Object>> thousandContacts(String prefix) {
        List<Map<String, Object>> contacts = new ArrayList<>(CONTACTS);
        Instant start = Instant.parse("2026-10-05T06:00:00Z");
        for (int i = 0; i < CONTACTS; i++) {
            contacts.add(TestContact.call().with("idempotencyKey", prefix + i)
                    .with("arrivedAt", start.plusSeconds(17L * i).toString()).json());
        }
        return contacts;
    }

    private HttpResponse<String> post(URI uri, String token, String key, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSameBatchPostedFiveTimesAtOnceStoresEachContactOnce() throws Exception {
        Map<String, Object> batch = Map.of("contacts", thousandContacts("storm-batch-"));
        String token = ContactFixtures.phoneSystem();
        URI batchUri = URI.create(contactsUri + "/batch");
        List<Callable<HttpResponse<String>>> attempts = Collections.nCopies(ATTEMPTS,
                () -> post(batchUri, token, null, batch));

        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        List<Map<String, String>> idsPerAttempt = new ArrayList<>();
        int stored = 0;
        try {
            for (Future<HttpResponse<String>> attempt : pool.invokeAll(attempts)) {
                HttpResponse<String> response = attempt.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode result = JSON.readTree(response.body());
                stored += result.path("stored").asInt();
                Map<String, String> ids = new HashMap<>();
                result.path("contacts").forEach(item -> ids.put(item.path("idempotencyKey").asText(), item.path("id").asText()));
                idsPerAttempt.add(ids);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fixtures.contacts()).isEqualTo(CONTACTS);
        assertThat(stored).as("stored over all five answers").isEqualTo(CONTACTS);
        assertThat(idsPerAttempt).allSatisfy(ids -> assertThat(ids).isEqualTo(idsPerAttempt.getFirst()));
    }

    @Test
    void eachContactPostedFiveTimesAtOnceIsStoredOnce() throws Exception {
        List<Map<String, Object>> contacts = thousandContacts("storm-single-");
        String token = ContactFixtures.phoneSystem();
        List<Callable<Void>> requests = new ArrayList<>();
        Map<String, Set<String>> idsByKey = new ConcurrentHashMap<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            for (Map<String, Object> contact : contacts) {
                String key = (String) contact.get("idempotencyKey");
                requests.add(() -> {
                    HttpResponse<String> response = post(contactsUri, token, key, contact);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    idsByKey.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet())
                            .add(JSON.readTree(response.body()).path("id").asText());
                    return null;
                });
            }
        }
        Collections.shuffle(requests, new Random(42));

        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            for (Future<Void> request : pool.invokeAll(requests)) {
                request.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fixtures.contacts()).isEqualTo(CONTACTS);
        assertThat(idsByKey).hasSize(CONTACTS);
        assertThat(idsByKey.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(new HashSet<>(idsByKey.values().stream().map(ids -> ids.iterator().next()).toList())).hasSize(CONTACTS);
    }
}
