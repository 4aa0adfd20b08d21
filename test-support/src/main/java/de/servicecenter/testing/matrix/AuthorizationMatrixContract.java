package de.servicecenter.testing.matrix;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import de.servicecenter.testing.BrowserCrossOrigin;
import de.servicecenter.testing.robustness.DatabaseFingerprint;
import de.servicecenter.testing.robustness.GeneratedRequests;
import org.junit.jupiter.api.Test;

/**
 * What every service checks from its authorization matrix's probes: the matrix itself, a portal page on another
 * origin in a real browser, and generated requests with boundary and malformed values. A service's test extends
 * this, adds {@code @QuarkusTest} and builds its matrix — the probes of every operation.
 */
public abstract class AuthorizationMatrixContract {

    /** The service's matrix with the probes of every operation, its fixtures freshly set up. */
    protected abstract AuthorizationMatrix matrix() throws Exception;

    /** The service's test database on the local stack, e.g. {@code contact_test}. */
    protected abstract String testDatabase();

    @Test
    void everyOperationAgreesWithItsDeclarationForEveryPrincipal() throws Exception {
        assertThat(matrix().run(), empty());
    }

    /** A city portal's page on another origin reads every public operation, in a real browser (CORS). */
    @Test
    void aPortalPageOnAnotherOriginReadsEveryPublicOperation() throws Exception {
        assertThat(BrowserCrossOrigin.readEveryPublicOperation(matrix().seeds()), empty());
    }

    /** From each operation's allowed probe: boundary and malformed values everywhere, never a 5xx, never a write. */
    @Test
    void noGeneratedRequestFailsTheServiceOrWritesOnError() throws Exception {
        AuthorizationMatrix matrix = matrix();
        assertThat(new GeneratedRequests(matrix.service(), matrix.seeds(), new DatabaseFingerprint(testDatabase())).run(),
                empty());
    }
}
