package de.servicecenter.routing.client;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.client.routing.ApiClient;
import de.servicecenter.client.routing.ApiException;
import de.servicecenter.client.routing.api.RoutingDecisionsApi;
import de.servicecenter.client.routing.model.Decision;
import de.servicecenter.client.routing.model.DecisionRequest;
import de.servicecenter.routing.RoutingFixtures;
import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.GeneratedClients;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java client generated from the published document (api/openapi/), against the running service. */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI service;

    @Inject
    RoutingFixtures fixtures;

    @BeforeEach
    void bottropIsRoutedToDuisburg() {
        fixtures.reset();
        RoutingFixtures.publish("duisburg-admin", "bottrop");
    }

    private RoutingDecisionsApi phoneSystem() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(GeneratedClients.baseUri(service));
        client.setRequestInterceptor(GeneratedClients.bearer(KeycloakTokens.serviceAccount("phone-system",
                "phone-system-secret")));
        return new RoutingDecisionsApi(client);
    }

    @Test
    void thePhoneSystemAsksWhereACallGoesAndGetsTheTag() throws ApiException {
        Decision open = phoneSystem().decisionResourceDecide(new DecisionRequest().dialledNumber(SeedNetwork.BOTTROP_7030)
                .at(OffsetDateTime.parse("2026-11-23T10:00:00+01:00")));

        assertThat(open.getServiceCenter()).isEqualTo("call-duisburg");
        assertThat(open.getTag().getTown()).isEqualTo("bottrop");
        assertThat(open.getAnnouncement()).isNull();
        assertThat(open.getFromCache()).isFalse();
    }

    @Test
    void outOfHoursTheAnswerIsAnAnnouncementWithoutTag() throws ApiException {
        Decision closed = phoneSystem().decisionResourceDecide(new DecisionRequest()
                .dialledNumber(SeedNetwork.BOTTROP_7030).at(OffsetDateTime.parse("2026-11-23T19:00:00+01:00")));

        assertThat(closed.getAnnouncement()).isNotNull();
        assertThat(closed.getTag()).isNull();
        assertThat(closed.getTarget()).isNull();
    }
}
