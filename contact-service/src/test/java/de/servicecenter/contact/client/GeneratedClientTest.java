package de.servicecenter.contact.client;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.client.contact.ApiClient;
import de.servicecenter.client.contact.ApiException;
import de.servicecenter.client.contact.api.ContactsApi;
import de.servicecenter.client.contact.api.PublicReachabilityApi;
import de.servicecenter.client.contact.model.Channel;
import de.servicecenter.client.contact.model.Contact;
import de.servicecenter.client.contact.model.ContactRequest;
import de.servicecenter.client.contact.model.Outcome;
import de.servicecenter.client.contact.model.Reachability;
import de.servicecenter.contact.ContactFixtures;
import de.servicecenter.testing.GeneratedClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java client generated from the published document (api/openapi/), against the running service. */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI service;

    @Inject
    ContactFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(GeneratedClients.baseUri(service));
        return client;
    }

    @Test
    void thePhoneSystemLogsACallThatThePortalThenCounts() throws ApiException {
        ApiClient phoneSystem = client();
        phoneSystem.setRequestInterceptor(GeneratedClients.bearer(ContactFixtures.phoneSystem()));
        OffsetDateTime arrived = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).minusMinutes(10)
                .truncatedTo(ChronoUnit.SECONDS);
        ContactRequest call = new ContactRequest().town("bottrop").serviceCenter("call-duisburg").channel(Channel.PHONE)
                .arrivedAt(arrived).waitingSeconds(12).talkSeconds(180).wrapUpSeconds(30).outcome(Outcome.RESOLVED)
                .serviceArea("buergerbuero");

        Contact logged = new ContactsApi(phoneSystem).contactResourceRecord("pbx-generated-client-1", call);

        assertThat(logged.getId()).isNotNull();
        assertThat(logged.getContract()).isEqualTo("c-duisburg-bottrop");
        assertThat(logged.getLeikaKey()).isNull();
        // asked for this very instant, not "now": now's figures are kept for a few seconds
        String justNow = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).truncatedTo(ChronoUnit.SECONDS).toString();
        Reachability reachability = new PublicReachabilityApi(client()).publicReachabilityResourceReachability("bottrop",
                justNow);
        assertThat(reachability.getLastHour().getCalls()).isEqualTo(1);
        assertThat(reachability.getLastHour().getAnsweredShare()).isEqualByComparingTo("1");
    }
}
