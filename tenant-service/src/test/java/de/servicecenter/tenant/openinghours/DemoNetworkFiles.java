package de.servicecenter.tenant.openinghours;

import de.servicecenter.tenant.DemoNetwork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Request bodies of the demo network, reused where a test needs a valid schedule to send. */
final class DemoNetworkFiles {

    private DemoNetworkFiles() {
    }

    static String castropRauxelBuergerbuero() {
        try {
            return Files.readString(DemoNetwork.DEMO.resolve("schedules/castrop-rauxel-buergerbuero.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
