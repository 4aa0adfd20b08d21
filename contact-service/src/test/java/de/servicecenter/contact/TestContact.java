package de.servicecenter.contact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact as JSON for tests: a valid answered call of a Bottrop citizen at Call Duisburg, changed field by field.
 */
public final class TestContact {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private TestContact() {
        fields.put("town", "bottrop");
        fields.put("serviceCenter", "call-duisburg");
        fields.put("channel", "PHONE");
        fields.put("arrivedAt", "2026-10-12T09:14:05+02:00");
        fields.put("waitingSeconds", 18);
        fields.put("talkSeconds", 204);
        fields.put("wrapUpSeconds", 45);
        fields.put("outcome", "RESOLVED");
        fields.put("serviceArea", "buergerbuero");
    }

    public static TestContact call() {
        return new TestContact();
    }

    /** A call arriving at {@code arrivedAt}, waiting, then ending with the outcome (talk 0 when abandoned). */
    public static TestContact call(String arrivedAt, int waitingSeconds, String outcome, int talkSeconds) {
        TestContact contact = new TestContact().with("arrivedAt", arrivedAt).with("waitingSeconds", waitingSeconds)
                .with("outcome", outcome).with("talkSeconds", talkSeconds);
        return outcome.equals("ABANDONED") ? contact.with("wrapUpSeconds", 0) : contact;
    }

    public TestContact with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public TestContact without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> json() {
        return new LinkedHashMap<>(fields);
    }
}
