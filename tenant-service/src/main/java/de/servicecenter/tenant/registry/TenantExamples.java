package de.servicecenter.tenant.registry;

/** Request and response examples for the OpenAPI document, kept apart so the resource stays readable. */
final class TenantExamples {

    static final String REGISTER_REQUEST = """
            {
              "id": "castrop-rauxel",
              "name": "Stadt Castrop-Rauxel",
              "kind": "CITY",
              "ags": "05562004",
              "federalState": "DE-NW",
              "centralNumbers": ["+4923051060"],
              "status": "ACTIVE",
              "address": {"streetAddress": "Europaplatz 1", "postalCode": "44575", "locality": "Castrop-Rauxel"},
              "neighbourhoods": ["Habinghorst", "Ickern", "Henrichenburg"]
            }
            """;

    static final String TENANT = """
            {
              "id": "castrop-rauxel",
              "name": "Stadt Castrop-Rauxel",
              "kind": "CITY",
              "ags": "05562004",
              "federalState": "DE-NW",
              "centralNumbers": ["+4923051060"],
              "status": "ACTIVE",
              "neighbourhoods": ["Habinghorst", "Ickern", "Henrichenburg"],
              "address": {"streetAddress": "Europaplatz 1", "postalCode": "44575", "locality": "Castrop-Rauxel"},
              "createdAt": "2026-11-21T09:00:00Z",
              "updatedAt": "2026-11-21T09:00:00Z"
            }
            """;

    static final String INVALID = """
            {
              "type": "urn:problem:servicecenter-verbund:validation-failed",
              "title": "Invalid input",
              "status": 400,
              "detail": "2 fields are invalid.",
              "instance": "/api/v1/towns",
              "errors": [
                {"field": "ags", "message": "must be the 8-digit Amtlicher Gemeindeschlüssel, e.g. 05562004"},
                {"field": "centralNumbers[0]", "message": "must be an E.164 phone number such as +4923051060 (plus sign, country code, no spaces)"}
              ]
            }
            """;

    static final String DUPLICATE = """
            {
              "type": "urn:problem:servicecenter-verbund:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "a tenant with id 'castrop-rauxel' already exists",
              "instance": "/api/v1/towns",
              "errors": [{"field": "id", "message": "a tenant with id 'castrop-rauxel' already exists"}]
            }
            """;

    static final String NOT_FOUND = """
            {
              "type": "urn:problem:servicecenter-verbund:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No town 'bottrop'.",
              "instance": "/api/v1/towns/bottrop"
            }
            """;

    static final String STALE = """
            {
              "type": "urn:problem:servicecenter-verbund:precondition-failed",
              "title": "Precondition failed",
              "status": 412,
              "detail": "The resource was changed by someone else (current version \\"3\\"); read it again and reapply your change.",
              "instance": "/api/v1/towns/castrop-rauxel"
            }
            """;

    private TenantExamples() {
    }
}
