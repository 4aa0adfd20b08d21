package de.servicecenter.testing.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request of an operation against one target, with the facts about the target that the expectation needs:
 * the tenant it names, or the object's owner (and client), its service area, whether it is shared knowledge.
 * Requests are built so that an allowed caller changes nothing lasting where possible (a stale If-Match, a
 * conflicting id, a rule broken after the access check).
 */
public final class Probe {

    final String label;
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String body;
    String contentType = "application/json";
    Optional<String> tenant = Optional.empty();
    Optional<String> client = Optional.empty();
    Optional<String> area = Optional.empty();
    boolean shared;
    boolean missing;
    /** 404 answers naming these kinds of object mean an allowed caller met a missing sub-object, not a denial. */
    final Set<String> allowedMissing = new TreeSet<>();

    private Probe(String label) {
        this.label = label;
    }

    /** A probe about tenant {@code tenant}'s data (the named tenant, or the owner or host of the object). */
    public static Probe of(String label, String tenant) {
        Probe probe = new Probe(label);
        probe.tenant = Optional.ofNullable(tenant);
        return probe;
    }

    /** A probe naming an object that does not exist: whoever passes the role check gets the bare 404. */
    public static Probe missing(String label) {
        Probe probe = new Probe(label);
        probe.missing = true;
        return probe;
    }

    /** A probe of an operation on no tenant's data. */
    public static Probe plain(String label) {
        return new Probe(label);
    }

    public Probe path(String name, Object value) {
        path.put(name, String.valueOf(value));
        return this;
    }

    public Probe query(String name, Object value) {
        query.put(name, String.valueOf(value));
        return this;
    }

    public Probe header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sends If-Match with a version that is never current: an allowed write answers 412 and changes nothing. */
    public Probe stale() {
        return header("If-Match", "\"987654\"");
    }

    public Probe body(String json) {
        return body(json, "application/json");
    }

    /** A body of another media type, e.g. an uploaded CSV file. */
    public Probe body(String content, String contentType) {
        this.body = content;
        this.contentType = contentType;
        return this;
    }

    public Probe client(String client) {
        this.client = Optional.of(client);
        return this;
    }

    public Probe area(String area) {
        this.area = Optional.of(area);
        return this;
    }

    public Probe shared() {
        this.shared = true;
        return this;
    }

    public Probe allowedMissing(String kind) {
        allowedMissing.add(kind);
        return this;
    }

    @Override
    public String toString() {
        return label;
    }
}
