package org.recflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 7.6, crash safety: recflow runs as a separate JVM (sim profile, H2 file database with the
 * URL options of config/application.yaml) and is killed with SIGKILL in the middle of a burst of TAP
 * replies and AAP comments sent over HTTP by 16 client threads. It is started again on the same
 * database file, and then
 * <ul>
 * <li>every reply and comment that got a 2xx is there exactly once, nothing is there twice, and
 * nothing that was never sent is there;</li>
 * <li>a client retrying its unacknowledged replies still leaves one reply per Member State;</li>
 * <li>the pending timers (the Last Call's close, the consultation's close) still fire when the
 * simulated clock passes them.</li>
 * </ul>
 * Settings are program arguments: they outrank ./config/application.yaml, which the server reads from
 * the working directory. No sleeping for timers: the simulated clock runs them.
 */
@Tag("restart")
@DisplayName("A server killed (kill -9) in a burst of replies and comments loses no acknowledged submission and no timer")
class CrashSafetyTest {

    private static final String TAP_START = """
            {"procedure":"TAP","recommendation":"D.50","revision":"REVISED","title":"International Internet connectivity",
             "studyGroup":"SG3","questions":["Q1/3"],"summary":"Principles for charging international Internet connectivity.",
             "textReference":"SG3-TD100","agreedOn":"2026-11-30","nextMeeting":{"start":"2027-04-06","end":"2027-04-15"}}""";

