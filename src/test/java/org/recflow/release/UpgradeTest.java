package org.recflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recflow.RecflowApplication;
import org.recflow.postgres.PostgresDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 3: the current build takes over a database written by each earlier release and drives every item
 * that release left in flight to its end. The fixtures are src/test/resources/upgrade/&lt;release&gt;/ (made by
 * src/test/upgrade/make-fixture.sh): {@code recflow.mv.db} on H2 (the default), {@code recflow-postgres.sql} on
 * PostgreSQL when the build runs with {@code -Drecflow.test.database=postgres} (restored into a fresh database of the
 * test server). The application runs as an operator runs it, with the {@code sim} profile, on a copy of the fixture;
 * time moves by the sim clock, whose due timers run before it answers; every step goes through the REST API.
 * <p>
 * It also shows that the release's models are not deployed again when their content is unchanged (the instances in
 * flight run on the release's definitions, version 1) and that Flyway applies only migrations above the release's.
 */
@Tag("upgrade")
@DisplayName("Upgrade: the current build drives every item a release left in flight to its end")
class UpgradeTest {

    static final Path FIXTURES = Path.of("src/test/resources/upgrade");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        ClockUtil.reset();
    }

    static Stream<String> releases() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static boolean onPostgres() {
        return "postgres".equals(System.getProperty("recflow.test.database", "h2").toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest(name = "release {0}")
    @MethodSource("releases")
    @Timeout(600)
    void everyItemInFlightRunsToItsEnd(String release) throws Exception {
        Map<String, Integer> released = start(release);
        RepositoryService repository = context.getBean(RepositoryService.class);
        // the instances the release left running, and the definition each runs on
        Map<String, String> inFlight = context.getBean(RuntimeService.class).createProcessInstanceQuery().list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getProcessDefinitionId));
        assertThat(inFlight).hasSize(7);

        // --- what the release left, as the fixture's README says ---------------------------------------------
        assertThat(call(200, "tsb", "GET", "/api/sim/clock", null).get("now").asText()).isEqualTo("2027-06-01T09:00:00Z");
        long aapLastCall = approval("Y.4480", "LAST_CALL");
        long aapResolution = approval("X.1500", "COMMENT_RESOLUTION");
        long aapMoreTime = approval("H.810", "MORE_TIME");
        long tapConsultation = approval("D.52", "CONSULTATION");
        long tapMeeting = approval("D.50", "AWAITING_MEETING");
        long question = single("/api/questions", "question", "Q5/20", "CONSULTATION");
        long deletion = single("/api/deletions", "recommendation", "Y.2060", "OBJECTION_PERIOD");
        assertThat(call(200, "ms-bra", "GET", "/api/approvals/" + aapMoreTime, null).at("/moreTime/closesAt").asText())
                .isEqualTo("2027-06-23T23:59:59Z");
        // V10 (issue 16): on a release made before it, each distinct (study group, start, end) stored on approvals is
        // now one meeting (texts requested later are not tied to a meeting yet: docs/MEETINGS.md)
        if (!shipped(release, "V10__")) {
            JdbcTemplate meetingsDb = context.getBean(JdbcTemplate.class);
            assertThat(meetingsDb.queryForObject("""
                    SELECT COUNT(*) FROM recflow.approval a LEFT JOIN recflow.meeting m ON m.id = a.meeting_id
                     WHERE a.meeting_start IS NOT NULL AND (m.id IS NULL OR m.study_group <> a.study_group
                           OR m.start_date <> a.meeting_start OR m.end_date <> a.meeting_end)""", Integer.class)).isZero();
            assertThat(meetingsDb.queryForObject("SELECT COUNT(*) FROM recflow.meeting", Integer.class)).isEqualTo(meetingsDb.queryForObject(
                    "SELECT COUNT(*) FROM (SELECT DISTINCT study_group, meeting_start, meeting_end FROM recflow.approval"
                            + " WHERE meeting_start IS NOT NULL) t", Integer.class)).isPositive();
            long tapMeetingId = meetingsDb.queryForObject("SELECT meeting_id FROM recflow.approval WHERE id = ?", Long.class, tapConsultation);
            assertThat(call(200, "ms-bra", "GET", "/api/meetings/" + tapMeetingId, null).get("texts").findValuesAsText("approvalId"))
                    .contains(String.valueOf(tapConsultation));
        }

        // V16 (issue 16): on a release made before it, every approval with meeting dates is tied to a SCHEDULED meeting of
        // its study group with those dates, those requested after V10 (0.2.0 did not link them) included; the API shows it
        if (!shipped(release, "V16__")) {
            JdbcTemplate meetingsDb = context.getBean(JdbcTemplate.class);
            assertThat(meetingsDb.queryForObject("""
                    SELECT COUNT(*) FROM recflow.approval a LEFT JOIN recflow.meeting m ON m.id = a.meeting_id
                     WHERE a.meeting_start IS NOT NULL AND (m.id IS NULL OR m.status <> 'SCHEDULED' OR m.study_group <> a.study_group
                           OR m.start_date <> a.meeting_start OR m.end_date <> a.meeting_end)""", Integer.class)).isZero();
            // one meeting per (study group, start, end): none made twice
            assertThat(meetingsDb.queryForObject("""
                    SELECT COUNT(*) FROM (SELECT study_group, start_date, end_date FROM recflow.meeting WHERE status = 'SCHEDULED'
                     GROUP BY study_group, start_date, end_date HAVING COUNT(*) > 1) t""", Integer.class)).isZero();
            for (long tap : List.of(tapConsultation, tapMeeting)) {
                JsonNode a = call(200, "tsb", "GET", "/api/approvals/" + tap, null);
                assertThat(a.get("meetingId").isNumber()).as("meetingId of " + tap).isTrue();
                assertThat(call(200, "ms-bra", "GET", "/api/meetings/" + a.get("meetingId").asLong(), null).get("texts")
                        .findValuesAsText("approvalId")).contains(String.valueOf(tap));
            }
        }

        // --- 1 June: comment resolution ends in an Additional Review; Member States reply -------------------------
        call(200, "chair-sg17", "POST", "/api/approvals/" + aapResolution + "/resolution",
                "{\"textReference\":\"SG17-TD350\",\"resolutionReference\":\"SG17-TD351\"}");
        status("/api/approvals/" + aapResolution, "RESOLUTION_JUDGEMENT");
        call(200, "chair-sg17", "POST", "/api/approvals/" + aapResolution + "/judgement", "{\"route\":\"ADDITIONAL_REVIEW\"}");
        JsonNode review = call(200, "tsb", "POST", "/api/approvals/" + aapResolution + "/additional-review", "{}");
        assertThat(review.at("/additionalReview/closesAt").asText()).isEqualTo("2027-06-22T23:59:59Z");
        for (String ms : List.of("DEU", "BRA", "IND", "JPN")) {
            call(200, "ms-" + ms.toLowerCase(Locale.ROOT), "PUT", "/api/questions/" + question + "/replies/" + ms, "{\"position\":\"SUPPORT\"}");
        }
        for (String ms : List.of("FRA", "BRA", "IND", "KEN", "JPN", "MEX")) {
            call(200, "ms-" + ms.toLowerCase(Locale.ROOT), "PUT", "/api/approvals/" + tapConsultation + "/replies/" + ms,
                    "{\"position\":\"SUPPORT\"}");
        }
        call(200, "ms-usa", "PUT", "/api/approvals/" + tapConsultation + "/replies/USA",
                "{\"position\":\"AGAINST\",\"reasons\":\"commercial matter\"}");
        assertThat(call(200, "tsb", "GET", "/api/approvals/" + tapConsultation, null).at("/tally/support").asInt()).isEqualTo(7);

        // --- 16 June: the SG3 meeting approves D.50 without objection -------------------------------------------
        clock("2027-06-16T17:00:00Z", 0);
        call(200, "chair-sg3", "POST", "/api/approvals/" + tapMeeting + "/meeting-outcome", """
                {"meetingEnd":"2027-06-16","objections":[],"moreTimeRequestedBy":[],"abstentions":[],"reservations":[]}""");
        status("/api/approvals/" + tapMeeting, "APPROVED");

        // --- 24 June: Last Call, Additional Review and the more-time window have closed ------------------------
        clock("2027-06-24T09:00:00Z", 3);
        status("/api/approvals/" + aapResolution, "APPROVED");
        JsonNode moreTime = status("/api/approvals/" + aapMoreTime, "APPROVED");
        assertThat(moreTime.get("outcomeReason").asText()).isEqualTo("NO_DECISIVE_OBJECTION_AFTER_MORE_TIME");
        status("/api/approvals/" + aapLastCall, "LAST_CALL_JUDGEMENT");
        call(200, "chair-sg20", "POST", "/api/approvals/" + aapLastCall + "/judgement", "{\"route\":\"APPROVE\"}");
        status("/api/approvals/" + aapLastCall, "APPROVED");

        // --- 6 July: the Question's consultation and the deletion's window have closed -------------------------
        clock("2027-07-06T09:00:00Z", 2);
        status("/api/questions/" + question, "APPROVED");
        status("/api/deletions/" + deletion, "DELETED");
        call(200, "tsb", "POST", "/api/approvals/" + tapConsultation + "/text-distribution", null);

        // --- September: D.52's consultation closes above 70%, its meeting approves it ---------------------------
        clock("2027-09-15T17:00:00Z", 1);
        status("/api/approvals/" + tapConsultation, "AWAITING_MEETING");
        call(200, "chair-sg3", "POST", "/api/approvals/" + tapConsultation + "/meeting-outcome", """
                {"meetingEnd":"2027-09-15","objections":[],"moreTimeRequestedBy":[],"abstentions":[],"reservations":[]}""");
        status("/api/approvals/" + tapConsultation, "APPROVED");

        int circular = 100;
        for (long id : List.of(aapLastCall, aapResolution, aapMoreTime, tapConsultation, tapMeeting)) {
            JsonNode notified = call(200, "tsb", "POST", "/api/approvals/" + id + "/notification",
                    "{\"circular\":\"TSB Circular " + circular++ + "\"}");
            assertThat(notified.at("/notification/pending").asBoolean()).isFalse();
        }

        // --- the end: no process left running, no deadline open ------------------------------------------------
        assertThat(context.getBean(RuntimeService.class).createProcessInstanceQuery().count()).isZero();
        assertThat(call(200, "tsb", "GET", "/api/deadlines", null)).isEmpty();
        // each instance in flight completed on the release's own definition, whatever this build deployed
        for (var instance : inFlight.entrySet()) {
            HistoricProcessInstance done = context.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getKey()).singleResult();
            assertThat(done.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            assertThat(done.getProcessDefinitionId()).isEqualTo(instance.getValue());
            ProcessDefinition d = repository.getProcessDefinition(instance.getValue());
            assertThat(d.getVersion()).as(d.getKey()).isLessThanOrEqualTo(released.get(d.getKey()));
        }
        // a model this build carries unchanged was not deployed again; a changed one is exactly one version more
        Map<String, Integer> now = versions(repository);
        for (ProcessModels.Model model : new ProcessModels().models()) {
            for (Process p : Bpmn.readModelFromStream(new ByteArrayInputStream(model.content())).getModelElementsByType(Process.class)) {
                String key = p.getId();
                if (!released.containsKey(key)) {
                    assertThat(now.get(key)).as("versions of %s, new since the release", key).isEqualTo(1);
                    continue;
                }
                ProcessDefinition last = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .processDefinitionVersion(released.get(key)).singleResult();
                byte[] content;
                try (InputStream in = repository.getResourceAsStream(last.getDeploymentId(), last.getResourceName())) {
                    content = in.readAllBytes();
                }
                int expected = released.get(key) + (Arrays.equals(content, model.content()) ? 0 : 1);
                assertThat(now.get(key)).as("versions of %s (released: %s)", key, released.get(key)).isEqualTo(expected);
            }
        }
        assertThat(versions(repository)).containsKeys("aapApproval", "tapApproval", "questionApproval", "recommendationDeletion");
        // every migration of this build is applied on top of the release's, none failed
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> applied = jdbc.queryForList(
                "SELECT \"script\" FROM " + (onPostgres() ? "recflow" : "RECFLOW") + ".\"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL",
                String.class);
        assertThat(applied).containsAll(ReleasedMigrations.current().stream().map(ReleasedMigrations.Migration::script).toList());
    }

    // --- the application on a copy of the fixture ----------------------------------------------------------------

    /** Starts the application on a copy of the fixture; answers the process versions the release had deployed, by key. */
    private Map<String, Integer> start(String release) throws Exception {
        Path fixture = FIXTURES.resolve(release);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                // the sim clock endpoint runs the due timers; no executor racing it (the postgres profile enables one)
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=false",
                "--spring.main.banner-mode=off",
                "--logging.level.org.camunda.bpm=WARN",
                "--logging.level.org.flywaydb=WARN"));
        Map<String, Integer> released;
        if (onPostgres()) {
            String url = PostgresDatabase.fresh("upgrade_" + release);
            PostgresDatabase.restore(url, Files.readString(fixture.resolve("recflow-postgres.sql"), StandardCharsets.UTF_8));
            released = releasedVersions(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
            args.addAll(List.of("--spring.profiles.active=postgres,sim", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + PostgresDatabase.USER, "--spring.datasource.password=" + PostgresDatabase.PASSWORD));
        } else {
            Files.copy(fixture.resolve("recflow.mv.db"), dir.resolve("recflow.mv.db"));
            String url = "jdbc:h2:file:" + dir.resolve("recflow").toAbsolutePath() + ";AUTO_SERVER=FALSE";
            released = releasedVersions(url, "sa", "");
            args.addAll(List.of("--spring.profiles.active=sim", "--spring.datasource.url=" + url));
        }
        context = new SpringApplicationBuilder(RecflowApplication.class).main(RecflowApplication.class).run(args.toArray(String[]::new));
        base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        return released;
    }

    /** Whether {@code release} shipped the migration whose script name starts with {@code prefix} (its manifest says). */
    static boolean shipped(String release, String prefix) throws IOException {
        Path manifest = Path.of("src/test/resources/releases", release, "migrations.txt");
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .anyMatch(line -> !line.startsWith("#") && line.contains(" " + prefix));
    }

    /** The highest version of each process the fixture holds, read before any of this build's code touches it. */
    static Map<String, Integer> releasedVersions(String url, String user, String password) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT key_, MAX(version_) FROM act_re_procdef GROUP BY key_")) {
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2));
            }
        }
        assertThat(out).as("process definitions in the fixture").isNotEmpty();
        return out;
    }

    /** How many versions of each process are deployed, by key. */
    static Map<String, Integer> versions(RepositoryService repository) {
        Map<String, Integer> out = new HashMap<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().list()) {
            out.merge(d.getKey(), 1, Integer::sum);
        }
        return out;
    }

    // --- the REST API ----------------------------------------------------------------------------------------

    private JsonNode call(int expected, String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("%s %s as %s: %s", method, path, user, answer.body()).isEqualTo(expected);
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    private void clock(String now, int timers) throws Exception {
        JsonNode moved = call(200, "tsb", "PUT", "/api/sim/clock", "{\"now\":\"" + now + "\"}");
        int fired = moved.get("timersFired").asInt();
        if (onPostgres()) {
            // the postgres profile's history cleanup is a job too, due daily at 01:00Z (docs/OPERATIONS.md)
            assertThat(fired).as("timers fired moving to %s", now).isGreaterThanOrEqualTo(timers);
        } else {
            assertThat(fired).as("timers fired moving to %s", now).isEqualTo(timers);
        }
    }

    private JsonNode status(String path, String expected) throws Exception {
        JsonNode item = call(200, "tsb", "GET", path, null);
        assertThat(item.get("status").asText()).as(path).isEqualTo(expected);
        return item;
    }

    private long approval(String recommendation, String status) throws Exception {
        return single("/api/approvals", "recommendation", recommendation, status);
    }

    private long single(String list, String field, String value, String status) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        call(200, "tsb", "GET", list, null).forEach(n -> {
            if (n.get(field).asText().equals(value)) {
                found.add(n);
            }
        });
        assertThat(found).as("%s with %s %s", list, field, value).singleElement()
                .satisfies(n -> assertThat(n.get("status").asText()).isEqualTo(status));
        return found.get(0).get("id").asLong();
    }
}
