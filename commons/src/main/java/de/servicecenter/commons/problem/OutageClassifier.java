package de.servicecenter.commons.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells an outage from a bug. An exception that comes from the database being down, restarting, failing over or
 * out of connections is a passing condition: the client should try again, and a phone system that stores its
 * contacts with idempotency keys loses nothing by it. Those answer 503 with {@code Retry-After}; everything else
 * stays a 500 with a reference to the log.
 */
final class OutageClassifier {

    /**
     * PostgreSQL's SQLSTATE classes and codes that mean "not now" rather than "never": connection exceptions
     * (08), insufficient resources such as too many connections (53), operator intervention such as a shutdown or
     * a starting server (57P01-57P05), and a transaction that lost a serialization race or a deadlock
     * (40001, 40P01), which succeeds when tried again.
     */
    private static final Set<String> PASSING_CLASSES = Set.of("08", "53");
    private static final Set<String> PASSING_CODES = Set.of("57P01", "57P02", "57P03", "57P04", "57P05", "40001",
            "40P01");
    private static final int MAX_CAUSES = 32;
    static final String DATABASE = "The database";
    static final String ANOTHER_SERVICE = "A service this one depends on";

    private OutageClassifier() {
    }

    /** What is unavailable, when {@code failure} is an outage rather than a bug. */
    static Optional<String> outageIn(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return Optional.of(DATABASE);
            }
            if (cause instanceof SQLException sql && isPassing(sql)) {
                return Optional.of(DATABASE);
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return Optional.of(ANOTHER_SERVICE);
            }
        }
        return Optional.empty();
    }

    private static boolean isPassing(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // the connection pool's own refusal carries no SQLSTATE: "Acquisition timeout while waiting for new
            // connection", "Sorry, acquisition timeout!"
            return String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return state.length() >= 2 && PASSING_CLASSES.contains(state.substring(0, 2)) || PASSING_CODES.contains(state);
    }
}