    private static final String AAP_START = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model for digital twins of cities.",
             "textReference":"SG20-TD1234","agreedOn":"2026-11-20","nextMeeting":null,"regionalGroup":null}""";

    private static final List<String> SECTOR_MEMBERS = List.of("sm-ericsson", "sm-huawei", "sm-nokia", "sm-orange", "sm-ntt", "sm-zte");
    private static final int THREADS = 16;
    /** The server is killed once this many requests of the burst have completed (with any result). */
    private static final int KILL_AFTER = 100;
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    @TempDir Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private List<String> command;
    private Process server;
    private int port;
    private final List<Path> logs = new ArrayList<>();

    // --- the server as a separate process ------------------------------------------------------------------

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(20, TimeUnit.SECONDS);
            }
        }
        server = null;
    }

    private void prepareCommand() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // the class path can be longer than one argument may be: a java @argfile carries it
        Path argfile = dir.resolve("classpath.args");
        // (surefire's java.class.path ends with a separator: an empty entry would put the working directory,
        // with ./processes and every target*/ folder, on the class path, and Camunda would deploy each model twice)
        String cp = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank()).collect(Collectors.joining(java.io.File.pathSeparator))
                .replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(argfile, "-cp \"" + cp + "\"\n", StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the database URL of config/application.yaml with its options (durability settings included), only another file
        String url = "jdbc:h2:file:" + dir.resolve("recflow").toAbsolutePath() + configuredUrlOptions();
        System.out.println("CrashSafetyTest: database " + url);
        command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "@" + argfile.toAbsolutePath(),
                RecflowApplication.class.getName(),
                "--spring.profiles.active=sim",
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }

    /** The options (";…") of the default profile's spring.datasource.url in ./config/application.yaml. */
    @SuppressWarnings("unchecked")
    private static String configuredUrlOptions() throws IOException {
        try (var in = Files.newBufferedReader(Path.of("config", "application.yaml"), StandardCharsets.UTF_8)) {
            Map<String, Object> first = (Map<String, Object>) new Yaml().loadAll(in).iterator().next();
            Map<String, Object> datasource = (Map<String, Object>) ((Map<String, Object>) first.get("spring")).get("datasource");
            String configured = String.valueOf(datasource.get("url"));
            assertThat(configured).as("config/application.yaml's database").startsWith("jdbc:h2:file:");
            int options = configured.indexOf(';');
            return options < 0 ? "" : configured.substring(options);
        }
    }

    private void startServer(HttpClient http) throws Exception {
        Path log = dir.resolve("server-" + (logs.size() + 1) + ".log");
        logs.add(log);
        server = new ProcessBuilder(command).directory(Path.of(System.getProperty("user.dir")).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the server exited with " + server.exitValue() + " while starting:\n" + tails());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250); // polling for the server to come up, not waiting for a timer
        }
        fail("the server did not answer GET /login within " + STARTUP_LIMIT + ":\n" + tails());
    }

    private String tails() {
        StringBuilder b = new StringBuilder();
        for (Path log : logs) {
            b.append("----- ").append(log.getFileName()).append(" (last lines) -----\n");
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(l -> b.append(l).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                b.append("(unreadable: ").append(e).append(")\n");
            }
        }
        return b.toString();
    }

    // --- HTTP --------------------------------------------------------------------------------------------------

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Answer send(HttpClient http, String method, String path, String user, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            r.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private JsonNode ok(HttpClient http, String method, String path, String user, String body) throws Exception {
        Answer a = send(http, method, path, user, body, null);
        assertThat(a.status()).as(method + " " + path + " as " + user + " answered " + a.body()).isBetween(200, 299);
        return json.readTree(a.body());
    }

    private JsonNode get(HttpClient http, String path) throws Exception {
        return ok(http, "GET", path, "tsb", null);
    }

    private JsonNode clock(HttpClient http, String instant) throws Exception {
        return ok(http, "PUT", "/api/sim/clock", "tsb", "{\"now\":\"" + instant + "\"}");
    }

    // --- the burst -----------------------------------------------------------------------------------------------

    enum Kind { REPLY, COMMENT }

    enum Result { ACKNOWLEDGED, REFUSED, FAILED, NOT_SENT }

    /** One request of the burst and what became of it. */
    static final class Submission {
        final Kind kind;
        final String user;
        final String memberState; // REPLY: the State replying
        final String position;    // REPLY
        final String text;        // COMMENT: unique
        final String path;
        final String method;
        final String body;
        final String idempotencyKey;
        volatile Result result = Result.NOT_SENT;
        volatile int status;
        volatile String answer;
        volatile String failure;

        Submission(Kind kind, String user, String memberState, String position, String text, String path, String method,
                String body) {
            this.kind = kind;
            this.user = user;
            this.memberState = memberState;
            this.position = position;
            this.text = text;
            this.path = path;
            this.method = method;
            this.body = body;
            this.idempotencyKey = kind == Kind.COMMENT ? UUID.randomUUID().toString() : null;
        }

        @Override
        public String toString() {
            return method + " " + path + " as " + user + (text != null ? " text=" + text : " position=" + position) + " -> " + result
                    + (status != 0 ? " " + status : "") + (failure != null ? " (" + failure + ")" : "")
                    + (answer != null ? " " + answer : "");
        }
    }

    private static Submission reply(long tap, String code, String position) {
        String body = switch (position) {
            case "AGAINST" -> "{\"position\":\"AGAINST\",\"reasons\":\"tariff impact on " + code + "\",\"proposedChanges\":\"delete clause 4\"}";
            default -> "{\"position\":\"" + position + "\"}";
        };
        return new Submission(Kind.REPLY, "ms-" + code.toLowerCase(Locale.ROOT), code, position, null,
                "/api/approvals/" + tap + "/replies/" + code, "PUT", body);
    }

    private static Submission comment(long aap, String user, int n) {
        String text = "crash-safety " + user + " #" + n + " " + UUID.randomUUID();
        String body = "{\"kind\":\"" + (n % 2 == 0 ? "TYPOGRAPHICAL" : "SUBSTANTIVE") + "\",\"text\":\"" + text
                + "\",\"proposedChanges\":\"see " + n + "\"}";
        return new Submission(Kind.COMMENT, user, null, null, text, "/api/approvals/" + aap + "/comments", "POST", body);
    }

    /** Per client (a Member State or a Sector Member) a sequence sent in order by one thread; the clients shuffled. */
    private static List<List<Submission>> burst(long tap, long aap, List<String> states) {
        List<List<Submission>> clients = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            String code = states.get(i);
            List<Submission> seq = new ArrayList<>();
            String first = i % 5 == 0 ? "AGAINST" : i % 7 == 0 ? "NO_POSITION" : "SUPPORT";
            seq.add(reply(tap, code, first));
            if (i % 4 == 0) {
                seq.add(comment(aap, "ms-" + code.toLowerCase(Locale.ROOT), 1));
            }
            if (i % 3 == 0) {
                // a second reply: a change of mind, or (same position) a client repeating itself
                seq.add(reply(tap, code, i % 2 == 0 ? "SUPPORT" : first));
            }
            clients.add(seq);
        }
        for (String sm : SECTOR_MEMBERS) {
            List<Submission> seq = new ArrayList<>();
            for (int n = 1; n <= 8; n++) {
                seq.add(comment(aap, sm, n));
            }
            clients.add(seq);
        }
        Collections.shuffle(clients, new Random(7));
        return clients;
    }

    // --- the test -------------------------------------------------------------------------------------------------

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedSubmissionSurvivesAKillExactlyOnceAndTheTimersStillFire() throws Throwable {
        try {
            run();
        } catch (Throwable t) {
            System.err.println("CrashSafetyTest failed; server output:\n" + tails());
            throw t;
        }
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        List<String> states = memberStates();
        assertThat(states).hasSize(194);
        prepareCommand();

        // --- first run: one TAP in consultation, one AAP in Last Call ---
        HttpClient http = newClient();
        startServer(http);
        long started = System.nanoTime();
        clock(http, "2026-12-01T09:00:00Z");
        long tap = created(http, "chair-sg3", TAP_START);
        JsonNode consultation = ok(http, "POST", "/api/approvals/" + tap + "/consultation", "tsb", "{\"announcedOn\":\"2026-12-01\"}");
        assertThat(consultation.path("status").asText()).isEqualTo("CONSULTATION");
        assertThat(consultation.path("consultation").path("closesAt").asText()).isEqualTo("2027-03-23T23:59:59Z");
        long aap = created(http, "chair-sg20", AAP_START);
        JsonNode lastCall = ok(http, "POST", "/api/approvals/" + aap + "/last-call", "tsb", "{\"announcedOn\":\"2026-12-01\"}");
        assertThat(lastCall.path("status").asText()).isEqualTo("LAST_CALL");
        assertThat(lastCall.path("lastCall").path("closesAt").asText()).isEqualTo("2026-12-29T23:59:59Z");

        // one comment before the burst, so that the Last Call surely ends in a judgement
        Submission seed = comment(aap, "ms-fra", 0);
        Answer seeded = send(http, seed.method, seed.path, seed.user, seed.body, seed.idempotencyKey);
        assertThat(seeded.status()).as("seed comment: " + seeded.body()).isEqualTo(201);
        seed.status = seeded.status();
        seed.answer = seeded.body();
        seed.result = Result.ACKNOWLEDGED;

        // --- the burst, and SIGKILL in the middle of it ---
        List<List<Submission>> clients = burst(tap, aap, states);
        List<Submission> all = new ArrayList<>(List.of(seed));
        clients.forEach(all::addAll);
        CountDownLatch completed = new CountDownLatch(KILL_AFTER);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "crash-burst");
            t.setDaemon(true);
            return t;
        });
        HttpClient burstHttp = newClient();
        for (List<Submission> client : clients) {
            pool.execute(() -> {
                for (Submission s : client) {
                    if (killed.get()) {
                        return; // the rest of this client's sequence is never sent
                    }
                    try {
                        Answer a = send(burstHttp, s.method, s.path, s.user, s.body, s.idempotencyKey);
                        s.status = a.status();
                        s.answer = a.body();
                        s.result = a.ok() ? Result.ACKNOWLEDGED : Result.REFUSED;
                    } catch (IOException e) {
                        s.failure = e.getClass().getSimpleName();
                        s.result = Result.FAILED;
                    } catch (InterruptedException e) {
                        s.failure = "interrupted";
                        s.result = Result.FAILED;
                        Thread.currentThread().interrupt();
                        return;
                    } finally {
                        completed.countDown();
                    }
                }
            });
        }
        assertThat(completed.await(60, TimeUnit.SECONDS)).as("%d requests completed within 60 s", KILL_AFTER).isTrue();
        killed.set(true);
        server.destroyForcibly(); // SIGKILL on Linux
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the killed server is gone").isTrue();
        assertThat(server.exitValue()).as("exit status of a JVM killed by SIGKILL").isEqualTo(128 + 9);
        long killedAt = System.nanoTime();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("the burst's clients finished").isTrue();
        Map<Result, Long> outcome = all.stream().skip(1).collect(Collectors.groupingBy(s -> s.result, () -> new java.util.EnumMap<>(Result.class),
                Collectors.counting()));
        Map<Integer, Long> statuses = all.stream().filter(s -> s.result == Result.REFUSED)
                .collect(Collectors.groupingBy(s -> s.status, Collectors.counting()));
        System.out.printf("CrashSafetyTest: %d submissions in the burst, %s; refusals by status %s; burst ran %d ms before the kill%n",
                all.size() - 1, outcome, statuses, (killedAt - started) / 1_000_000);
        assertThat(outcome.getOrDefault(Result.ACKNOWLEDGED, 0L)).as("acknowledged before the kill").isGreaterThanOrEqualTo(KILL_AFTER / 2);
        assertThat(outcome.getOrDefault(Result.NOT_SENT, 0L)).as("the kill came in the middle of the burst").isPositive();
        // none of the refusals before the kill may be a server error (api.md: never a 500)
        assertThat(all).filteredOn(s -> s.result == Result.REFUSED && s.status >= 500).as("5xx answers in the burst").isEmpty();

        // --- second run on the same database file ---
        http = newClient();
        long restart = System.nanoTime();
        startServer(http);
        System.out.printf("CrashSafetyTest: restart took %d ms%n", (System.nanoTime() - restart) / 1_000_000);
        assertThat(get(http, "/api/sim/clock").path("now").asText()).as("the simulated time persisted").isEqualTo("2026-12-01T09:00:00Z");
        JsonNode tapAfter = get(http, "/api/approvals/" + tap);
        JsonNode aapAfter = get(http, "/api/approvals/" + aap);
        assertThat(tapAfter.path("status").asText()).isEqualTo("CONSULTATION");
        assertThat(aapAfter.path("status").asText()).isEqualTo("LAST_CALL");
        assertThat(deadlines(aapAfter)).containsEntry("LAST_CALL_CLOSE", "2026-12-29T23:59:59Z");
        assertThat(deadlines(tapAfter)).containsEntry("CONSULTATION_CLOSE", "2027-03-23T23:59:59Z");

        List<String> problems = new ArrayList<>();
        checkReplies(http, tap, all, problems);
        checkComments(http, aap, all, problems);
        assertThat(problems).as("submissions lost, duplicated or invented by the crash (%d problems)", problems.size()).isEmpty();
        assertThat(tapAfter.path("tally").path("support").asInt() + tapAfter.path("tally").path("against").asInt()
                + tapAfter.path("tally").path("noPosition").asInt()).as("the tally agrees with the stored replies")
                .isEqualTo(get(http, "/api/approvals/" + tap + "/replies").size());
        assertThat(aapAfter.path("comments").asInt()).as("the approval's comment count agrees")
                .isEqualTo(get(http, "/api/approvals/" + aap + "/comments").size());

        // --- a client retries what was not acknowledged: still one reply per Member State ---
        Map<String, Submission> lastIntended = lastReplyPerState(all);
        for (Submission s : lastIntended.values()) {
            if (s.result != Result.ACKNOWLEDGED) {
                Answer a = send(http, s.method, s.path, s.user, s.body, null);
                assertThat(a.status()).as("retried " + s + " answered " + a.body()).isEqualTo(200);
            }
        }
        JsonNode replies = get(http, "/api/approvals/" + tap + "/replies");
        Map<String, List<JsonNode>> byState = byState(replies);
        assertThat(byState.keySet()).as("after the retries every State that replied has its reply")
                .containsExactlyInAnyOrderElementsOf(lastIntended.keySet());
        byState.forEach((code, rows) -> {
            assertThat(rows).as("replies of " + code + " after the retries").hasSize(1);
            assertThat(rows.get(0).path("position").asText()).as("position of " + code).isEqualTo(lastIntended.get(code).position);
        });

        // --- the pending timers still fire after the crash ---
        JsonNode moved = clock(http, "2026-12-30T00:00:00Z");
        assertThat(moved.path("timersFired").asInt()).as("timers fired at the Last Call's close").isGreaterThanOrEqualTo(1);
        JsonNode closed = get(http, "/api/approvals/" + aap);
        assertThat(closed.path("status").asText()).as("the AAP after its Last Call closed (it has comments)").isEqualTo("LAST_CALL_JUDGEMENT");
        assertThat(actions(closed)).contains("LAST_CALL_CLOSED");
        assertThat(deadlines(closed)).doesNotContainKey("LAST_CALL_CLOSE");

        moved = clock(http, "2027-03-24T00:00:00Z");
        assertThat(moved.path("timersFired").asInt()).as("timers fired at the consultation's close").isGreaterThanOrEqualTo(1);
        JsonNode decided = get(http, "/api/approvals/" + tap);
        assertThat(decided.path("status").asText()).as("the TAP after its consultation closed (well over 70% support)")
                .isEqualTo("AWAITING_MEETING");
        assertThat(actions(decided)).contains("CONSULTATION_CLOSED");
        assertThat(deadlines(decided)).doesNotContainKey("CONSULTATION_CLOSE");
        assertThat(decided.path("tally").path("counted").asInt() + decided.path("tally").path("noPosition").asInt())
                .as("the tally counts each State once").isEqualTo(lastIntended.size());

        System.out.printf("CrashSafetyTest: done in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    private long created(HttpClient http, String chair, String body) throws Exception {
        Answer a = send(http, "POST", "/api/approvals", chair, body, null);
        assertThat(a.status()).as("start as " + chair + ": " + a.body()).isEqualTo(201);
        return json.readTree(a.body()).path("id").asLong();
    }

    private static List<String> memberStates() throws IOException {
        Path csv = Path.of("config", "member-states.csv");
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(',')).trim()).toList();
    }

    private static Map<String, String> deadlines(JsonNode approval) {
        Map<String, String> m = new HashMap<>();
        approval.path("deadlines").forEach(d -> m.put(d.path("kind").asText(), d.path("dueAt").asText()));
        return m;
    }

    private static List<String> actions(JsonNode approval) {
        List<String> l = new ArrayList<>();
        approval.path("history").forEach(h -> l.add(h.path("action").asText()));
        return l;
    }

    private static Map<String, List<JsonNode>> byState(JsonNode replies) {
        Map<String, List<JsonNode>> m = new LinkedHashMap<>();
        replies.forEach(r -> m.computeIfAbsent(r.path("memberState").asText(), k -> new ArrayList<>()).add(r));
        return m;
    }

    /** Per State, the last reply of its sequence that was meant to be sent (whether or not it was). */
    private static Map<String, Submission> lastReplyPerState(List<Submission> all) {
        Map<String, Submission> m = new LinkedHashMap<>();
        all.stream().filter(s -> s.kind == Kind.REPLY).forEach(s -> m.put(s.memberState, s));
        return m;
    }

    /** Adds to {@code problems} every acknowledged reply missing or older than acknowledged, every duplicate, every invented one. */
    private void checkReplies(HttpClient http, long tap, List<Submission> all, List<String> problems) throws Exception {
        JsonNode replies = get(http, "/api/approvals/" + tap + "/replies");
        Map<String, List<JsonNode>> byState = byState(replies);
        Map<String, List<Submission>> sent = new LinkedHashMap<>();
        all.stream().filter(s -> s.kind == Kind.REPLY).forEach(s -> sent.computeIfAbsent(s.memberState, k -> new ArrayList<>()).add(s));
        byState.forEach((code, rows) -> {
            if (rows.size() != 1) {
                problems.add(code + ": " + rows.size() + " reply rows " + rows);
            }
            if (!sent.containsKey(code)) {
                problems.add(code + ": a reply nobody sent " + rows);
            }
        });
        int acknowledged = 0;
        for (Map.Entry<String, List<Submission>> e : sent.entrySet()) {
            String code = e.getKey();
            List<Submission> seq = e.getValue();
            List<JsonNode> rows = byState.getOrDefault(code, List.of());
            Submission lastAck = null;
            int lastAckIndex = -1;
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i).result == Result.ACKNOWLEDGED) {
                    lastAck = seq.get(i);
                    lastAckIndex = i;
                }
            }
            if (seq.stream().allMatch(s -> s.result == Result.NOT_SENT || s.result == Result.REFUSED)) {
                if (!rows.isEmpty()) {
                    problems.add(code + ": never accepted nor in flight, yet stored " + rows + " / " + seq);
                }
                continue;
            }
            if (lastAck == null) {
                continue; // only unacknowledged attempts: present or not, once at most (checked above)
            }
            acknowledged++;
            if (rows.isEmpty()) {
                problems.add(code + ": acknowledged reply LOST " + lastAck);
                continue;
            }
            JsonNode row = rows.get(0);
            int ackVersion = json.readTree(lastAck.answer).path("version").asInt();
            int version = row.path("version").asInt();
            String position = row.path("position").asText();
            boolean laterInFlight = seq.subList(lastAckIndex + 1, seq.size()).stream().anyMatch(s -> s.result == Result.FAILED);
            if (version < ackVersion) {
                problems.add(code + ": stored version " + version + " older than the acknowledged version " + ackVersion + " " + lastAck);
            } else if (version == ackVersion && !position.equals(lastAck.position)) {
                problems.add(code + ": stored " + position + " but " + lastAck.position + " was acknowledged " + lastAck);
            } else if (version > ackVersion && !laterInFlight) {
                problems.add(code + ": stored version " + version + " newer than anything sent " + seq);
            }
        }
        System.out.printf("CrashSafetyTest: %d States with an acknowledged reply, %d replies stored after the restart%n",
                acknowledged, replies.size());
    }

    /** Adds to {@code problems} every acknowledged comment missing, every comment stored twice, every invented one. */
    private void checkComments(HttpClient http, long aap, List<Submission> all, List<String> problems) throws Exception {
        JsonNode comments = get(http, "/api/approvals/" + aap + "/comments");
        Map<String, Integer> stored = new ConcurrentHashMap<>();
        comments.forEach(c -> stored.merge(c.path("text").asText(), 1, Integer::sum));
        Map<String, Submission> sent = new HashMap<>();
        all.stream().filter(s -> s.kind == Kind.COMMENT).forEach(s -> sent.put(s.text, s));
        stored.forEach((text, n) -> {
            if (!sent.containsKey(text)) {
                problems.add("a comment nobody sent: " + text + " x" + n);
            } else if (n > 1) {
                problems.add("DUPLICATED x" + n + ": " + sent.get(text));
            }
        });
        long acknowledged = 0;
        for (Submission s : sent.values()) {
            int n = stored.getOrDefault(s.text, 0);
            if (s.result == Result.ACKNOWLEDGED) {
                acknowledged++;
                if (n != 1) {
                    problems.add("acknowledged comment stored " + n + " times: " + s);
                }
            } else if ((s.result == Result.NOT_SENT || s.result == Result.REFUSED) && n != 0) {
                problems.add("comment never accepted nor in flight, stored " + n + " times: " + s);
            }
        }
        System.out.printf("CrashSafetyTest: %d comments acknowledged, %d stored after the restart%n", acknowledged, comments.size());
    }
}
