package de.servicecenter.tenant.network;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.commons.tenancy.CachedTenancy;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.commons.tenancy.TenantPrincipal;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.tenant.DemoNetwork;
import de.servicecenter.tenant.registry.TenantFixtures;
import de.servicecenter.testing.KeycloakTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the other services rely on: the tenancy snapshot over real HTTP with a real service-account token, and
 * how their cached copy behaves when tenant-service goes away (last good copy for reads; fail closed with 503
 * when nothing was ever fetched).
 */
@QuarkusTest
class TenancySnapshotTest {

    private static final TenantPrincipal BOCHUM_AGENT =
            new TenantPrincipal("anna", Optional.of("bochum"), Set.of(Roles.AGENT));
    /** Nothing listens here: tenant-service "down". */
    private static final URI UNREACHABLE = URI.create("http://127.0.0.1:9/api/v1/tenancy");

    @Inject
    TenantFixtures fixtures;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/v1/tenancy")
    URL tenancy;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void demoNetwork() {
        fixtures.resetNetwork();
        DemoNetwork.build();
    }

    /** Fetches like routing-service does: client credentials of its own Keycloak client. */
    private Supplier<TenancySnapshot> fetchFrom(URI uri) {
        return () -> {
            String token = KeycloakTokens.serviceAccount("routing-service", "routing-service-secret");
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("tenant-service answered " + response.statusCode());
                }
                return json.readValue(response.body(), TenancySnapshot.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    void platformServicesReadTheContractMap() throws Exception {
        TenancySnapshot snapshot = fetchFrom(tenancy.toURI()).get();

        assertThat(snapshot.activeTenants()).contains("bochum", "castrop-rauxel", "bottrop", "stadt-soest");
        assertThat(snapshot.grants()).hasSize(4);
        assertThat(snapshot.permits("bochum", "castrop-rauxel", BOCHUM_AGENT, Optional.of("buergerbuero"),
                Instant.now())).isTrue();
        assertThat(snapshot.permits("bochum", "castrop-rauxel", BOCHUM_AGENT, Optional.of("standesamt"),
                Instant.now())).isFalse();
        assertThat(snapshot.neighbourhoodsOf("bottrop")).as("for the search to recognise")
                .containsExactly("Kirchhellen", "Grafenwald", "Feldhausen");
        assertThat(snapshot.neighbourhoods()).as("towns that named none are left out").doesNotContainKey("kreis-soest");
        assertThat(snapshot.serviceCenters()).containsEntry("servicecenter-bochum", "bochum")
                .containsEntry("call-duisburg", "duisburg");
        assertThat(snapshot.servingRight("call-duisburg", "bottrop", "standesamt", LocalDate.now()))
                .hasValueSatisfying(right -> assertThat(right.contract()).hasValueSatisfying(grant ->
                        assertThat(grant.costModel().pricePerCall()).isEqualByComparingTo("2.85")));
    }

    @Test
    void platformServicesReadEverySchedulePlainEnoughToCompileItThemselves() throws Exception {
        String token = KeycloakTokens.serviceAccount("routing-service", "routing-service-secret");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tenancy + "/schedules"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        ScheduleCatalog catalog = json.readValue(response.body(), ScheduleCatalog.class);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(catalog.federalStates()).containsEntry("castrop-rauxel", "DE-NW").containsEntry("bottrop", "DE-NW");
        PublishedSchedule soest = catalog.schedules().stream()
                .filter(schedule -> "servicecenter-kreis-soest".equals(schedule.serviceCenter())).findFirst().orElseThrow();
        assertThat(soest.tenant()).isEqualTo("kreis-soest");
        Schedule compiled = ScheduleCompiler.compile(soest.definition());
        assertThat(compiled.statusAt(Instant.parse("2026-12-29T09:00:00Z")).open()).as("between the years").isFalse();
        assertThat(compiled.statusAt(Instant.parse("2026-12-22T09:00:00Z")).open()).isTrue();
        assertThat(catalog.schedules()).anySatisfy(schedule -> {
            assertThat(schedule.tenant()).isEqualTo("castrop-rauxel");
            assertThat(schedule.serviceArea()).isEqualTo("buergerbuero");
        });

        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).get("/api/v1/tenancy/schedules").then().statusCode(403);
    }

    @Test
    void usersAndOtherClientsAreRefused() {
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).get("/api/v1/tenancy").then().statusCode(403);
        given().get("/api/v1/tenancy").then().statusCode(401);
    }

    @Test
    void cachedCopyKeepsAnsweringWhileTenantServiceIsDown() throws Exception {
        AtomicReference<Supplier<TenancySnapshot>> source = new AtomicReference<>(fetchFrom(tenancy.toURI()));
        var cache = new CachedTenancy(() -> source.get().get(), Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), Clock.systemUTC(),
                Runnable::run);
        assertThat(cache.snapshot().permits("bochum", "castrop-rauxel", BOCHUM_AGENT, Optional.of("buergerbuero"),
                Instant.now())).isTrue();

        source.set(fetchFrom(UNREACHABLE));

        assertThat(cache.snapshot().isActiveTenant("castrop-rauxel")).isTrue();
        assertThat(cache.snapshot().permits("bochum", "castrop-rauxel", BOCHUM_AGENT, Optional.of("buergerbuero"),
                Instant.now())).isTrue();
    }

    @Test
    void nothingKnownAndTenantServiceDownFailsClosed() {
        var cache = new CachedTenancy(fetchFrom(UNREACHABLE), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(5),
                Clock.systemUTC(), Runnable::run);

        assertThatThrownBy(cache::snapshot).isInstanceOf(DependencyUnavailableProblem.class);
    }

    @Test
    void aContractActivatedInTenantServiceReachesTheCopyOnItsNextRefresh() throws Exception {
        var cache = new CachedTenancy(fetchFrom(tenancy.toURI()), Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), Clock.systemUTC(),
                Runnable::run);
        assertThat(cache.snapshot().permits("bochum", "castrop-rauxel", BOCHUM_AGENT, Optional.of("standesamt"), Instant.now()))
                .isFalse();

        String draft = given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType("application/json")
                .body("""
                        {"hostTown": "bochum", "clientTown": "castrop-rauxel", "serviceCenter": "servicecenter-bochum",
                         "serviceAreas": ["standesamt"], "validFrom": "2020-01-01",
                         "costModel": {"type": "PER_MINUTE", "pricePerMinute": 0.95}}""")
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        String proposal = given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin"))
                .get("/api/v1/contracts/" + draft).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin")).header("If-Match", proposal)
                .post("/api/v1/contracts/" + draft + "/acceptance").then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).post("/api/v1/contracts/" + draft + "/activation")
                .then().statusCode(200);

        cache.snapshot(); // the copy is older than refreshAfter (zero): this call refreshes it
        assertThat(cache.snapshot().permits("bochum", "castrop-rauxel", BOCHUM_AGENT, Optional.of("standesamt"), Instant.now()))
                .isTrue();
    }
}
