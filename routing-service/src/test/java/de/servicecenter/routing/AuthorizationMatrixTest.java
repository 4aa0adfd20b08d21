package de.servicecenter.routing;

import static io.restassured.RestAssured.given;

import de.servicecenter.routing.decision.SeedNetwork;
import de.servicecenter.testing.matrix.AuthorizationMatrix;
import de.servicecenter.testing.matrix.AuthorizationMatrixContract;
import de.servicecenter.testing.matrix.Probe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import de.servicecenter.testing.KeycloakTokens;
import java.util.Arrays;
import java.util.UUID;

/**
 * routing-service's authorization matrix: every operation × every principal of the demo realm (and anonymous) × the
 * towns' rule sets, own, served and foreign, and the phone system's calls, held against the published declarations.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    @Inject
    RoutingFixtures fixtures;

    private static Probe[] towns(String... towns) {
        Probe[] probes = new Probe[towns.length];
        for (int i = 0; i < towns.length; i++) {
            probes[i] = Probe.of(towns[i], towns[i]).path("town", towns[i]);
        }
        return probes;
    }

    @Override
    protected String testDatabase() {
        return "routing_test";
    }

    @Override
    protected AuthorizationMatrix matrix() {
        fixtures.reset();
        RoutingFixtures.publish("castrop-rauxel-admin", "castrop-rauxel");
        RoutingFixtures.publish("duisburg-admin", "bottrop");
        String call = """
                {"dialledNumber": "%s", "menuOption": "1", "at": "2026-11-23T10:00:00+01:00"}"""
                .formatted(SeedNetwork.CASTROP_RAUXEL_RATHAUS);
        String noRules = "{\"entryPoints\": [], \"rules\": []}";

        AuthorizationMatrix matrix = new AuthorizationMatrix("routing-service", SeedNetwork.TENANCY)
                .probe("DecisionResource_decide", Probe.plain("Castrop-Rauxel's Rathaus, key 1").body(call))
                .probe("DecisionResource_menu",
                        Probe.of("Castrop-Rauxel's Rathaus", "castrop-rauxel").query("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS),
                        Probe.of("Bottrop's 7030", "bottrop").query("number", SeedNetwork.BOTTROP_7030))
                .probe("DecisionResource_decideForPhoneSystem", Probe.plain("Bottrop's 7030")
                        .query("number", SeedNetwork.BOTTROP_7030).query("callId", "matrix-call"))
                .probe("DecisionResource_entryPoints", Probe.plain("every entry point"))
                .probe("DecisionResource_call",
                        Probe.of("a call to Castrop-Rauxel, key 1", "castrop-rauxel").area("buergerbuero")
                                .path("callId", decided(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1")),
                        Probe.of("a call to Bottrop", "bottrop").area("zentrale")
                                .path("callId", decided(SeedNetwork.BOTTROP_7030, "")))
                .probe("QueueWaitResource_report", Probe.plain("Bochum's center").path("serviceCenter", "servicecenter-bochum")
                        .body("{\"waitSeconds\": 20, \"measuredAt\": \"2026-11-23T09:00:00+01:00\"}"))
                .probe("QueueWaitResource_current", Probe.plain("the queue waits that hold"))
                .probe("RuleSetResource_versions", towns("castrop-rauxel", "bottrop", "stadt-soest"))
                .probe("RuleSetResource_version",
                        Probe.of("castrop-rauxel's first", "castrop-rauxel").path("town", "castrop-rauxel").path("version", 1),
                        Probe.of("bottrop's first", "bottrop").path("town", "bottrop").path("version", 1),
                        Probe.of("stadt-soest's none", "stadt-soest").path("town", "stadt-soest").path("version", 1)
                                .allowedMissing("rule set version"))
                .probe("RuleSetResource_saveDraft", Arrays.stream(towns("castrop-rauxel", "bottrop", "stadt-soest"))
                        .map(probe -> probe.body(noRules)).toArray(Probe[]::new))
                .probe("RuleSetResource_publishDraft", Arrays.stream(towns("castrop-rauxel", "bottrop"))
                        .map(probe -> probe.allowedMissing("draft rule set of")).toArray(Probe[]::new))
                .probe("RuleSetResource_republish", Arrays.stream(towns("castrop-rauxel", "stadt-soest"))
                        .map(probe -> probe.path("version", 99).allowedMissing("rule set version")).toArray(Probe[]::new))
                .probe("RuleSetResource_simulate",
                        Probe.of("castrop-rauxel's Rathaus", "castrop-rauxel").path("town", "castrop-rauxel")
                                .query("number", SeedNetwork.CASTROP_RAUXEL_RATHAUS),
                        Probe.of("bottrop's 7030", "bottrop").path("town", "bottrop").query("number", SeedNetwork.BOTTROP_7030));

        return matrix;
    }

    /** A call the phone system had decided on Monday at 10:00, by its id. */
    private static String decided(String number, String key) {
        String callId = "matrix-" + UUID.randomUUID();
        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", "phone-system-secret"))
                .queryParam("number", number).queryParam("key", key).queryParam("at", "2026-11-23T10:00")
                .queryParam("callId", callId).get("/api/v1/routing/decision").then().statusCode(200);
        return callId;
    }
}
