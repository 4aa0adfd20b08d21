package de.servicecenter.commons.openapi;

import de.servicecenter.commons.problem.StandardProblemResponses;
import de.servicecenter.commons.tenancy.AuthorizationDocumentation;
import java.util.List;
import java.util.function.BiFunction;
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
        return applied(operation, OASFilter::filterOperation);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        return applied(schema, OASFilter::filterSchema);
    }

    /** {@code model} through every filter, in order. */
    private <T> T applied(T model, BiFunction<OASFilter, T, T> filter) {
        T filtered = model;
        for (OASFilter each : filters) {
            filtered = filter.apply(each, filtered);
        }
        return filtered;
    }
}
