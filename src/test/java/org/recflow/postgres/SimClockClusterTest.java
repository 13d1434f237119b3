package org.recflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.recflow.RecflowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 8: "the sim clock, where two nodes run, moves on both". Two nodes of the {@code sim} profile on one
 * PostgreSQL database (node A in a JVM of its own, since the engine clock is a static of the JVM): moving the clock
 * through one node's {@code PUT /api/sim/clock} moves it on the other (what it shows, and the deadlines it reckons
 * overdue), and neither can move it back. Today each node keeps its own clock (SimulatedClock sets the JVM's ClockUtil and only reads
 * recflow.sim_clock at start-up): disabled until SimulatedClock follows the shared row, see docs/OPERATIONS.md.
 */
@Tag("cluster")
@DisplayName("Two sim nodes on one PostgreSQL share the simulated clock")
class SimClockClusterTest {

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    ClusterTest.NodeProcess nodeA;
    ConfigurableApplicationContext nodeB;

    @AfterEach
    void stop() throws InterruptedException {
        try {
            if (nodeA != null) {
                nodeA.kill();
            }
            if (nodeB != null) {
                nodeB.close();
            }
        } finally {
            ClockUtil.reset();
        }
    }

    static List<String> arguments(String url) {
        return List.of(
                "--spring.profiles.active=postgres,sim",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.USER,
                "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                "--spring.datasource.hikari.data-source-properties.currentSchema=public",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }

    @Test
    @Timeout(240)
    void movingTheClockOnOneNodeMovesItOnTheOther() throws Exception {
        String url = PostgresDatabase.fresh("simcluster");
        nodeA = ClusterTest.NodeProcess.start("sim-node-a", arguments(url), Instant.parse("2027-01-04T09:00:00Z"));
        List<String> args = new ArrayList<>(arguments(url));
        args.add("--camunda.bpm.generate-unique-process-engine-name=true");
        nodeB = new SpringApplicationBuilder(RecflowApplication.class).run(args.toArray(String[]::new));
        int a = nodeA.port;
        int b = ((WebServerApplicationContext) nodeB).getWebServer().getPort();

        call(b, "PUT", "/api/sim/clock", "{\"now\":\"2027-01-11T09:00:00Z\"}", 200);
        awaitClock(a, "2027-01-11T09:00:00Z");

        long id = call(a, "POST", "/api/approvals", """
                {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
                 "studyGroup":"SG20","questions":["Q2/20"],"summary":"Defines a reference model for digital twins of cities.",
                 "textReference":"SG20-TD1234","agreedOn":"2027-01-08"}""", 201).get("id").asLong();
        call(a, "POST", "/api/approvals/" + id + "/last-call", "{\"announcedOn\":\"2027-01-11\"}", 200);

        // node A moves past the close and runs the timer; node B sees the new time, and with it the circular overdue
        JsonNode moved = call(a, "PUT", "/api/sim/clock", "{\"now\":\"2027-02-09T00:00:00Z\"}", 200);
        // the Last Call timer, and with the postgres profile possibly the history cleanup job too
        assertThat(moved.get("timersFired").asInt()).isGreaterThanOrEqualTo(1);
        awaitClock(b, "2027-02-09T00:00:00Z");
        JsonNode approved = call(b, "GET", "/api/approvals/" + id, null, 200);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/deadlines/0/kind").asText()).isEqualTo("NOTIFICATION");
        assertThat(approved.at("/deadlines/0/overdue").asBoolean()).isFalse();
        call(a, "PUT", "/api/sim/clock", "{\"now\":\"2027-02-24T00:00:00Z\"}", 200);
        awaitClock(b, "2027-02-24T00:00:00Z");
        assertThat(call(b, "GET", "/api/approvals/" + id, null, 200).at("/deadlines/0/overdue").asBoolean()).isTrue();

        // and never back: node B cannot move the shared clock behind node A's
        call(b, "PUT", "/api/sim/clock", "{\"now\":\"2027-02-20T00:00:00Z\"}", 400);
    }

    /** Every request first catches up with the shared time, so the very next read must show it: no polling. */
    void awaitClock(int port, String expected) throws Exception {
        String now = call(port, "GET", "/api/sim/clock", null, 200).get("now").asText();
        if (!Instant.parse(now).equals(Instant.parse(expected))) {
            throw new AssertionError("the node on port " + port + " still says " + now + ", not " + expected);
        }
    }

    JsonNode call(int port, String method, String path, String body, int expected) throws Exception {
        String user = path.contains("/comments") ? "ms-fra" : path.equals("/api/approvals") ? "chair-sg20" : "tsb";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " on port " + port + ": " + response.body()).isEqualTo(expected);
        return json.readTree(response.body());
    }
}
