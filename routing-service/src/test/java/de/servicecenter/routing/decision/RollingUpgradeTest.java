package de.servicecenter.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.routing.RoutingFixtures;
import de.servicecenter.tenancyclient.RemoteTenancy;
import de.servicecenter.testing.NewerRelease;
import de.servicecenter.testing.TenancyServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Services are upgraded one at a time: what a newer release writes — a snapshot and a schedule catalog from
 * tenant-service, a last good copy on disk — carries fields this release does not know, and must still be read.
 * (Client requests stay strict: that is tested in every service's baseline.)
 */
@QuarkusTest
class RollingUpgradeTest {

    @Inject
    RoutingFixtures fixtures;

    @Inject
    RoutingNetwork network;

    @Inject
    RemoteTenancy tenancy;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "scv.routing.last-good-file")
    Path lastGoodFile;

    @AfterEach
    void currentReleaseAgain() {
        TenancyServer.asANewerRelease(false);
    }

    @Test
    void aSnapshotAndScheduleCatalogFromANewerTenantServiceAreRead() {
        fixtures.reset();
        RoutingNetwork.Sources before = network.current().sources();

        TenancyServer.asANewerRelease(true);
        tenancy.refreshNow();
        network.rebuild();

        RoutingNetwork.State after = network.current();
        assertThat(after.fromCache()).as("built from fresh sources, not from the last good ones").isFalse();
        assertThat(after.sources().tenancy()).isEqualTo(SeedNetwork.TENANCY);
        assertThat(after.sources().schedules()).isEqualTo(before.schedules());
        assertThat(tenancy.fetchedAt()).hasValueSatisfying(fetched -> assertThat(fetched).isAfter(before.builtAt()));
    }

    @Test
    void aLastGoodCopyWrittenByANewerReleaseIsRead() throws IOException {
        fixtures.reset();
        RoutingNetwork.Sources written = new RoutingNetwork.Sources(SeedNetwork.ruleSets(), SeedNetwork.TENANCY,
                RoutingFixtures.catalog(), Instant.parse("2026-11-30T05:00:00Z"));
        JsonNode newer = NewerRelease.withAddedFields(written, json);
        assertThat(newer.findValues(NewerRelease.ADDED_FIELD)).as("fields added down to the rules").hasSizeGreaterThan(50);
        json.writeValue(lastGoodFile.toFile(), newer);

        assertThat(network.readLastGood()).isEqualTo(written);
    }

    /** The trap this guards against: the mapper for client requests refuses the very same document. */
    @Test
    void theStrictMapperOfClientRequestsWouldHaveRefusedIt() {
        JsonNode newer = NewerRelease.withAddedFields(SeedNetwork.TENANCY, json);
        assertThatThrownBy(() -> json.treeToValue(newer, TenancySnapshot.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }
}
