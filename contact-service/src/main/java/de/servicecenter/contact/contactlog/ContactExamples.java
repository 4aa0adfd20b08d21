package de.servicecenter.contact.contactlog;

/** OpenAPI examples: Call Duisburg answers a Bottrop citizen (seed 004: the whole switchboard 7030). */
final class ContactExamples {

    static final String CONTACT = """
            {"town": "bottrop", "serviceCenter": "call-duisburg", "channel": "PHONE",
             "arrivedAt": "2026-11-23T09:14:05+01:00", "waitingSeconds": 18, "talkSeconds": 204, "wrapUpSeconds": 45,
             "outcome": "RESOLVED", "serviceArea": "buergerbuero", "leikaKey": "99115005104000",
             "articles": ["3f0c9a52-6d1e-4f7a-9c55-2b1d0e8f6a11"], "agent": "agent-7f3a",
             "callerNumber": "+4920411234567",
             "note": "Unterlagen zur Ummeldung kommen per Post; Termin am 2. Dezember vereinbart."}""";

    static final String ABANDONED = """
            {"town": "bottrop", "serviceCenter": "call-duisburg", "channel": "PHONE",
             "arrivedAt": "2026-11-23T09:20:40+01:00", "waitingSeconds": 74, "talkSeconds": 0, "wrapUpSeconds": 0,
             "outcome": "ABANDONED", "serviceArea": "zentrale"}""";

    static final String BATCH = """
            {"contacts": [
              {"idempotencyKey": "pbx-duisburg-20261123-091405-4711", "town": "bottrop", "serviceCenter": "call-duisburg",
               "channel": "PHONE", "arrivedAt": "2026-11-23T09:14:05+01:00", "waitingSeconds": 18, "talkSeconds": 204,
               "wrapUpSeconds": 45, "outcome": "RESOLVED", "serviceArea": "buergerbuero"},
              {"idempotencyKey": "pbx-duisburg-20261123-092040-4712", "town": "dinslaken", "serviceCenter": "call-duisburg",
               "channel": "PHONE", "arrivedAt": "2026-11-23T09:20:40+01:00", "waitingSeconds": 74, "talkSeconds": 0,
               "wrapUpSeconds": 0, "outcome": "ABANDONED", "serviceArea": "zentrale"}]}""";

    static final String NOT_SERVED = """
            {"type": "urn:problem:servicecenter-verbund:business-rule-violated",
             "title": "Request violates a business rule", "status": 422,
             "detail": "2 fields are invalid. Nothing was stored.",
             "errors": [{"field": "talkSeconds", "message": "must be 0 for an abandoned contact"},
                        {"field": "town", "message": "'call-duisburg' does not serve 'castrop-rauxel' for 'buergerbuero' on 2026-11-23: no contract in force covers it"}]}""";

    static final String KEY_REUSED = """
            {"type": "urn:problem:servicecenter-verbund:conflict", "title": "Conflict", "status": 409,
             "detail": "'pbx-duisburg-20261123-091405-4711' was already used for a different contact; use a new key for a new contact",
             "errors": [{"field": "Idempotency-Key", "message": "'pbx-duisburg-20261123-091405-4711' was already used for a different contact; use a new key for a new contact"}]}""";

    private ContactExamples() {
    }
}
