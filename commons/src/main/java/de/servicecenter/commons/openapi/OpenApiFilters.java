package de.servicecenter.commons.openapi;

import de.servicecenter.commons.problem.StandardProblemResponses;
import de.servicecenter.commons.tenancy.AuthorizationDocumentation;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/** The OpenAPI filters every service applies (MicroProfile takes one filter class): problems, then authorization. */
public class OpenApiFilters implements OASFilter {

    private final List<OASFilter> filters = List.of(new StandardProblemResponses(), new AuthorizationDocumentation());

    @Override
    public Operation filterOperation(Operation operation) {
        Operation filtered = operation;
        for (OASFilter filter : filters) {
            filtered = filter.filterOperation(filtered);
        }
        return filtered;
    }
}
