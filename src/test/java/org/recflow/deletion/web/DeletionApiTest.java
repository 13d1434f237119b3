package org.recflow.deletion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
import org.recflow.deletion.DeletionProcess;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Deletions over REST as api.md states them: every endpoint, and each refusal with its code. The chairman records on
 * 2027-01-11 the agreement of 2027-01-08; the window closes 2027-04-11 at 23:59:59Z.
 */
@SpringTest
class DeletionApiTest {

    static final String AGREE = """
            {"recommendation":"Y.2060","studyGroup":"SG20","procedure":"AAP",
             "reason":"Superseded by ITU-T Y.4000.","agreedOn":"2027-01-08"}""";
    static final String OBJECTION = "{\"reasons\":\"Y.2060 is still referenced by national regulation.\"}";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(DeletionProcess.ID).list()
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

    long agreed(String body) throws Exception {
        return agreed("chair-sg20", body);
    }

    long agreed(String chair, String body) throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String answer = call(post("/api/deletions"), chair, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    JsonNode read(long id) throws Exception {
        return json.readTree(call(get("/api/deletions/" + id), "tsb", null).andReturn().getResponse().getContentAsString());
    }

    /** Runs the due timer of this deletion's process only (its business key may also be an approval's). */
    void closeWindow(long id) {
        ProcessInstance p = runtime.createProcessInstanceQuery().processDefinitionKey(DeletionProcess.ID)
                .processInstanceBusinessKey(org.recflow.kernel.Subject.key("DELETION", id)).singleResult();
        Date now = Date.from(clock.now());
        for (Job job : management.createJobQuery().processInstanceId(p.getId()).list()) {
            if (!job.getDuedate().after(now)) {
                management.executeJob(job.getId());
            }
        }
    }

    // --- recording the agreement ---

    @Test
    void chairRecordsTheAgreementAndTheWindowOpensAtOnce() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String location = call(post("/api/deletions"), "chair-sg20", AGREE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/deletions/\\d+")))
                .andExpect(jsonPath("$.recommendation").value("Y.2060"))
                .andExpect(jsonPath("$.studyGroup").value("SG20"))
                .andExpect(jsonPath("$.procedure").value("AAP"))
                .andExpect(jsonPath("$.reason").value("Superseded by ITU-T Y.4000."))
                .andExpect(jsonPath("$.agreedOn").value("2027-01-08"))
                .andExpect(jsonPath("$.status").value("OBJECTION_PERIOD"))
                .andExpect(jsonPath("$.outcomeReason").isEmpty())
                .andExpect(jsonPath("$.window.announcedOn").value("2027-01-11"))
                .andExpect(jsonPath("$.window.closesAt").value("2027-04-11T23:59:59Z"))
                .andExpect(jsonPath("$.objections").value(0))
                .andExpect(jsonPath("$.deadlines", hasSize(1)))
                .andExpect(jsonPath("$.deadlines[0].kind").value("DELETION_OBJECTION_CLOSE"))
                .andExpect(jsonPath("$.deadlines[0].dueAt").value("2027-04-11T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].dueAtGeneva").value(org.hamcrest.Matchers.startsWith("2027-04-12 01:59:59")))
                .andExpect(jsonPath("$.deadlines[0].waitingOn").value("MEMBERS"))
                .andExpect(jsonPath("$.deadlines[0].overdue").value(false))
                .andExpect(jsonPath("$.history[0].action").value("DELETION_AGREED"))
                .andExpect(jsonPath("$.history[0].actor").value("chair-sg20"))
                .andExpect(jsonPath("$.history[1].action").value("OBJECTION_PERIOD_OPENED"))
                .andExpect(jsonPath("$.nextActions").isEmpty()) // the chairman has no step of his own here
                .andExpect(jsonPath("$.createdAt").value("2027-01-11T09:00:00Z"))
                .andExpect(jsonPath("$.createdBy").value("chair-sg20"))
                .andReturn().getResponse().getHeader("Location");
        call(get(location), "ms-fra", null).andExpect(jsonPath("$.nextActions[0].action").value("object"));
    }

    @Test
    void tsbMayRecordItOnTheChairsBehalf() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        call(post("/api/deletions"), "tsb", AGREE.replace("\"AAP\"", "\"TAP\"")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.procedure").value("TAP"))
                .andExpect(jsonPath("$.history[0].role").value("TSB"));
    }

    @Test
    void recordingIsRefusedToOthers() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        refused(call(post("/api/deletions"), "ms-fra", AGREE), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/deletions"), "chair-sg13", AGREE), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/deletions"), "sm-ericsson", AGREE), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/deletions"), null, AGREE), 401, "UNAUTHENTICATED");
        refused(mvc.perform(post("/api/deletions").with(httpBasic("tsb", "wrong"))
                .contentType(MediaType.APPLICATION_JSON).content(AGREE)), 401, "UNAUTHENTICATED");
    }

    @Test
    void recordingRefusesBadBodiesNamingTheField() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"reason\":\"Superseded by ITU-T Y.4000.\",", "")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reason"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"reason\":\"Superseded by ITU-T Y.4000.\"", "\"reason\":\"  \"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reason"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"agreedOn\"", "\"colour\":\"red\",\"agreedOn\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("colour"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"SG20\"", "\"SG99\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("studyGroup"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"AAP\"", "\"WTSA\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("procedure"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"2027-01-08\"", "\"2027-01-12\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("agreedOn"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"2027-01-08\"", "\"08/01/2027\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("agreedOn"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("\"Y.2060\"", "2060")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("recommendation"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("Y.2060", "Y." + "9".repeat(80))), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("recommendation"));
        refused(call(post("/api/deletions"), "chair-sg20", AGREE.replace("Superseded by ITU-T Y.4000.", "x".repeat(4001))), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reason"));
        call(post("/api/deletions"), "chair-sg20", AGREE.replace("Superseded by ITU-T Y.4000.", "x".repeat(4000)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reason").value("x".repeat(4000)))
                .andExpect(jsonPath("$.history[0].detail").value("deletion of ITU-T Y.2060 agreed by SG20 on 2027-01-08 (AAP)"));
        refused(call(post("/api/deletions"), "chair-sg20", "{\"recommendation\":"), 400, "INVALID_REQUEST");
        refused(call(post("/api/deletions"), "chair-sg20", ""), 400, "INVALID_REQUEST");
    }

    // --- objections ---

    @Test
    void membersObjectWithinTheWindow() throws Exception {
        long id = agreed(AGREE);
        clock.set("2027-02-01T10:00:00Z");
        call(post("/api/deletions/" + id + "/objections"), "ms-fra", OBJECTION)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/deletions/" + id + "/objections/\\d+")))
                .andExpect(jsonPath("$.deletionId").value(id))
                .andExpect(jsonPath("$.member").value("FRA"))
                .andExpect(jsonPath("$.memberRole").value("MEMBER_STATE"))
                .andExpect(jsonPath("$.author").value("ms-fra"))
                .andExpect(jsonPath("$.reasons").value("Y.2060 is still referenced by national regulation."))
                .andExpect(jsonPath("$.submittedAt").value("2027-02-01T10:00:00Z"));
        call(post("/api/deletions/" + id + "/objections"), "sm-ericsson", "{}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.member").value("ericsson"))
                .andExpect(jsonPath("$.memberRole").value("SECTOR_MEMBER"))
                .andExpect(jsonPath("$.reasons").isEmpty());
        call(get("/api/deletions/" + id + "/objections"), "ms-bra", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].member").value("FRA"))
                .andExpect(jsonPath("$[1].member").value("ericsson"));
        assertThat(read(id).get("objections").asInt()).isEqualTo(2);
        assertThat(read(id).get("status").asText()).isEqualTo("OBJECTION_PERIOD");
    }

    @Test
    void objectionsAreRefusedToOthersTwiceAndAfterTheClose() throws Exception {
        long id = agreed(AGREE);
        clock.set("2027-02-01T10:00:00Z");
        refused(call(post("/api/deletions/" + id + "/objections"), "tsb", OBJECTION), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/deletions/" + id + "/objections"), "chair-sg20", OBJECTION), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/deletions/" + id + "/objections"), "as-sg20", OBJECTION), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/deletions/" + id + "/objections"), null, OBJECTION), 401, "UNAUTHENTICATED");
        refused(call(post("/api/deletions/" + id + "/objections"), "ms-fra", "{\"reason\":\"x\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reason"));
        call(post("/api/deletions/" + id + "/objections"), "ms-fra", OBJECTION).andExpect(status().isCreated());
        refused(call(post("/api/deletions/" + id + "/objections"), "ms-fra", OBJECTION), 409, "WRONG_STEP");
        refused(call(post("/api/deletions/424242/objections"), "ms-fra", OBJECTION), 404, "NOT_FOUND");
        refused(call(post("/api/deletions/not-a-number/objections"), "ms-fra", OBJECTION), 404, "NOT_FOUND");

        clock.set("2027-04-11T23:59:59Z");
        call(post("/api/deletions/" + id + "/objections"), "ms-deu", OBJECTION).andExpect(status().isCreated());
        clock.set("2027-04-12T00:00:00Z");
        refused(call(post("/api/deletions/" + id + "/objections"), "ms-bra", OBJECTION), 409, "DEADLINE_PASSED");
        closeWindow(id);
        refused(call(post("/api/deletions/" + id + "/objections"), "ms-bra", OBJECTION), 409, "DEADLINE_PASSED");
        JsonNode after = read(id);
        assertThat(after.get("status").asText()).isEqualTo("RETURNED_TO_SG");
        assertThat(after.get("outcomeReason").asText()).isEqualTo("OBJECTION_RECEIVED");
        assertThat(after.get("objections").asInt()).isEqualTo(2);
        assertThat(after.get("deadlines")).isEmpty();
        assertThat(after.get("nextActions")).isEmpty();
    }

    @Test
    void withoutObjectionTheCloseDeletesTheText() throws Exception {
        long id = agreed(AGREE);
        clock.set("2027-04-12T00:00:00Z");
        closeWindow(id);
        call(get("/api/deletions/" + id), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELETED"))
                .andExpect(jsonPath("$.outcomeReason").value("NO_OBJECTION"))
                .andExpect(jsonPath("$.deadlines", hasSize(0)))
                .andExpect(jsonPath("$.history[3].action").value("OUTCOME"));
    }

    // --- reading ---

    @Test
    void readsListFilteredAndItem() throws Exception {
        long sg20 = agreed(AGREE);
        long sg13 = agreed("chair-sg13", AGREE.replace("\"SG20\"", "\"SG13\"").replace("Y.2060", "Y.3001"));
        call(get("/api/deletions?studyGroup=sg20&status=OBJECTION_PERIOD"), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")].recommendation").value("Y.2060"))
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")].status").value("OBJECTION_PERIOD"))
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")].closesAt").value("2027-04-11T23:59:59Z"))
                .andExpect(jsonPath("$[?(@.id == " + sg13 + ")]").isEmpty());
        call(get("/api/deletions?studyGroup=SG13"), "ms-fra", null)
                .andExpect(jsonPath("$[?(@.id == " + sg13 + ")].studyGroup").value("SG13"))
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")]").isEmpty());
        call(get("/api/deletions?status=DELETED"), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")]").isEmpty());
        clock.set("2027-04-12T00:00:00Z");
        closeWindow(sg20);
        call(get("/api/deletions?status=DELETED&studyGroup=SG20"), "ms-fra", null)
                .andExpect(jsonPath("$[?(@.id == " + sg20 + ")].outcomeReason").value("NO_OBJECTION"));
        call(get("/api/deletions"), "sm-ericsson", null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + sg13 + ")].status").value("OBJECTION_PERIOD"));
        refused(call(get("/api/deletions?status=FORGOTTEN"), "ms-fra", null), 400, "INVALID_REQUEST");
        refused(call(get("/api/deletions"), null, null), 401, "UNAUTHENTICATED");
        call(get("/api/deletions/" + sg13), "as-sg20", null).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(sg13));
        refused(call(get("/api/deletions/999999"), "tsb", null), 404, "NOT_FOUND");
        refused(call(get("/api/deletions/not-a-number"), "tsb", null), 404, "NOT_FOUND");
        refused(call(get("/api/deletions/999999/objections"), "tsb", null), 404, "NOT_FOUND");
        refused(call(put("/api/deletions/" + sg13), "tsb", "{}"), 405, "METHOD_NOT_ALLOWED");
    }
}
