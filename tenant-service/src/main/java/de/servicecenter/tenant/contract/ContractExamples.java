package de.servicecenter.tenant.contract;

/** OpenAPI examples for contracts: the real scenarios of the seeds. */
final class ContractExamples {

    static final String BOCHUM_CASTROP_RAUXEL = """
            {"hostTown": "bochum", "clientTown": "castrop-rauxel", "serviceCenter": "servicecenter-bochum",
             "allServiceAreas": false, "serviceAreas": ["buergerbuero", "ordnungswesen"],
             "signedOn": "2015-06-30", "validFrom": "2015-09-01", "pilotPhaseEndsOn": "2016-08-31",
             "costModel": {"type": "FTE_SHARE", "fullTimeEquivalents": 1.75, "annualCostPerFte": 62000.00}}""";

    static final String DUISBURG_BOTTROP = """
            {"hostTown": "duisburg", "clientTown": "bottrop", "serviceCenter": "call-duisburg",
             "allServiceAreas": true, "validFrom": "2012-09-01",
             "costModel": {"type": "PER_CALL", "pricePerCall": 2.85}}""";

    static final String CONTRACT = """
            {"id": "0b9f4c2e-8d51-4a57-9d36-0f5b1c1d2e3f", "hostTown": "bochum", "clientTown": "castrop-rauxel",
             "serviceCenter": "servicecenter-bochum", "allServiceAreas": false,
             "serviceAreas": ["buergerbuero", "ordnungswesen"], "signedOn": "2015-06-30", "validFrom": "2015-09-01",
             "validUntil": null, "pilotPhaseEndsOn": "2016-08-31",
             "costModel": {"type": "FTE_SHARE", "fullTimeEquivalents": 1.75, "annualCostPerFte": 62000.00},
             "status": "ACTIVE", "terminatedOn": null, "terminatedBy": null, "terminationReason": null,
             "history": [
               {"step": "PROPOSED", "party": "bochum", "by": "bochum-admin", "at": "2026-11-21T09:00:00Z", "version": 0, "note": null},
               {"step": "ACCEPTED", "party": "castrop-rauxel", "by": "castrop-rauxel-admin", "at": "2026-11-21T09:05:00Z", "version": 1, "note": null},
               {"step": "ACTIVATED", "party": "bochum", "by": "bochum-admin", "at": "2026-11-21T09:10:00Z", "version": 2, "note": null}],
             "createdAt": "2026-11-21T09:00:00Z", "updatedAt": "2026-11-21T09:10:00Z"}""";

    static final String OVERLAP = """
            {"type": "urn:problem:servicecenter-verbund:conflict", "title": "Conflict", "status": 409,
             "detail": "Another active contract covers the same client and service area at the same time: ...",
             "instance": "/api/v1/contracts/5d0c.../activation",
             "errors": [{"field": "serviceAreas", "message": "contract 0b9f4c2e-8d51-4a57-9d36-0f5b1c1d2e3f (host 'bochum', 2015-09-01 to open end) already covers buergerbuero for 'castrop-rauxel'"}]}""";

    static final String SELF_CONTRACT = """
            {"type": "urn:problem:servicecenter-verbund:business-rule-violated", "title": "Request violates a business rule",
             "status": 422, "detail": "a host cannot contract with itself", "instance": "/api/v1/contracts",
             "errors": [{"field": "clientTown", "message": "a host cannot contract with itself"}]}""";

    private ContractExamples() {
    }
}
