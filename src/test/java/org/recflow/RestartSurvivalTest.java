package org.recflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.ApprovalView;
import org.recflow.approval.Comment;
import org.recflow.approval.CommentKind;
import org.recflow.approval.CommentPhase;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.support.Actors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue "a restart keeps every approval, comment and pending timer": the application as it runs by
 * default, on the embedded H2 file database, stopped in the middle of a Last Call and started again
 * on the same file. Two full application starts, so this test takes some seconds.
 * <p>
 * The settings are given as command-line arguments: those outrank ./config/application.yaml (read
 * from the working directory), which would otherwise put the database under ./data. (Properties of
 * {@code SpringApplicationBuilder.properties(..)} are defaults, the lowest precedence of all.)
 */
@Tag("restart")
@DisplayName("A restart keeps every approval, comment and pending timer (H2 file database)")
class RestartSurvivalTest {

    @TempDir Path dir;

    private ConfigurableApplicationContext context;

    @AfterEach
    void tearDown() {
        if (context != null) {
            context.close();
        }
        ClockUtil.reset();
    }

    private ConfigurableApplicationContext startApplication() {
        String url = "jdbc:h2:file:" + dir.resolve("recflow").toAbsolutePath() + ";AUTO_SERVER=FALSE";
        context = new SpringApplicationBuilder(RecflowApplication.class).main(RecflowApplication.class).run(
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=false",
                "--spring.main.banner-mode=off",
                "--logging.level.org.camunda.bpm=WARN",
                "--logging.level.org.flywaydb=WARN");
        // never the developer's database under ./data
        assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url);
        return context;
    }

    private void stopApplication() {
        context.close();
        context = null;
    }

    private static void clock(String iso) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(iso)));
    }

    private static Commands.StartApproval request() {
        return new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW, "Digital twin reference model", "SG20",
                List.of("Q2/20"), "Defines a reference model for digital twins of cities.", "SG20-TD1234",
                LocalDate.parse("2027-01-08"), null, null);
    }

    private List<Job> jobsOf(long approvalId) {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", approvalId)).list();
        assertThat(instances).hasSize(1);
        return management.createJobQuery().processInstanceId(instances.get(0).getId()).list();
    }

    @Test
    @Timeout(180)
    void anApprovalInLastCallSurvivesARestart() throws Exception {
        // --- first run: request, Last Call, one comment ---
        clock("2027-01-11T09:00:00Z");
        startApplication();
        ApprovalManagement approvals = context.getBean(ApprovalManagement.class);
        long id = approvals.start(Actors.CHAIR_SG20, request()).id();
        clock("2027-01-18T08:00:00Z");
        approvals.announceLastCall(Actors.TSB, id, new Commands.Announce(LocalDate.parse("2027-01-18")));
        clock("2027-02-01T10:00:00Z");
        approvals.comment(Actors.FRA, id, new Commands.SubmitComment(CommentKind.TYPOGRAPHICAL, "'recieve' in 6.2", "receive"));
        assertThat(jobsOf(id)).hasSize(1);
        ApprovalView before = approvals.get(id);
        stopApplication();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anySatisfy(f -> assertThat(f).startsWith("recflow"));
        }

        // --- second run on the same file ---
        clock("2027-02-10T09:00:00Z");
        startApplication();
        approvals = context.getBean(ApprovalManagement.class);
        ApprovalView after = approvals.get(id);
        assertThat(after.status()).isEqualTo(ApprovalStatus.LAST_CALL);
        assertThat(after.lastCall().announcedOn()).isEqualTo("2027-01-18");
        assertThat(after.lastCall().closesAt()).isEqualTo("2027-02-15T23:59:59Z");
        assertThat(after.comments()).isEqualTo(1);
        assertThat(after.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("LAST_CALL_CLOSE");
            assertThat(d.dueAt()).isEqualTo("2027-02-15T23:59:59Z");
            assertThat(d.overdue()).isFalse();
        });
        assertThat(after.history()).extracting(h -> h.action())
                .containsExactlyElementsOf(before.history().stream().map(h -> h.action()).toList())
                .contains("REQUESTED", "LAST_CALL_ANNOUNCED", "COMMENT_SUBMITTED");
        assertThat(after.createdAt()).isEqualTo("2027-01-11T09:00:00Z");
        List<Comment> comments = approvals.comments(id);
        assertThat(comments).singleElement().satisfies(c -> {
            assertThat(c.member()).isEqualTo("FRA");
            assertThat(c.author()).isEqualTo("ms-fra");
            assertThat(c.kind()).isEqualTo(CommentKind.TYPOGRAPHICAL);
            assertThat(c.phase()).isEqualTo(CommentPhase.LAST_CALL);
            assertThat(c.text()).isEqualTo("'recieve' in 6.2");
            assertThat(c.proposedChanges()).isEqualTo("receive");
            assertThat(c.submittedAt()).isEqualTo("2027-02-01T10:00:00Z");
        });

        // the engine still waits on exactly one timer, due the second after the close
        List<Job> jobs = jobsOf(id);
        assertThat(jobs).singleElement().satisfies(j -> {
            assertThat(j.getDuedate().toInstant()).isEqualTo("2027-02-16T00:00:00Z");
            assertThat(j.getRetries()).isPositive();
            assertThat(j.getExceptionMessage()).isNull();
        });
        ManagementService management = context.getBean(ManagementService.class);
        assertThat(management.createJobQuery().timers().processInstanceId(jobs.get(0).getProcessInstanceId()).count()).isOne();

        // the HTTP API answers from the same data, and the engine's REST API is TSB's only
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpResponse<String> read = get(port, "/api/approvals/" + id, "ms-fra");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"status\":\"LAST_CALL\"");
        assertThat(get(port, "/engine-rest/engine", "tsb").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get(port, "/engine-rest/engine", "ms-fra");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"NOT_ELIGIBLE\"");
        assertThat(get(port, "/engine-rest/engine", null).statusCode()).isEqualTo(401);

        // one second before, the timer is not due; at 00:00:00Z it is, and the Last Call closes
        clock("2027-02-15T23:59:59Z");
        assertThat(management.createJobQuery().executable().processInstanceId(jobs.get(0).getProcessInstanceId()).count()).isZero();
        clock("2027-02-16T00:00:00Z");
        assertThat(management.createJobQuery().executable().processInstanceId(jobs.get(0).getProcessInstanceId()).count()).isOne();
        management.executeJob(jobs.get(0).getId());

        ApprovalView judged = approvals.get(id);
        assertThat(judged.status()).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        assertThat(judged.history()).extracting(h -> h.action()).contains("LAST_CALL_CLOSED");
        assertThat(jobsOf(id)).isEmpty();
        stopApplication();
    }

    private static HttpResponse<String> get(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
