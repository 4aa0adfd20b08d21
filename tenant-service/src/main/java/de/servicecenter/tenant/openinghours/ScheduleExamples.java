package de.servicecenter.tenant.openinghours;

/** OpenAPI examples for schedules, after the real scenario. */
final class ScheduleExamples {

    static final String KREIS_SOEST_CENTER = """
            {"serviceCenter": "servicecenter-kreis-soest", "name": "ServiceCenter Kreis Soest",
             "publicHolidays": "DE-NW",
             "weeklyPeriods": [{"validFrom": "2016-01-01", "validUntil": null, "rules": [
               {"days": ["MONDAY", "TUESDAY", "WEDNESDAY"], "opens": "08:00", "closes": "17:00"},
               {"days": ["THURSDAY"], "opens": "08:00", "closes": "18:00"},
               {"days": ["FRIDAY"], "opens": "08:00", "closes": "13:00"}]}]}""";

    static final String CASTROP_RAUXEL_BUERGERBUERO = """
            {"town": "castrop-rauxel", "serviceArea": "buergerbuero", "name": "Bürgerbüro Castrop-Rauxel",
             "weeklyPeriods": [{"validFrom": "2024-01-01", "rules": [
               {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "FRIDAY"], "opens": "08:00", "closes": "12:30"},
               {"days": ["MONDAY", "TUESDAY"], "opens": "14:00", "closes": "16:00"},
               {"days": ["THURSDAY"], "opens": "08:00", "closes": "18:00"}]}]}""";

    static final String CLOSURE = """
            {"firstDay": "2026-12-24", "lastDay": "2026-12-31", "closed": true,
             "reason": "Rathausschließung zwischen den Jahren"}""";

    static final String DIENSTLEISTUNGSABEND = """
            {"firstDay": "2026-11-26", "lastDay": "2026-11-26", "closed": false,
             "hours": [{"opens": "08:00", "closes": "19:30"}], "reason": "Dienstleistungsabend"}""";

    static final String OVERLAPPING = """
            {"type": "urn:problem:servicecenter-verbund:business-rule-violated",
             "title": "Request violates a business rule", "status": 422, "detail": "2 mistakes in the opening hours.",
             "instance": "/api/v1/schedules",
             "errors": [
               {"field": "weeklyPeriods[0].rules[1]", "message": "overlaps rules[0] on MONDAY (08:00-12:30)"},
               {"field": "weeklyPeriods[0].rules[2].days[0]", "message": "unknown weekday 'DONNERSTAG'; use MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY"}]}""";

    private ScheduleExamples() {
    }
}
