package de.servicecenter.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.OIDCException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void unreachableIdentityProviderIs503WithRetryAfter() {
        Response response = mappers.identityProviderUnavailable(
                new OIDCException("OIDC Server is not available at http://10.0.0.7:8080"), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        ProblemDetail problem = (ProblemDetail) response.getEntity();
        assertThat(problem.type()).hasToString("urn:problem:servicecenter-verbund:dependency-unavailable");
        assertThat(problem.detail()).doesNotContain("10.0.0.7").doesNotContain("OIDC Server");
    }

    @Test
    void unexpectedErrorsNameAReferenceButNoInternals() {
        Response response = mappers.unexpected(
                new IllegalStateException("duplicate key value violates unique constraint \"tenant_pkey\""), null);

        assertThat(response.getStatus()).isEqualTo(500);
        ProblemDetail problem = (ProblemDetail) response.getEntity();
        assertThat(problem.detail()).startsWith("An unexpected error occurred. Reference: ")
                .doesNotContain("tenant_pkey")
                .doesNotContain("IllegalStateException");
    }
}
