package org.recflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.recflow.RecflowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two recflow nodes on one PostgreSQL database, each with its job executor on, as a cluster runs:
 * <ul>
 * <li>node A: a JVM of its own ({@link ClusterNode}), so that it can really be killed ({@code kill -9});</li>
 * <li>node B: an application context in the test's JVM.</li>
 * </ul>
 * Approvals are started, announced and replied to through both nodes' HTTP APIs. The simulated engine clock moves on
 * both nodes (node A through its standard input, node B through {@link ClockUtil}); nothing else drives the timers:
 * the job executors find them due and run them. Round 1: many periods close at the same instant and each has its
 * effect once. Round 2: node A is killed while it runs the closes, node B finishes every one of them.
 * <p>
 * The job executor settings are the ones docs/OPERATIONS.md recommends, except that the nodes poll for due jobs
 * every 200 ms (at most every second) rather than every 5 s (at most every minute), so that the test waits less.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Two nodes on one PostgreSQL: every close once, and one node finishes what a killed one left")
class ClusterTest {

    static final int AAP_PER_ROUND = 40;
    static final int TAP_APPROVALS = 8;
    static final Duration POLL_LIMIT = Duration.ofSeconds(60);
    static final String[] STATES = {"FRA", "DEU", "BRA", "JPN", "KEN", "CHN", "IND", "USA", "GBR", "ITA"};

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    String url;
    NodeProcess nodeA;
    ConfigurableApplicationContext nodeB;
    int portB;

    final List<Long> round1Aap = new ArrayList<>();
    final List<Long> round1Tap = new ArrayList<>();

    // --- the nodes -------------------------------------------------------------------------------------

    List<String> nodeArguments(String hostname) {
        return List.of(
                "--spring.profiles.active=postgres",
                // the test signs in with the demo accounts, which the postgres profile alone refuses (SafeDefaults)
                "--recflow.demo-accounts-on-any-database=true",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.USER,
                "--spring.datasource.password=" + PostgresDatabase.PASSWORD,
                // Camunda's tables in schema public (see PostgresScenarioTest)
                "--spring.datasource.hikari.data-source-properties.currentSchema=public",
                // pg_stat_activity.application_name tells the nodes' connections apart
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + hostname,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.deployment-aware=false",
                "--camunda.bpm.job-execution.lock-time-in-millis=300000",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                // the history cleanup window docs/OPERATIONS.md recommends: its one job runs on either node as days pass
                "--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime=01:00+0000",
                "--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowEndTime=05:00+0000",
                // the job log (act_hi_job_log.hostname_) names the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.camunda.bpm=WARN",
                "--logging.level.org.flywaydb=WARN");
    }

