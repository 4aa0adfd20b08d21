package de.servicecenter.commons.openapi;

import de.servicecenter.commons.problem.StandardProblemResponses;
import de.servicecenter.commons.tenancy.AuthorizationDocumentation;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The OpenAPI filters every service applies (MicroProfile takes one filter class): the shared vocabulary, problems, authorization, the
 * supported range of dates, what answers always carry.
 */
public class OpenApiFilters implements OASFilter {

    private final List<OASFilter> filters = List.of(new ApiVocabulary(),
            new AuthorizationDocumentation(), new StandardProblemResponses(), new SupportedDatesDocumentation(),
            new ResponseDocumentation());

    @Override
    public Operation filterOperation(Operation operation) {
        return applied(operation, OASFilter::filterOperation);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        return applied(schema, OASFilter::filterSchema);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        return applied(parameter, OASFilter::filterParameter);
    }

    @Override
    public Header filterHeader(Header header) {
        return applied(header, OASFilter::filterHeader);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        filters.forEach(filter -> filter.filterOpenAPI(openAPI));
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
