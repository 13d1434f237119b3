package org.recflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The database briefly away (issue 19 item 6), over real HTTP: the application's DataSource refuses every connection
 * for a while, as the pool does when PostgreSQL restarts (an application context of its own, with its own in-memory
 * database and the job executor running). Meanwhile readiness is DOWN (liveness
 * stays UP: restarting the node would not help), the job executor's acquisition fails, and requests answer 503
 * {@code UNAVAILABLE} with {@code Retry-After}, the Idempotency-Key's path included; once the server is back, all
 * recovers without a restart and a retried POST is applied once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:recflow-test.properties", properties = {
    "spring.datasource.url=jdbc:h2:mem:recflow-database-away;DB_CLOSE_DELAY=-1",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=500"})
class DatabaseAwayTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4499","revision":"NEW","title":"Database away","studyGroup":"SG20",
             "summary":"s","textReference":"TD7","agreedOn":"2027-01-08"}""";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired DataSource dataSource;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The application's DataSource, with a switch: while the database is "away", every connection asked for is
     * refused as Hikari refuses one when the server is unreachable (SQLSTATE 08001, after the pool's timeout).
     */
    static final class BreakableDataSource extends DelegatingDataSource {
        volatile boolean away;

        BreakableDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (away) {
                throw new SQLTransientConnectionException("Connection is not available: connection refused (test)", "08001");
            }
            return super.getConnection();
        }
    }

    @TestConfiguration
    static class Breakable {
        @Bean
        static BeanPostProcessor breakableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && "dataSource".equals(name) ? new BreakableDataSource(ds) : bean;
                }
            };
        }
    }

    void database(boolean away) {
        ((BreakableDataSource) dataSource).away = away;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    HttpResponse<String> call(String method, String path, String user, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return call("GET", path, user, null, null);
    }

    JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    /** Asks again (the job executor's next acquisition, the pool's next connection) until the answer matches; at most 20 s. */
    HttpResponse<String> until(String path, String user, Predicate<HttpResponse<String>> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> last = get(path, user);
        while (!wanted.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(50); // polling a background thread (the job executor), not waiting for a timer
            last = get(path, user);
        }
        return last;
    }

    void assertUnavailable(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(body(response).get("code").asText()).isEqualTo("UNAVAILABLE");
        assertThat(response.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void readinessIsDownAndRequestsAnswer503WhileTheDatabaseIsAwayThenAllRecovers() throws Exception {
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2027-01-11T09:00:00Z")));
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(until("/actuator/health/readiness", "tsb",
                r -> r.body().contains("\"jobExecutor\":{\"status\":\"UP\"")).body()).contains("\"jobExecutor\":{\"status\":\"UP\"");
        assertThat(get("/api/approvals", "tsb").statusCode()).isEqualTo(200);

        database(true);
        try {
            HttpResponse<String> readiness = get("/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(body(readiness).get("status").asText()).isEqualTo("DOWN");
            assertThat(body(readiness).has("components")).isFalse();
            HttpResponse<String> liveness = get("/actuator/health/liveness", null);
            assertThat(liveness.statusCode()).isEqualTo(200);

            assertUnavailable(get("/api/approvals", "tsb"));
            assertUnavailable(call("POST", "/api/approvals", "chair-sg20", START, null));
            // the Idempotency-Key's filter reads its records before the controller: the same answer
            assertUnavailable(call("POST", "/api/approvals", "chair-sg20", START, "away-1"));

            JsonNode details = body(get("/actuator/health/readiness", "tsb"));
            assertThat(details.at("/components/db/status").asText()).isEqualTo("DOWN");
            HttpResponse<String> acquisitionFailing = until("/actuator/health/readiness", "tsb",
                    r -> r.body().contains("\"jobExecutor\":{\"status\":\"DOWN\""));
            assertThat(body(acquisitionFailing).at("/components/jobExecutor/status").asText()).isEqualTo("DOWN");
        } finally {
            database(false);
        }

        assertThat(until("/actuator/health/readiness", null, r -> r.statusCode() == 200).statusCode()).isEqualTo(200);
        assertThat(get("/api/approvals", "tsb").statusCode()).isEqualTo(200);
        // the client's retry with its Idempotency-Key is applied once
        HttpResponse<String> retried = call("POST", "/api/approvals", "chair-sg20", START, "away-1");
        assertThat(retried.statusCode()).isEqualTo(201);
        HttpResponse<String> again = call("POST", "/api/approvals", "chair-sg20", START, "away-1");
        assertThat(body(again).get("id").asLong()).isEqualTo(body(retried).get("id").asLong());
        JsonNode list = body(get("/api/approvals", "tsb"));
        assertThat(list.toString().split("Y\\.4499", -1)).hasSize(2);
    }
}