    @BeforeAll
    void startNodes() throws Exception {
        url = PostgresDatabase.fresh("cluster");
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        // one after the other: the first node creates Camunda's tables and runs the migrations, the second finds them
        nodeA = NodeProcess.start("node-a", nodeArguments("node-a"), start);
        List<String> args = new ArrayList<>(nodeArguments("node-b"));
        // two engines in one JVM would share Camunda's static registry of engines under one name
        args.add("--camunda.bpm.generate-unique-process-engine-name=true");
        nodeB = new SpringApplicationBuilder(RecflowApplication.class).run(args.toArray(String[]::new));
        portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
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

    /** The simulated clock moves on every living node. */
    void clock(String iso) throws Exception {
        Instant now = Instant.parse(iso);
        if (nodeA.alive()) {
            nodeA.clock(now);
        }
        ClockUtil.setCurrentTime(Date.from(now));
    }

    int port(int i) {
        return i % 2 == 0 ? nodeA.port : portB;
    }

    // --- round 1 -------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Timeout(150)
    void manyPeriodsClosingAtTheSameInstantEachTakeEffectOnce() throws Exception {
        // TAP: requested and consultations announced through both nodes
        clock("2026-12-01T09:00:00Z");
        for (int i = 0; i < TAP_APPROVALS; i++) {
            round1Tap.add(create(port(i), "chair-sg3", tapRequest()));
        }
        clock("2027-01-06T08:00:00Z");
        for (int i = 0; i < TAP_APPROVALS; i++) {
            call(port(i + 1), "POST", "/api/approvals/" + round1Tap.get(i) + "/consultation", "tsb", "{\"announcedOn\":\"2027-01-06\"}", 200);
        }
        // AAP: requested and Last Calls announced the same day through both nodes, so all close at the same instant
        clock("2027-01-11T09:00:00Z");
        for (int i = 0; i < AAP_PER_ROUND; i++) {
            round1Aap.add(create(port(i), "chair-sg20", aapRequest()));
        }
        clock("2027-01-18T08:00:00Z");
        for (int i = 0; i < AAP_PER_ROUND; i++) {
            JsonNode v = call(port(i + 1), "POST", "/api/approvals/" + round1Aap.get(i) + "/last-call", "tsb",
                    "{\"announcedOn\":\"2027-01-18\"}", 200);
            assertThat(v.at("/lastCall/closesAt").asText()).isEqualTo("2027-02-15T23:59:59Z");
        }
        // comments on every fourth AAP text; TAP replies: 7 of 10 in favour on even texts, 6 of 9 on odd ones
        clock("2027-02-01T10:00:00Z");
        for (int i = 0; i < AAP_PER_ROUND; i += 4) {
            call(port(i), "POST", "/api/approvals/" + round1Aap.get(i) + "/comments", "ms-fra",
                    "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"'recieve' in 6.2\"}", 201);
        }
        int sent = 0;
        for (int i = 0; i < TAP_APPROVALS; i++) {
            int support = i % 2 == 0 ? 7 : 6;
            for (int r = 0; r < support + 3; r++) {
                String position = r < support ? "SUPPORT" : "AGAINST";
                String body = r < support ? "{\"position\":\"SUPPORT\"}"
                        : "{\"position\":\"AGAINST\",\"reasons\":\"not ready\",\"proposedChanges\":\"more work\"}";
                JsonNode reply = call(port(sent++), "PUT", "/api/approvals/" + round1Tap.get(i) + "/replies/" + STATES[r],
                        "ms-" + STATES[r].toLowerCase(), body, 200);
                assertThat(reply.get("position").asText()).isEqualTo(position);
            }
        }
        assertThat(statuses(round1Aap)).containsOnlyKeys("LAST_CALL");

        // midnight after the close: both job executors find the 40 timers due at the same instant
        clock("2027-02-16T00:00:00Z");
        await("every Last Call closed", () -> !statuses(round1Aap).containsKey("LAST_CALL"));
        clock("2027-03-24T00:00:00Z");
        await("every consultation closed", () -> !statuses(round1Tap).containsKey("CONSULTATION"));

        for (int i = 0; i < AAP_PER_ROUND; i++) {
            long id = round1Aap.get(i);
            boolean commented = i % 4 == 0;
            JsonNode v = call(port(i), "GET", "/api/approvals/" + id, "tsb", null, 200);
            assertThat(v.get("status").asText()).as("approval %d", id).isEqualTo(commented ? "LAST_CALL_JUDGEMENT" : "APPROVED");
            assertThat(historyCount(id, "LAST_CALL_CLOSED")).as("LAST_CALL_CLOSED of %d", id).isOne();
            assertThat(historyCount(id, "OUTCOME")).as("OUTCOME of %d", id).isEqualTo(commented ? 0 : 1);
            assertThat(deadlines(id, "LAST_CALL_CLOSE", false)).as("LAST_CALL_CLOSE of %d", id).isOne();
            assertThat(deadlines(id, "NOTIFICATION", true)).as("open NOTIFICATION of %d", id).isEqualTo(commented ? 0 : 1);
            assertThat(successfulJobs(id)).as("timer runs of %d", id).isOne();
        }
        for (int i = 0; i < TAP_APPROVALS; i++) {
            long id = round1Tap.get(i);
            boolean continues = i % 2 == 0;
            JsonNode v = call(port(i + 1), "GET", "/api/approvals/" + id, "tsb", null, 200);
            assertThat(v.get("status").asText()).as("approval %d", id).isEqualTo(continues ? "AWAITING_MEETING" : "NOT_APPROVED");
            assertThat(v.at("/tally/counted").asInt()).isEqualTo(continues ? 10 : 9);
            assertThat(replyRows(id)).isEqualTo(continues ? 10 : 9);
            assertThat(historyCount(id, "CONSULTATION_CLOSED")).as("CONSULTATION_CLOSED of %d", id).isOne();
            assertThat(historyCount(id, "OUTCOME")).as("OUTCOME of %d", id).isEqualTo(continues ? 0 : 1);
            assertThat(successfulJobs(id)).as("timer runs of %d", id).isOne();
        }
        assertThat(failedJobs()).as("jobs left with an exception").isZero();
        System.out.println("cluster round 1: timers run per node " + jobsPerNode(round1Aap) + " (AAP), "
                + jobsPerNode(round1Tap) + " (TAP); failed job runs logged (optimistic locking between nodes) "
                + failedJobLogs());
    }

    // --- round 2: node A dies in the middle -----------------------------------------------------------------------

    @Test
    @Order(2)
    @Timeout(150)
    void aKilledNodesClosesAreFinishedByTheOtherOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        clock("2027-04-01T09:00:00Z");
        for (int i = 0; i < AAP_PER_ROUND; i++) {
            ids.add(create(port(i), "chair-sg20", aapRequest()));
        }
        String closesAt = null;
        for (int i = 0; i < AAP_PER_ROUND; i++) {
            JsonNode v = call(port(i + 1), "POST", "/api/approvals/" + ids.get(i) + "/last-call", "tsb",
                    "{\"announcedOn\":\"2027-04-01\"}", 200);
            closesAt = v.at("/lastCall/closesAt").asText();
        }
        Instant due = Instant.parse(closesAt).plusSeconds(1);
        assertThat(due).isEqualTo("2027-04-30T00:00:00Z");

        // only node A's clock reaches the close: it alone starts running the timers; kill -9 it at the first close
        nodeA.clock(due);
        await("node A closing the first Last Call", () -> closed(ids) > 0);
        nodeA.kill();
        // a commit node A sent just before it died may still be applied: count once its connections are gone
        await("node A's connections closed", () -> count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'node-a'") == 0);
        int closedByA = closed(ids);
        int lockedByA = lockedJobs(ids);
        System.out.println("cluster round 2: node A killed after closing " + closedByA + " of " + AAP_PER_ROUND
                + " Last Calls, holding the lock of " + lockedByA + " more");
        assertThat(closedByA).as("node A was killed in the middle of the closes").isLessThan(AAP_PER_ROUND);

        // node B's clock moves past the close and past the 5 minutes node A's locks last
        clock(due.plus(Duration.ofMinutes(10)).toString());
        await("node B closing every Last Call", () -> closed(ids) == AAP_PER_ROUND);
        await("node B approving every text", () -> statuses(ids).keySet().equals(java.util.Set.of("APPROVED")));

        for (long id : ids) {
            assertThat(historyCount(id, "LAST_CALL_CLOSED")).as("LAST_CALL_CLOSED of %d", id).isOne();
            assertThat(historyCount(id, "OUTCOME")).as("OUTCOME of %d", id).isOne();
            assertThat(deadlines(id, "NOTIFICATION", true)).as("open NOTIFICATION of %d", id).isOne();
            assertThat(successfulJobs(id)).as("timer runs of %d", id).isOne();
        }
        Map<String, Integer> perNode = jobsPerNode(ids);
        assertThat(perNode.getOrDefault("node-a", 0)).isEqualTo(closedByA);
        assertThat(perNode.getOrDefault("node-b", 0)).isEqualTo(AAP_PER_ROUND - closedByA);
        assertThat(lockedJobs(ids)).isZero();
        assertThat(failedJobs()).isZero();
        JsonNode list = call(portB, "GET", "/api/approvals?studyGroup=SG20&status=APPROVED", "tsb", null, 200);
        assertThat(list.size()).isEqualTo(AAP_PER_ROUND - AAP_PER_ROUND / 4 + AAP_PER_ROUND);
        System.out.println("cluster round 2: timers run per node " + perNode + "; history cleanup runs "
                + count("SELECT count(*) FROM act_hi_job_log WHERE job_def_type_ = 'history-cleanup' AND job_state_ = 2"));
    }

    // --- requests ---------------------------------------------------------------------------------------------

    static String aapRequest() {
        return """
                {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
                 "studyGroup":"SG20","questions":["Q2/20"],"summary":"Defines a reference model for digital twins of cities.",
                 "textReference":"SG20-TD1234","agreedOn":"2026-11-20"}""";
    }

    static String tapRequest() {
        return """
                {"procedure":"TAP","recommendation":"D.50","revision":"REVISED","title":"International Internet connectivity",
                 "studyGroup":"SG3","questions":["Q1/3"],"summary":"Principles for charging international Internet connectivity.",
                 "textReference":"SG3-TD100","agreedOn":"2026-11-30","nextMeeting":{"start":"2027-04-06","end":"2027-04-15"}}""";
    }

    long create(int port, String user, String body) throws Exception {
        return call(port, "POST", "/api/approvals", user, body, 201).get("id").asLong();
    }

    JsonNode call(int port, String method, String path, String user, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " on port " + port + ": " + response.body()).isEqualTo(expected);
        return json.readTree(response.body());
    }

