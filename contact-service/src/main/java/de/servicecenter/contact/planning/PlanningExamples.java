package de.servicecenter.contact.planning;

/** Examples for the OpenAPI document, from the demo network. */
final class PlanningExamples {

    static final String WHAT_IF_REQUEST = """
            {"town": "castrop-rauxel", "callsPerMonth": 4000, "serviceAreas": ["buergerbuero", "ordnungswesen"],
             "target": {"share": 0.8, "withinSeconds": 20}, "shrinkage": 0.3}""";

    static final String WHAT_IF = """
            {"serviceCenter": "servicecenter-bochum", "town": "castrop-rauxel",
             "serviceAreas": ["buergerbuero", "ordnungswesen"], "callsPerMonth": 4000.0, "profileFrom": null,
             "assumptions": {"model": "ERLANG_A", "targetShare": 0.8, "targetSeconds": 20, "handlingSeconds": 171.4,
                             "patienceSeconds": 152.9, "shrinkage": 0.3, "weeklyHours": 39.0, "leastAgentsWhileOpen": 1,
                             "shortAbandonSeconds": 5, "historyFrom": "2026-06-01", "historyUntil": "2026-11-30",
                             "queueHistoryFrom": "2026-10-05"},
             "fteToday": 14.505, "fteWithTown": 19.176, "additionalFte": 4.67, "serviceLevelToday": 0.872,
             "serviceLevelWithTownAndTodaysAgents": 0.463, "answeredShare": 0.986,
             "prices": {"annualCostPerFte": 62000.00, "pricePerCall": 2.85, "pricePerMinute": 0.95,
                        "flatFeePerMonth": 4500.00},
             "yearlyCost": {"fteShare": 289563.41, "perCall": 134846.48, "perMinute": 128421.13,
                            "flatFee": 54000.00},
             "week": [{"day": "MONDAY", "start": "08:00", "hostCalls": 31.2, "townCalls": 12.9, "agentsToday": 5,
                       "agentsWithTown": 6, "additionalAgents": 1, "serviceLevelWithTownAndTodaysAgents": 0.58}]}""";

    static final String STAFF_PLAN = """
            {"intervals": [{"date": "2026-12-07", "start": "08:00", "agents": 5},
                           {"date": "2026-12-07", "start": "08:30", "agents": 6}]}""";

    private PlanningExamples() {
    }
}
