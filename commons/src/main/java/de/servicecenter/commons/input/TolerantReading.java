package de.servicecenter.commons.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How one service reads what another one — or another version of itself — wrote: the tenancy snapshot and the
 * schedule catalog from tenant-service, routing's last good copy on disk, rule sets stored by a newer release.
 * Unknown fields are skipped, so that a producer may add one before every consumer is upgraded; services roll out
 * one at a time, and a field added to the snapshot must not stop contacts from being accepted (Postel's law, for
 * the data we own on both sides).
 *
 * <p>Requests from clients stay strict ({@code quarkus.jackson.fail-on-unknown-properties=true}): a misspelt
 * field there is a client's mistake to be told about, not a newer version to be tolerated. Removing or renaming a
 * field, or adding an enum constant, still needs consumers upgraded first.
 */
public final class TolerantReading {

    private TolerantReading() {
    }

    /** The service's mapper (its modules, its limits) with unknown fields skipped. */
    public static ObjectMapper of(ObjectMapper strict) {
        return strict.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
