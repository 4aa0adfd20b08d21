package de.servicecenter.knowledge.directory;

/** OpenAPI examples: Castrop-Rauxel's Standesamt, births filed by the surname's initial. */
final class DirectoryExamples {

    static final String DIRECTORY = """
            {"centralNumber": "+4923051060",
             "organisationUnits": [
               {"id": "fb-buergerdienste", "kind": "FACHBEREICH", "name": "Fachbereich Bürgerdienste",
                "phone": "+492305106200", "mailbox": "buergerdienste@castrop-rauxel.de"},
               {"id": "standesamt", "kind": "AMT", "name": "Standesamt", "parent": "fb-buergerdienste",
                "phone": "+492305106330", "mailbox": "standesamt@castrop-rauxel.de", "room": "Rathaus, Zimmer 104",
                "hours": {"publicHolidays": "DE-NW", "weeklyPeriods": [{"validFrom": "2020-01-01", "rules": [
                  {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"], "opens": "08:00", "closes": "16:00"},
                  {"days": ["FRIDAY"], "opens": "08:00", "closes": "12:00"}]}]}}],
             "contactPoints": [
               {"id": "standesamt-a-k", "unit": "standesamt", "function": "Geburten, Namen A–K",
                "personName": "Frau Beispiel", "nameVisibleToHosts": false, "phone": "+492305106341"},
               {"id": "standesamt-l-z", "unit": "standesamt", "function": "Geburten, Namen L–Z",
                "phone": "+492305106342"}],
             "responsibilities": [
               {"leikaKey": "99120008001000", "serviceArea": "standesamt", "unit": "standesamt",
                "contactPoint": "standesamt-a-k", "criteria": {"surnameFrom": "A", "surnameTo": "K"}},
               {"leikaKey": "99120008001000", "serviceArea": "standesamt", "unit": "standesamt",
                "contactPoint": "standesamt-l-z", "criteria": {"surnameFrom": "L", "surnameTo": "Z"}},
               {"serviceArea": "standesamt", "unit": "standesamt"}],
             "absences": [
               {"contactPoint": "standesamt-l-z", "from": "2026-11-23T00:00:00+01:00",
                "until": "2026-11-28T00:00:00+01:00", "substituteContactPoint": "standesamt-a-k"}]}""";

    static final String TRANSFER = """
            {"town": "castrop-rauxel", "route": "SUBSTITUTE", "dial": "+492305106341",
             "putThroughTo": {"unit": "standesamt", "unitName": "Standesamt", "unitKind": "AMT",
               "contactPoint": "standesamt-a-k", "function": "Geburten, Namen A–K", "personName": null,
               "phone": "+492305106341", "mail": "standesamt@castrop-rauxel.de", "room": "Rathaus, Zimmer 104"},
             "responsible": {"unit": "standesamt", "unitName": "Standesamt", "unitKind": "AMT",
               "contactPoint": "standesamt-l-z", "function": "Geburten, Namen L–Z", "personName": null,
               "phone": "+492305106342", "mail": "standesamt@castrop-rauxel.de", "room": "Rathaus, Zimmer 104"},
             "centralNumber": "+4923051060",
             "reasons": ["'Geburten, Namen L–Z' is absent until 2026-11-27T23:00:00Z; 'Geburten, Namen A–K' stands in"],
             "askFor": [], "reachableFrom": null}""";

    private DirectoryExamples() {
    }
}
