package org.recflow.question.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.question.QuestionProcess;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Questions over REST as api.md states them: every endpoint, and each refusal with its code. */
@SpringTest
class QuestionApiTest {

    static final String AGREE = """
            {"studyGroup":"SG20","question":"Q5/20","title":"Digital identity for IoT devices",
             "textReference":"SG20-TD2001","policyImplications":true}""";
    static final String SUPPORT = "{\"position\":\"SUPPORT\"}";
    static final String AGAINST = "{\"position\":\"AGAINST\",\"reasons\":\"scope too wide\",\"proposedChanges\":\"drop item c\"}";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    /** The clock back to real time, and no Question timer left for a later test that shares a business key. */
    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(QuestionProcess.ID).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    ResultActions refused(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(content().string(not(containsString("at org."))));
    }

    long agreed(String user, String body) throws Exception {
        String answer = call(post("/api/questions"), user, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    /** A Question of SG20 in its consultation, agreed on 2026-11-30: replies by 2027-01-30 at 23:59:59Z. */
    long inConsultation() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        return agreed("chair-sg20", AGREE);
    }

    JsonNode read(long id) throws Exception {
        return json.readTree(call(get("/api/questions/" + id), "tsb", null).andReturn().getResponse().getContentAsString());
    }

    /** Runs the due jobs of this Question's process only (an approval may carry the same business key). */
    void runDueJobs(long id) {
        ProcessInstance p = runtime.createProcessInstanceQuery().processDefinitionKey(QuestionProcess.ID)
                .processInstanceBusinessKey(org.recflow.kernel.Subject.key("QUESTION", id)).singleResult();
        Date now = Date.from(clock.now());
        for (Job job : management.createJobQuery().processInstanceId(p.getId()).list()) {
            if (job.getDuedate() == null || !job.getDuedate().after(now)) {
                management.executeJob(job.getId());
            }
        }
    }

    // --- agreeing a Question ---

    @Test
    void chairAgreesAQuestionWithPolicyImplicationsAndTheConsultationOpens() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        String location = call(post("/api/questions"), "chair-sg20", AGREE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/questions/\\d+")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.studyGroup").value("SG20"))
                .andExpect(jsonPath("$.question").value("Q5/20"))
                .andExpect(jsonPath("$.title").value("Digital identity for IoT devices"))
                .andExpect(jsonPath("$.policyImplications").value(true))
                .andExpect(jsonPath("$.status").value("CONSULTATION"))
                .andExpect(jsonPath("$.outcomeReason").isEmpty())
                .andExpect(jsonPath("$.consultation.announcedOn").value("2026-11-30"))
                .andExpect(jsonPath("$.consultation.closesAt").value("2027-01-30T23:59:59Z"))
                .andExpect(jsonPath("$.tally.counted").value(0))
                .andExpect(jsonPath("$.tally.thresholdMet").value(true))
                .andExpect(jsonPath("$.deadlines", hasSize(1)))
                .andExpect(jsonPath("$.deadlines[0].kind").value("QUESTION_CONSULTATION_CLOSE"))
                .andExpect(jsonPath("$.deadlines[0].dueAt").value("2027-01-30T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].waitingOn").value("MEMBER_STATES"))
                .andExpect(jsonPath("$.deadlines[0].overdue").value(false))
                .andExpect(jsonPath("$.history[0].action").value("REQUESTED"))
                .andExpect(jsonPath("$.history[1].action").value("CONSULTATION_OPENED"))
                .andExpect(jsonPath("$.nextActions").isEmpty()) // the chairman has no step of his own here
                .andExpect(jsonPath("$.createdAt").value("2026-11-30T10:00:00Z"))
                .andExpect(jsonPath("$.createdBy").value("chair-sg20"))
                .andReturn().getResponse().getHeader("Location");
        call(get(location), "ms-fra", null).andExpect(jsonPath("$.nextActions[0].action").value("reply"));
    }

    @Test
    void withoutPolicyImplicationsTheQuestionIsApprovedAtOnce() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        call(post("/api/questions"), "chair-sg20", AGREE.replace("true", "false"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.outcomeReason").value("NO_POLICY_IMPLICATIONS"))
                .andExpect(jsonPath("$.consultation").isEmpty())
                .andExpect(jsonPath("$.tally").isEmpty())
                .andExpect(jsonPath("$.deadlines", hasSize(0)))
                .andExpect(jsonPath("$.nextActions", hasSize(0)));
    }

    @Test
    void tsbMayAgreeOnTheChairsBehalf() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        call(post("/api/questions"), "tsb", AGREE).andExpect(status().isCreated())
                .andExpect(jsonPath("$.history[0].role").value("TSB"))
                .andExpect(jsonPath("$.createdBy").value("tsb"));
    }

    @Test
    void agreeingIsRefusedToOthers() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        refused(call(post("/api/questions"), "ms-fra", AGREE), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/questions"), "chair-sg13", AGREE), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/questions"), "sm-ericsson", AGREE), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/questions"), null, AGREE), 401, "UNAUTHENTICATED");
        refused(mvc.perform(post("/api/questions").with(httpBasic("chair-sg20", "wrong"))
                .contentType(MediaType.APPLICATION_JSON).content(AGREE)), 401, "UNAUTHENTICATED");
        refused(call(get("/api/questions"), null, null), 401, "UNAUTHENTICATED");
    }

    @Test
    void agreeingRefusesBadBodiesNamingTheField() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        int before = count();
        refused(call(post("/api/questions"), "chair-sg20", AGREE.replace("\"title\":\"Digital identity for IoT devices\",", "")),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("title"));
        refused(call(post("/api/questions"), "chair-sg20", AGREE.replace("\"title\":\"Digital identity for IoT devices\"", "\"title\":\"  \"")),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("title"));
        refused(call(post("/api/questions"), "chair-sg20", AGREE.replace("\"policyImplications\":true", "\"policyImplications\":true,\"colour\":1")),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("colour"));
        refused(call(post("/api/questions"), "chair-sg20", AGREE.replace("\"SG20\"", "\"SG99\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("studyGroup"));
        refused(call(post("/api/questions"), "chair-sg20", AGREE.replace(",\"policyImplications\":true", "")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("policyImplications"));
        refused(call(post("/api/questions"), "chair-sg20", AGREE.replace("true", "\"maybe\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("policyImplications"));
        refused(call(post("/api/questions"), "chair-sg20", AGREE.replace("Q5/20", "Q" + "5".repeat(40) + "/20")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("question"));
        refused(call(post("/api/questions"), "chair-sg20", "{\"studyGroup\":"), 400, "INVALID_REQUEST");
        refused(call(post("/api/questions"), "chair-sg20", "[]"), 400, "INVALID_REQUEST");
        refused(call(post("/api/questions"), "chair-sg20", ""), 400, "INVALID_REQUEST");
        assertThat(count()).isEqualTo(before);
    }

    int count() throws Exception {
        return json.readTree(call(get("/api/questions"), "tsb", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).size();
    }

    // --- reading ---

    @Test
    void readsListFilteredByStudyGroupAndStatusAndItem() throws Exception {
        long sg20 = inConsultation();
        long sg13 = agreed("chair-sg13", AGREE.replace("SG20", "SG13").replace("Q5/20", "Q7/13").replace("true", "false"));
        call(get("/api/questions?studyGroup=sg20&status=CONSULTATION"), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")].status").value("CONSULTATION"))
                .andExpect(jsonPath("$[?(@.id == " + sg13 + ")]").isEmpty());
        call(get("/api/questions?studyGroup=SG13"), "sm-ericsson", null)
                .andExpect(jsonPath("$[?(@.id == " + sg13 + ")].question").value("Q7/13"))
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")]").isEmpty());
        call(get("/api/questions?status=APPROVED"), "tsb", null)
                .andExpect(jsonPath("$[?(@.id == " + sg13 + ")].status").value("APPROVED"))
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")]").isEmpty());
        call(get("/api/questions"), "tsb", null)
                .andExpect(jsonPath("$[?(@.id == " + sg13 + ")]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")]").isNotEmpty());
        refused(call(get("/api/questions?status=SLEEPING"), "tsb", null), 400, "INVALID_REQUEST");
        call(get("/api/questions/" + sg20), "as-sg13", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(sg20)).andExpect(jsonPath("$.studyGroup").value("SG20"));
        refused(call(get("/api/questions/999999"), "tsb", null), 404, "NOT_FOUND");
        refused(call(get("/api/questions/not-a-number"), "tsb", null), 404, "NOT_FOUND");
        refused(call(get("/api/questions/999999/replies"), "tsb", null), 404, "NOT_FOUND");
        refused(call(put("/api/questions/" + sg20), "tsb", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    // --- the consultation ---

    @Test
    void aMemberStateRepliesForItselfAndMayChangeItsReply() throws Exception {
        long id = inConsultation();
        clock.set("2027-01-05T10:00:00Z");
        call(put("/api/questions/" + id + "/replies/FRA"), "ms-fra", AGAINST)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberState").value("FRA"))
                .andExpect(jsonPath("$.position").value("AGAINST"))
                .andExpect(jsonPath("$.reasons").value("scope too wide"))
                .andExpect(jsonPath("$.proposedChanges").value("drop item c"))
                .andExpect(jsonPath("$.author").value("ms-fra"))
                .andExpect(jsonPath("$.version").value(1));
        clock.set("2027-01-05T11:00:00Z");
        call(put("/api/questions/" + id + "/replies/deu"), "ms-deu", "{\"position\":\"AGAINST\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.memberState").value("DEU"));
        clock.set("2027-01-06T10:00:00Z");
        call(put("/api/questions/" + id + "/replies/fra"), "ms-fra", SUPPORT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value("SUPPORT"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.firstSubmittedAt").value("2027-01-05T10:00:00Z"))
                .andExpect(jsonPath("$.submittedAt").value("2027-01-06T10:00:00Z"));
        call(get("/api/questions/" + id + "/replies"), "sm-ericsson", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].memberState").value("FRA"));
        call(get("/api/questions/" + id), "tsb", null)
                .andExpect(jsonPath("$.replies").value(2))
                .andExpect(jsonPath("$.tally.support").value(1))
                .andExpect(jsonPath("$.tally.against").value(1))
                .andExpect(jsonPath("$.tally.supportPercent").value(50.0))
                .andExpect(jsonPath("$.tally.thresholdMet").value(false));
    }

    @Test
    void repliesAreRefusedToOthersAndToUnknownStates() throws Exception {
        long id = inConsultation();
        clock.set("2027-01-05T10:00:00Z");
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "ms-deu", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "sm-ericsson", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "chair-sg20", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "tsb", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(call(put("/api/questions/" + id + "/replies/XXX"), "ms-fra", SUPPORT), 404, "NOT_FOUND");
        refused(call(put("/api/questions/" + id + "/replies/FRA"), null, SUPPORT), 401, "UNAUTHENTICATED");
        refused(call(put("/api/questions/999999/replies/FRA"), "ms-fra", SUPPORT), 404, "NOT_FOUND");
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "ms-fra", "{\"position\":\"MAYBE\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("position"));
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "ms-fra", "{\"reasons\":\"r\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("position"));
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "ms-fra", "{\"position\":\"SUPPORT\",\"vote\":1}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("vote"));
        call(get("/api/questions/" + id + "/replies"), "tsb", null).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aReplyAfterTheCloseIsLateWhetherOrNotTheCloseWasProcessed() throws Exception {
        long id = inConsultation();
        clock.set("2027-01-30T23:59:59Z");
        call(put("/api/questions/" + id + "/replies/FRA"), "ms-fra", AGAINST).andExpect(status().isOk());
        clock.set("2027-01-31T00:00:00Z");
        refused(call(put("/api/questions/" + id + "/replies/DEU"), "ms-deu", SUPPORT), 409, "DEADLINE_PASSED");
        call(get("/api/questions/" + id), "tsb", null)
                .andExpect(jsonPath("$.status").value("CONSULTATION"))
                .andExpect(jsonPath("$.deadlines[0].overdue").value(true));
        runDueJobs(id);
        refused(call(put("/api/questions/" + id + "/replies/DEU"), "ms-deu", SUPPORT), 409, "DEADLINE_PASSED");
        call(get("/api/questions/" + id), "tsb", null)
                .andExpect(jsonPath("$.status").value("RETURNED_TO_SG"))
                .andExpect(jsonPath("$.outcomeReason").value("CONSULTATION_BELOW_THRESHOLD"))
                .andExpect(jsonPath("$.deadlines", hasSize(0)))
                .andExpect(jsonPath("$.nextActions", hasSize(0)));
        call(get("/api/questions/" + id + "/replies"), "chair-sg20", null)
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].reasons").value("scope too wide"));
        assertThat(read(id).get("history").findValuesAsText("action"))
                .containsExactly("REQUESTED", "CONSULTATION_OPENED", "REPLY_SUBMITTED", "CONSULTATION_CLOSED", "OUTCOME");
    }

    @Test
    void aQuestionApprovedWithoutConsultationTakesNoReply() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        long id = agreed("chair-sg20", AGREE.replace("true", "false"));
        refused(call(put("/api/questions/" + id + "/replies/FRA"), "ms-fra", SUPPORT), 409, "WRONG_STEP");
    }
}
