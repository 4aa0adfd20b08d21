package de.servicecenter.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A database that is down, failing over or full answers 503 with Retry-After; a bug stays a 500. */
class OutageClassifierTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void connectionFailuresOfTheDatabaseAreOutages() {
        assertThat(statusOf(new SQLException("An I/O error occurred while sending to the backend.", "08006"))).isEqualTo(503);
        assertThat(statusOf(new SQLException("Connection to 127.0.0.1:15432 refused.", "08001"))).isEqualTo(503);
        assertThat(statusOf(new SQLException("terminating connection due to administrator command", "57P01")))
                .isEqualTo(503);
        assertThat(statusOf(new SQLException("the database system is starting up", "57P03"))).isEqualTo(503);
        assertThat(statusOf(new SQLException("too many connections for role \"contact_service\"", "53300")))
                .isEqualTo(503);
        assertThat(statusOf(new SQLException("Acquisition timeout while waiting for new connection"))).isEqualTo(503);
        assertThat(statusOf(new SQLTransientConnectionException("gone"))).isEqualTo(503);
    }

    @Test
    void anOutageWrappedByTheLayersAboveIsStillFound() {
        Exception wrapped = new IllegalStateException("could not execute statement",
                new RuntimeException("JDBC exception", new SQLException("An I/O error occurred", "08006")));
        Response response = mappers.unexpected(wrapped, null);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        ProblemDetail problem = (ProblemDetail) response.getEntity();
        assertThat(problem.type()).isEqualTo(ProblemType.DEPENDENCY_UNAVAILABLE.type());
        assertThat(problem.detail()).startsWith("The database is unavailable").doesNotContain("08006", "SQLException");
        assertThat(statusOf(new RuntimeException(new ConnectException("Connection refused")))).isEqualTo(503);
    }

    @Test
    void errorsThatTryingAgainDoesNotCureStay500s() {
        assertThat(statusOf(new SQLException("duplicate key value violates unique constraint", "23505"))).isEqualTo(500);
        assertThat(statusOf(new SQLException("syntax error at or near", "42601"))).isEqualTo(500);
        assertThat(statusOf(new SQLException("something without a state"))).isEqualTo(500);
        assertThat(statusOf(new NullPointerException())).isEqualTo(500);
    }

    private int statusOf(Throwable failure) {
        return mappers.unexpected(failure, null).getStatus();
    }
}
