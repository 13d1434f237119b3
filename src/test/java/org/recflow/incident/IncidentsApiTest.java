package org.recflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalView;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.deadline.DeadlineBook;
import org.recflow.kernel.Subject;
import org.recflow.support.Actors;
import org.recflow.support.Faults;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Last Call's close that fails on a database error: with the error lasting through the job's retries it becomes an
 * incident, which TSB sees in the API and on the dashboard and retries once the database is back; the close is then
 * done exactly once. A single failure is taken by the job's own retries and never becomes an incident.
 */
@SpringTest
class IncidentsApiTest {

    /** {@code DeadlineBook.open(subject, kind, dueAt)}: the close opens the NOTIFICATION deadline after recording itself. */
    static final int OPEN_ONE = 3;

    static final String CLOSES_AFTER = "2027-02-09T00:00:01Z";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired Faults faults;
    @Autowired ApprovalManagement approvals;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired ObjectMapper json;

    @AfterEach
    void healAndReset() {
        faults.heal();
        clock.reset();
    }

    /** An AAP in Last Call without comments: at its close it is approved and a NOTIFICATION deadline opens. */
    long inLastCall() {
        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4999", Revision.NEW, "A text", "SG20",
                List.of(), "summary", "TD1", LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, id, null);
        return id;
    }

    Job timerOf(long approvalId) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Subject.key("APPROVAL", approvalId)).singleResult();
        return instance == null ? null : management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** Moves the clock past the close and runs the timer job as the job executor would, until it runs through or has no retry left. */
    int runCloseThroughItsRetries(long approvalId) {
        clock.set(CLOSES_AFTER);
        int failures = 0;
        for (Job job = timerOf(approvalId); job != null && job.getRetries() > 0; job = timerOf(approvalId)) {
            if (job.getDuedate() != null && job.getDuedate().toInstant().isAfter(clock.now())) {
                clock.set(job.getDuedate().toInstant()); // a retry time cycle, if one is configured, waits
            }
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return failures;
    }

    JsonNode incidentOf(long approvalId) throws Exception {
        String body = mvc.perform(get("/api/incidents").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode found = null;
        for (JsonNode i : json.readTree(body)) {
            if (i.path("subject").path("businessKey").asText().equals(Subject.key("APPROVAL", approvalId))) {
                assertThat(found).as("one incident per failed close").isNull();
                found = i;
            }
        }
        return found;
    }

    static long count(ApprovalView a, String action) {
        return a.history().stream().filter(h -> h.action().equals(action)).count();
    }

    @Test
    void aCloseThatFailsThroughItsRetriesIsAnIncidentThatTsbRetries() throws Exception {
        long id = inLastCall();
        faults.failUntilHealed(DeadlineBook.class, "open", OPEN_ONE);

        int failures = runCloseThroughItsRetries(id);

        assertThat(failures).as("Camunda's default: three attempts").isEqualTo(3);
        ApprovalView stopped = approvals.get(id);
        assertThat(stopped.status().name()).isEqualTo("LAST_CALL"); // every attempt rolled back
        assertThat(count(stopped, "LAST_CALL_CLOSED")).isZero();

        JsonNode incident = incidentOf(id);
        assertThat(incident).isNotNull();
        assertThat(incident.path("type").asText()).isEqualTo("failedJob");
        assertThat(incident.path("subject").path("type").asText()).isEqualTo("APPROVAL");
        assertThat(incident.path("subject").path("id").asLong()).isEqualTo(id);
        assertThat(incident.path("activityId").asText()).isEqualTo("lastCallClosed");
        assertThat(incident.path("activity").asText()).isEqualTo("Last Call closed");
        assertThat(incident.path("failedActivityId").asText()).isEqualTo("closeLastCall");
        assertThat(incident.path("failedActivity").asText()).isEqualTo("Count Last Call comments");
        assertThat(incident.path("message").asText()).contains(Faults.MESSAGE).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(Instant.parse(incident.path("failedAt").asText())).isEqualTo(clock.now()); // the engine's clock
        String incidentId = incident.path("id").asText();

        // only TSB
        mvc.perform(get("/api/incidents").with(httpBasic("chair-sg20", "demo")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_ELIGIBLE"));
        mvc.perform(post("/api/incidents/" + incidentId + "/retry").with(httpBasic("ms-fra", "demo")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_ELIGIBLE"));
        for (String user : List.of("chair-sg13", "ms-deu", "sm-ericsson", "as-sg20")) {
            mvc.perform(post("/api/incidents/" + incidentId + "/retry").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_ELIGIBLE"));
        }
        mvc.perform(get("/api/incidents")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(post("/api/incidents/" + incidentId + "/retry").with(httpBasic("tsb", "wrong")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        assertThat(incidentOf(id).path("id").asText()).as("a refused retry changes nothing").isEqualTo(incidentId);
        mvc.perform(post("/api/incidents/no-such-incident/retry").with(httpBasic("tsb", "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));

        // retried while the database is still away: the answer is the new failure, and the close still waits (with an
        // Idempotency-Key, so that the request holds a transaction of its own that the failure must not take down)
        String again = mvc.perform(post("/api/incidents/" + incidentId + "/retry").header("Idempotency-Key", "retry-" + incidentId)
                        .with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolved").value(false))
                .andExpect(jsonPath("$.subject.status").value("LAST_CALL"))
                .andExpect(jsonPath("$.newIncident.message").value(org.hamcrest.Matchers.containsString(Faults.MESSAGE)))
                .andReturn().getResponse().getContentAsString();
        String newIncidentId = json.readTree(again).path("newIncident").path("id").asText();
        assertThat(incidentOf(id).path("id").asText()).isEqualTo(newIncidentId);
        mvc.perform(post("/api/incidents/" + incidentId + "/retry").with(httpBasic("tsb", "demo")))
                .andExpect(status().isNotFound()); // the first incident was resolved by the retry

        faults.heal();
        // with an Idempotency-Key the request holds a transaction; the job still runs and commits in its own
        String key = "retry-" + newIncidentId;
        String firstAnswer = mvc.perform(post("/api/incidents/" + newIncidentId + "/retry").header("Idempotency-Key", key)
                        .with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolved").value(true))
                .andExpect(jsonPath("$.newIncident").doesNotExist())
                .andExpect(jsonPath("$.subject.businessKey").value(Subject.key("APPROVAL", id)))
                .andExpect(jsonPath("$.subject.status").value("APPROVED"))
                .andReturn().getResponse().getContentAsString();
        // the same request again: the first answer, and no second run
        assertThat(mvc.perform(post("/api/incidents/" + newIncidentId + "/retry").header("Idempotency-Key", key)
                        .with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isEqualTo(firstAnswer);
        mvc.perform(post("/api/incidents/" + newIncidentId + "/retry").with(httpBasic("tsb", "demo")))
                .andExpect(status().isNotFound());

        assertThat(incidentOf(id)).isNull();
        ApprovalView done = approvals.get(id);
        assertThat(done.status().name()).isEqualTo("APPROVED");
        assertThat(count(done, "LAST_CALL_CLOSED")).isEqualTo(1);
        assertThat(count(done, "OUTCOME")).isEqualTo(1);
        assertThat(done.deadlines()).extracting(d -> d.kind()).containsExactly("NOTIFICATION");
        assertThat(timerOf(id)).isNull();
    }

    @Test
    void theDashboardShowsTheIncidentToTsbAndItsRetryButtonRunsTheClose() throws Exception {
        long id = inLastCall();
        faults.failUntilHealed(DeadlineBook.class, "open", OPEN_ONE);
        runCloseThroughItsRetries(id);
        String incidentId = incidentOf(id).path("id").asText();

        MockHttpSession tsb = signIn("tsb");
        Document page = Jsoup.parse(mvc.perform(get("/dashboard").session(tsb)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var row = page.selectFirst("#incidents tr[data-incident=" + incidentId + "]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("APPROVAL-" + id).contains("Last Call closed").contains(Faults.MESSAGE);
        assertThat(row.selectFirst("form").attr("action")).isEqualTo("/dashboard/incidents/" + incidentId + "/retry");
        assertThat(row.select("form input[name=_csrf]")).hasSize(1);

        Document chairs = Jsoup.parse(mvc.perform(get("/dashboard").session(signIn("chair-sg20"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(chairs.select("#incidents")).isEmpty();
        mvc.perform(post("/dashboard/incidents/" + incidentId + "/retry").session(signIn("chair-sg20")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dashboard/incidents/" + incidentId + "/retry").session(tsb))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(incidentOf(id)).isNotNull();

        faults.heal();
        var flash = mvc.perform(post("/dashboard/incidents/" + incidentId + "/retry").session(tsb).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/dashboard#incidents"))
                .andReturn().getFlashMap();
        assertThat((String) flash.get("retried")).contains("approval " + id + " is now APPROVED");
        Document after = Jsoup.parse(mvc.perform(get("/dashboard").session(tsb).flashAttrs(flash)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(after.select("#incidents tr[data-incident=" + incidentId + "]")).isEmpty();
        assertThat(after.selectFirst("#incidents .retried").text()).contains("APPROVED");

        ApprovalView done = approvals.get(id);
        assertThat(done.status().name()).isEqualTo("APPROVED");
        assertThat(count(done, "LAST_CALL_CLOSED")).isEqualTo(1);
    }

    @Test
    void aSingleFailureIsTakenByTheJobsOwnRetriesWithoutAnIncident() throws Exception {
        long id = inLastCall();
        faults.failNext(DeadlineBook.class, "open", OPEN_ONE, 1);

        assertThat(runCloseThroughItsRetries(id)).isEqualTo(1);

        assertThat(incidentOf(id)).isNull();
        ApprovalView done = approvals.get(id);
        assertThat(done.status().name()).isEqualTo("APPROVED");
        assertThat(count(done, "LAST_CALL_CLOSED")).isEqualTo(1);
    }

    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
    }
}