    // --- the database, read directly ----------------------------------------------------------------------------

    <T> T query(String sql, SqlReader<T> reader, Object... params) {
        try (Connection c = DriverManager.getConnection(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    interface SqlReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    int count(String sql, Object... params) {
        return query(sql, rs -> {
            rs.next();
            return rs.getInt(1);
        }, params);
    }

    static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    Map<String, Integer> statuses(List<Long> ids) {
        return query("SELECT status, count(*) FROM recflow.approval WHERE id IN " + in(ids) + " GROUP BY status", rs -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
            return out;
        });
    }

    int historyCount(long id, String action) {
        return count("SELECT count(*) FROM recflow.history_entry WHERE subject_type = 'APPROVAL' AND subject_id = ? AND action = ?",
                id, action);
    }

    int deadlines(long id, String kind, boolean openOnly) {
        return count("SELECT count(*) FROM recflow.deadline WHERE subject_type = 'APPROVAL' AND subject_id = ? AND kind = ?"
                + (openOnly ? " AND closed_at IS NULL" : ""), id, kind);
    }

    int replyRows(long id) {
        return count("SELECT count(*) FROM recflow.consultation_reply WHERE subject_type = 'APPROVAL' AND subject_id = ?", id);
    }

    int closed(List<Long> ids) {
        return count("SELECT count(DISTINCT subject_id) FROM recflow.history_entry WHERE subject_type = 'APPROVAL'"
                + " AND action = 'LAST_CALL_CLOSED' AND subject_id IN " + in(ids));
    }

    static String processes(List<Long> ids) {
        return ids.stream().map(id -> "'APPROVAL-" + id + "'").collect(Collectors.joining(",", "(", ")"));
    }

    /** Successful runs of the approval's timer jobs, from Camunda's job log (written in the job's transaction). */
    int successfulJobs(long id) {
        return count("SELECT count(*) FROM act_hi_job_log l JOIN act_hi_procinst p ON p.id_ = l.process_instance_id_"
                + " WHERE p.business_key_ = ? AND l.job_state_ = 2", "APPROVAL-" + id);
    }

    Map<String, Integer> jobsPerNode(List<Long> ids) {
        return query("SELECT l.hostname_, count(*) FROM act_hi_job_log l JOIN act_hi_procinst p ON p.id_ = l.process_instance_id_"
                + " WHERE p.business_key_ IN " + processes(ids) + " AND l.job_state_ = 2 GROUP BY l.hostname_ ORDER BY 1", rs -> {
                    Map<String, Integer> out = new LinkedHashMap<>();
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                    return out;
                });
    }

    int lockedJobs(List<Long> ids) {
        return count("SELECT count(*) FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_"
                + " WHERE e.business_key_ IN " + processes(ids) + " AND j.lock_owner_ IS NOT NULL");
    }

    int failedJobs() {
        return count("SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL OR retries_ < 3");
    }

    int failedJobLogs() {
        return count("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1");
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + POLL_LIMIT + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    // --- node A's JVM ---------------------------------------------------------------------------------------------

    /** A recflow node in a JVM of its own (ClusterNode), with its output in a log file under the temporary folder. */
    public static final class NodeProcess {

        final String name;
        final Process process;
        final PrintWriter commands;
        final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        final Path log;
        int port;

        private NodeProcess(String name, Process process, Path log) {
            this.name = name;
            this.process = process;
            this.log = log;
            this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            Thread reader = new Thread(this::drain, name + "-output");
            reader.setDaemon(true);
            reader.start();
        }

        static NodeProcess start(String name, List<String> args, Instant clock) throws Exception {
            return start(name, Map.of(), List.of(), args, clock);
        }

        /** As {@link #start(String, List, Instant)}, with more environment variables and JVM options (e.g. {@code TZ}). */
        public static NodeProcess start(String name, Map<String, String> environment, List<String> jvmOptions, List<String> args,
                Instant clock) throws Exception {
            // an empty entry (surefire's class path ends with one) would put the working directory on the class path,
            // and with it ./processes/*.bpmn a second time
            String classpath = java.util.Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(java.io.File.pathSeparator)).filter(e -> !e.isBlank()).collect(Collectors.joining(java.io.File.pathSeparator));
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-Drecflow.clock=" + clock, "-cp", classpath, ClusterNode.class.getName()));
            cmd.addAll(args);
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "recflow-cluster-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process p = builder.start();
            NodeProcess node = new NodeProcess(name, p, log);
            String ready = node.expect("READY ", Duration.ofSeconds(150));
            node.port = Integer.parseInt(ready.substring("READY ".length()).trim());
            return node;
        }

        private void drain() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.write(line);
                    out.write('\n');
                    out.flush();
                    if (line.startsWith(ClusterNode.PREFIX)) {
                        replies.add(line.substring(ClusterNode.PREFIX.length()));
                    }
                }
            } catch (IOException e) {
                // the node was killed
            }
        }

        String expect(String prefix, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                String line = replies.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !process.isAlive()) {
                    throw new AssertionError(name + " ended (exit " + process.exitValue() + "), see " + log);
                }
            }
            throw new AssertionError(name + " did not answer " + prefix + " within " + limit + ", see " + log);
        }

        boolean alive() {
            return process.isAlive();
        }

        void clock(Instant now) throws InterruptedException {
            commands.println("clock " + now);
            expect("CLOCK " + now, Duration.ofSeconds(10));
        }

        /** The port its HTTP server listens on. */
        public int port() {
            return port;
        }

        /** A graceful stop ({@code stop} on its standard input), as an operator's restart. */
        public void stop() throws InterruptedException {
            commands.println("stop");
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }

        /** kill -9: no shutdown hook, no graceful stop of the job executor, open transactions cut off. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
