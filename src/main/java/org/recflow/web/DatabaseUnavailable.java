package org.recflow.web;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A request that failed because the database was out of reach (PostgreSQL restarting, the network to it down, the
 * connection pool unable to open a connection in time) is not a bug: it answers 503 {@code UNAVAILABLE} with
 * {@code Retry-After} (RFC 9110 §10.2.3, in seconds), and the client retries, with its {@code Idempotency-Key} for a
 * POST. The request changed nothing: its transaction could not begin or could not commit.
 * <p>
 * Recognised anywhere in the chain of causes, so that Spring's and Camunda's wrappers
 * ({@code CannotCreateTransactionException}, {@code ProcessEngineException} around MyBatis' {@code PersistenceException})
 * count too: the JDBC connection exceptions ({@link SQLTransientConnectionException} — Hikari's "connection is not
 * available" —, {@link SQLNonTransientConnectionException}, {@link SQLRecoverableException}), any {@link SQLException}
 * of SQLSTATE class 08 (connection exception) or PostgreSQL's 57P01-57P03 (the server shutting down or starting),
 * a refused TCP connection, and Spring's {@link DataAccessResourceFailureException} and
 * {@link TransientDataAccessResourceException}. Deadlocks and serialisation failures are not here: they are conflicts
 * between requests, not an absent database.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying; a PostgreSQL restart takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    static final String DETAIL = "the database is out of reach for a moment; nothing was changed, retry later";

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or any of its causes, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** 503 {@code UNAVAILABLE} as a problem document, with {@code Retry-After}. */
    public static ResponseEntity<Object> response() {
        ResponseEntity<Object> problem = Problems.response(ProblemCode.UNAVAILABLE, DETAIL, Map.of());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS)).body(problem.getBody());
    }

    /** The same answer written by a filter, before or outside Spring MVC. */
    public static void write(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        Problems.write(response, json, ProblemCode.UNAVAILABLE, DETAIL);
    }
}
