package de.servicecenter.contact.handoff;

/** Request examples of the OpenAPI document. */
final class HandoffExamples {

    static final String REQUEST = """
            {"town": "castrop-rauxel", "serviceCenter": "servicecenter-bochum", "serviceArea": "standesamt",
             "leikaKey": "99052003011000",
             "question": "Wann wird die Geburtsurkunde für das im Oktober geborene Kind zugeschickt?",
             "callerName": "Frau Beispiel", "callbackNumber": "+4923051234567", "callbackConsent": true,
             "surname": "Beispiel"}""";

    static final String ANSWERED = """
            {"status": "ANSWERED", "comment": "Rückruf erfolgt, Urkunde geht heute in die Post."}""";

    static final String CITIZEN_REQUEST = """
            {"callbackNumber": "+4923051234567", "reference": "DS-2026-117"}""";

    private HandoffExamples() {
    }
}
