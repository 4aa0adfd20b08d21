package de.servicecenter.tenant.portal;

/** OpenAPI examples of the public API, as portals see them. */
final class PortalExamples {

    static final String TOWN_STATUS = """
            {"town": "castrop-rauxel", "townName": "Stadt Castrop-Rauxel", "serviceArea": "buergerbuero",
             "serviceAreaName": "Bürgerbüro", "at": "2026-11-24T10:00:00+01:00",
             "office": {"scheduleId": "4f1c0f7e-2b0a-4c59-9d8e-3b8e0c1d5a77", "name": "Bürgerbüro Castrop-Rauxel",
               "open": true, "openUntil": "2026-11-24T12:30:00+01:00", "nextOpening": null, "closedReason": null,
               "today": {"date": "2026-11-24", "weekday": "TUESDAY", "weekdayName": "Dienstag",
                 "intervals": [{"opens": "08:00", "closes": "12:30"}, {"opens": "14:00", "closes": "16:00"}],
                 "kind": "REGULAR", "note": null},
               "week": []},
             "phone": {"answeredBy": "bochum", "answeredByName": "Stadt Bochum", "underContract": true,
               "serviceCenter": {"id": "servicecenter-bochum", "name": "ServiceCenter Bochum",
                 "phoneNumbers": ["+492349100"], "active": true},
               "hours": {"scheduleId": "9a7d3c55-1e2f-4b8a-a6d4-0c7e5f3b2d19", "name": "ServiceCenter Bochum", "open": true,
                 "openUntil": "2026-11-24T18:00:00+01:00", "nextOpening": null, "closedReason": null,
                 "today": {"date": "2026-11-24", "weekday": "TUESDAY", "weekdayName": "Dienstag",
                   "intervals": [{"opens": "07:30", "closes": "18:00"}], "kind": "REGULAR", "note": null},
                 "week": []}}}""";

    static final String OSM = "Mo-We 08:00-17:00; Th 08:00-18:00; Fr 08:00-13:00; PH off; "
            + "2026 Dec 24-2026 Dec 31 off \"Rathausschließung zwischen den Jahren\"";

    static final String JSON_LD = """
            {"@context": "https://schema.org", "@type": "GovernmentService", "name": "ServiceCenter Kreis Soest",
             "openingHoursSpecification": [
               {"@type": "OpeningHoursSpecification", "opens": "08:00", "closes": "17:00",
                "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Tuesday", "https://schema.org/Wednesday"],
                "validFrom": "2016-01-01"},
               {"@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00",
                "validFrom": "2026-12-24", "validThrough": "2026-12-31",
                "description": "Rathausschließung zwischen den Jahren"}]}""";

    static final String ICALENDAR = """
            BEGIN:VCALENDAR
            PRODID:-//ServiceCenter-Verbund//Opening hours//DE
            VERSION:2.0
            CALSCALE:GREGORIAN
            BEGIN:VTIMEZONE
            TZID:Europe/Berlin
            …
            END:VTIMEZONE
            BEGIN:VEVENT
            DTSTAMP:20261123T230000Z
            DTSTART;TZID=Europe/Berlin:20261126T080000
            DTEND;TZID=Europe/Berlin:20261126T193000
            SUMMARY:Bürgerbüro Castrop-Rauxel geöffnet
            UID:4f1c0f7e-2b0a-4c59-9d8e-3b8e0c1d5a77-2026-11-26-0800-1930@opening-hours.servicecenter-verbund
            DESCRIPTION:Dienstleistungsabend
            END:VEVENT
            END:VCALENDAR
            """;

    static final String HOLIDAYS = """
            [{"date": "2026-01-01", "name": "Neujahr"}, {"date": "2026-04-03", "name": "Karfreitag"},
             {"date": "2026-06-04", "name": "Fronleichnam"}]""";

    private PortalExamples() {
    }
}
