package de.servicecenter.contact.kpi;

/** OpenAPI examples. */
final class KpiExamples {

    static final String CSV = "row;town;serviceCenter;from;to;groupBy;group;offered;shortAbandoned;answered;abandoned;"
            + "abandonmentRate;answeredWithin20s;serviceLevel20s;answeredWithin30s;serviceLevel30s;"
            + "averageSpeedOfAnswerSeconds;averageHandlingSeconds;handledSeconds;resolvedAtFirstContact;"
            + "firstContactEligible;firstContactResolutionRate\r\n"
            + "total;bottrop;;2026-10-01;2026-10-31;;;4012;41;3702;269;0,0677;2530;0,6371;2963;0,7474;21,4;251,2;"
            + "929940;2481;3650;0,6797\r\n";

    static final String BOTTROP_OCTOBER = """
            {"town": "bottrop", "serviceCenter": null, "from": "2026-10-01", "to": "2026-10-31", "groupBy": "SERVICE_AREA",
             "shortAbandonSeconds": 5,
             "total": {"group": null, "offered": 4012, "shortAbandoned": 41, "answered": 3702, "abandoned": 269,
                       "abandonmentRate": 0.0677,
                       "serviceLevels": [{"thresholdSeconds": 20, "answeredWithin": 2640, "rate": 0.6648},
                                         {"thresholdSeconds": 30, "answeredWithin": 2963, "rate": 0.7462}],
                       "averageSpeedOfAnswerSeconds": 21.4, "averageHandlingSeconds": 251.2, "handledSeconds": 929942,
                       "resolvedAtFirstContact": 2481, "firstContactEligible": 3650, "firstContactResolutionRate": 0.6797},
             "groups": [{"group": "buergerbuero", "offered": 1630, "shortAbandoned": 15, "answered": 1510, "abandoned": 105,
                         "abandonmentRate": 0.0650,
                         "serviceLevels": [{"thresholdSeconds": 20, "answeredWithin": 1080, "rate": 0.6687},
                                           {"thresholdSeconds": 30, "answeredWithin": 1210, "rate": 0.7492}],
                         "averageSpeedOfAnswerSeconds": 20.9, "averageHandlingSeconds": 268.0, "handledSeconds": 404680,
                         "resolvedAtFirstContact": 1062, "firstContactEligible": 1497, "firstContactResolutionRate": 0.7094}],
             "handoffs": {"created": 58, "answered": 49, "answeredWithinPromise": 44, "returned": 3, "open": 6,
                          "overdue": 2, "answeredWithinPromiseRate": 0.8148, "resolvedIncludingHandoffs": 2527,
                          "resolutionRateIncludingHandoffs": 0.6923}}""";

    private KpiExamples() {
    }
}
