package de.servicecenter.commons.openapi;

import de.servicecenter.commons.problem.StandardProblemResponses;
import de.servicecenter.commons.tenancy.AuthorizationDocumentation;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI filters every service applies (MicroProfile takes one filter class): problems, authorization, the
 * supported range of dates.
 */
public class OpenApiFilters implements OASFilter {

    private final List<OASFilter> filters = List.of(new StandardProblemResponses(), new AuthorizationDocumentation(),
            new SupportedDatesDocumentation());

    @Override
    public Operation filterOperation(Operation operation) {
        Operation filtered = operation;
        for (OASFilter filter : filters) {
            filtered = filter.filterOperation(filtered);
        }
        return filtered;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        Schema filtered = schema;
        for (OASFilter filter : filters) {
            filtered = filter.filterSchema(filtered);
        }
        return filtered;
    }
}
