package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is out of reach" (503 UNAVAILABLE), through Spring's and Camunda's wrappers. */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAreRecognisedThroughTheirWrappers() {
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("could not open JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001")))).isTrue();
        // PostgreSQL's driver: a plain SQLException with the server's SQLSTATE, under MyBatis and the engine
        assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03004",
                new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("An I/O error occurred", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DuplicateKeyException("dup", new SQLException("duplicate key", "23505")))).isFalse();
        // a serialisation failure or deadlock is a conflict between requests, not an absent database
        assertThat(DatabaseUnavailable.causedBy(new SQLTransactionRollbackException("could not serialize", "40001"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
    }

    @Test
    void theAnswerIs503WithRetryAfter() {
        var answer = DatabaseUnavailable.response();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(answer.getBody()).isInstanceOfSatisfying(org.springframework.http.ProblemDetail.class,
                p -> assertThat(p.getProperties()).containsEntry("code", "UNAVAILABLE"));
    }
}
