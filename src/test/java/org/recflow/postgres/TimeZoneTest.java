package org.recflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 1: a period closes at the same UTC instant whatever zone the server's JVM runs in, across restarts in
 * other zones on one database. Each step runs in a server JVM of its own ({@link ClusterTest.NodeProcess}, the
 * {@code sim} profile) started with {@code TZ} and {@code -Duser.timezone} set to Europe/Zurich, then America/New_York,
 * then Pacific/Kiritimati (UTC+14), on one H2 file and on one PostgreSQL database. The Last Calls close on the nights
 * summer time starts and ends in Europe (2027-03-28, 2027-10-31, timers at 00:00:00Z). In each zone:
 * <ul>
 * <li>Camunda's timer is due at 00:00:00Z after the close, as the engine's REST API reads it back;</li>
 * <li>a comment sent at 23:59:59Z is accepted and the Last Call is still open;</li>
 * <li>at 00:00:00Z the timer closes it, and the history records the close at that instant.</li>
 * </ul>
 * Before the JVM was pinned to UTC ({@code org.recflow.UtcTimeZone}) the timer written in Zurich ran six hours late in
 * New York, and one written in New York ran early in Zurich.
 */
@Tag("restart")
@DisplayName("Periods close at the same UTC instant in every zone, across restarts in other zones (H2 and PostgreSQL)")
class TimeZoneTest {

    static final List<String> ZONES = List.of("Europe/Zurich", "America/New_York", "Pacific/Kiritimati");

    @TempDir Path dir;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<ClusterTest.NodeProcess> started = new ArrayList<>();
    ClusterTest.NodeProcess node;

    @AfterEach
    void stopAll() throws InterruptedException {
        for (ClusterTest.NodeProcess n : started) {
            if (n.alive()) {
                n.kill();
            }
        }
    }

    @Test
    @Timeout(900)
    void onH2() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("recflow").toAbsolutePath() + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
        scenario(List.of("--spring.profiles.active=sim", "--spring.datasource.url=" + url));
    }

    @Test
    @Timeout(900)
    void onPostgres() throws Exception {
        String url = PostgresDatabase.fresh("zones");
        scenario(List.of("--spring.profiles.active=postgres,sim", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.USER, "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                "--spring.datasource.hikari.data-source-properties.currentSchema=public"));
    }

    void scenario(List<String> database) throws Exception {
        // --- in Zurich: a Last Call closing the night summer time starts (timer 2027-03-28T00:00:00Z) ---
        start(ZONES.get(0), database);
        clock("2027-02-27T09:00:00Z");
        long spring = create();
        long autumn = create();
        JsonNode announced = call("POST", "/api/approvals/" + spring + "/last-call", "tsb", "{\"announcedOn\":\"2027-02-27\"}", 200);
        assertThat(announced.at("/lastCall/closesAt").asText()).isEqualTo("2027-03-27T23:59:59Z");
        assertThat(timer(spring)).as("timer written in Zurich").isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
        node.stop();

        // --- restarted in New York on the same database ---
        start(ZONES.get(1), database);
        assertThat(timer(spring)).as("the same timer read in New York").isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
        lastSecondAndClose(spring, "2027-03-27T23:59:59Z", "2027-03-28T00:00:00Z", "ms-fra");
        // a Last Call announced in New York, closing the night summer time ends (timer 2027-10-31T00:00:00Z)
        clock("2027-10-02T09:00:00Z");
        call("POST", "/api/approvals/" + autumn + "/last-call", "tsb", "{\"announcedOn\":\"2027-10-02\"}", 200);
        assertThat(timer(autumn)).as("timer written in New York").isEqualTo(Instant.parse("2027-10-31T00:00:00Z"));
        node.stop();

        // --- restarted at UTC+14 on the same database ---
        start(ZONES.get(2), database);
        assertThat(timer(autumn)).as("the same timer read at UTC+14").isEqualTo(Instant.parse("2027-10-31T00:00:00Z"));
        lastSecondAndClose(autumn, "2027-10-30T23:59:59Z", "2027-10-31T00:00:00Z", "ms-deu");
        node.stop();
    }

    /** At the last second a comment is accepted and the Last Call stays open; at the next, the timer closes it. */
    void lastSecondAndClose(long id, String lastSecond, String closes, String state) throws Exception {
        // (other jobs may fall due on the way, e.g. the history cleanup of the postgres profile: the approval is what counts)
        clock(lastSecond);
        assertThat(timer(id)).as("still waiting at " + lastSecond).isEqualTo(Instant.parse(closes));
        call("POST", "/api/approvals/" + id + "/comments", state,
                "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"sent one second before 24:00 UTC\"}", 201);
        assertThat(call("GET", "/api/approvals/" + id, "tsb", null, 200).path("status").asText()).isEqualTo("LAST_CALL");
        JsonNode moved = clock(closes);
        assertThat(moved.path("timersFired").asInt()).as("timers run at " + closes).isPositive();
        JsonNode after = call("GET", "/api/approvals/" + id, "tsb", null, 200);
        assertThat(after.path("status").asText()).isEqualTo("LAST_CALL_JUDGEMENT");
        List<String> closedAt = new ArrayList<>();
        after.path("history").forEach(h -> {
            if (h.path("action").asText().equals("LAST_CALL_CLOSED")) {
                closedAt.add(h.path("at").asText());
                assertThat(h.path("detail").asText()).startsWith("1 comment");
            }
        });
        assertThat(closedAt).containsExactly(closes);
    }

    void start(String zone, List<String> database) throws Exception {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        node = ClusterTest.NodeProcess.start("zone-" + zone.replace('/', '-'), Map.of("TZ", zone),
                List.of("-Duser.timezone=" + zone), args, Instant.parse("2027-01-01T00:00:00Z"));
        started.add(node);
    }

    long create() throws Exception {
        return call("POST", "/api/approvals", "chair-sg20", ClusterTest.aapRequest(), 201).path("id").asLong();
    }

    JsonNode clock(String instant) throws Exception {
        return call("PUT", "/api/sim/clock", "tsb", "{\"now\":\"" + instant + "\"}", 200);
    }

    /** The due instant of the one timer of that approval's process, as Camunda's REST API reads it from its table. */
    Instant timer(long id) throws Exception {
        JsonNode instances = call("GET", "/engine-rest/process-instance?businessKey=APPROVAL-" + id, "tsb", null, 200);
        assertThat(instances.size()).isOne();
        JsonNode jobs = call("GET", "/engine-rest/job?timers=true&processInstanceId=" + instances.get(0).path("id").asText(), "tsb", null, 200);
        assertThat(jobs.size()).isOne();
        return OffsetDateTime.parse(jobs.get(0).path("dueDate").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    }

    JsonNode call(String method, String path, String user, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " in " + node.name + ": " + response.body()).isEqualTo(expected);
        return json.readTree(response.body());
    }
}
