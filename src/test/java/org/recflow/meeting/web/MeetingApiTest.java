package org.recflow.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.TapProcess;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Meetings over REST (api.md, second wave, "Meetings"): created by TSB or the SG's chair, listed soonest first, read with
 * their texts and the planner's dates, moved by TSB unless the move breaks a notice already given. Each test uses a
 * study group and dates of its own (the database is shared with the other tests of the JVM).
 */
@SpringTest
class MeetingApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;

    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(TapProcess.ID).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.with(httpBasic(user, "demo"));
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

    JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString());
    }

    long meeting(String user, String sg, String start, String end) throws Exception {
        String b = "{\"studyGroup\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"place\":\"Geneva\"}".formatted(sg, start, end);
        return body(call(post("/api/meetings"), user, b).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/meetings/")))).get("id").asLong();
    }

    long tapText(String sg, String rec, String start, String end) throws Exception {
        String b = """
                {"procedure":"TAP","recommendation":"%s","revision":"NEW","title":"Title of %s","studyGroup":"%s",
                 "questions":["Q1/%s"],"summary":"Summary of %s.","textReference":"%s-TD-%s","agreedOn":"2026-11-30",
                 "nextMeeting":{"start":"%s","end":"%s"}}""".formatted(rec, rec, sg, sg.substring(2), rec, sg, rec, start, end);
        return body(call(post("/api/approvals"), "chair-" + sg.toLowerCase(), b).andExpect(status().isCreated())).get("id").asLong();
    }

    @Test
    void theChairOrTsbSchedulesAMeetingAndAnyoneSignedInReadsItWithThePlannersDates() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long id = meeting("chair-sg21", "SG21", "2027-04-06", "2027-04-15");

        JsonNode m = body(call(get("/api/meetings/" + id), "ms-fra", null).andExpect(status().isOk()));
        assertThat(m.get("studyGroup").asText()).isEqualTo("SG21");
        assertThat(m.get("start").asText()).isEqualTo("2027-04-06");
        assertThat(m.get("end").asText()).isEqualTo("2027-04-15");
        assertThat(m.get("place").asText()).isEqualTo("Geneva");
        assertThat(m.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(m.get("texts")).isEmpty();
        // the planner's answer for its first day: procedures.md's example, closing before Good Friday and Easter Monday
        JsonNode tap = m.get("plans").findParents("procedure").stream().filter(p -> p.get("procedure").asText().equals("TAP"))
                .findFirst().orElseThrow();
        JsonNode close = tap.get("steps").findParents("step").stream().filter(s -> s.get("step").asText().equals("CONSULTATION_CLOSE"))
                .findFirst().orElseThrow();
        assertThat(close.get("closesAt").asText()).isEqualTo("2027-03-23T23:59:59Z");

        refused(call(post("/api/meetings"), "chair-sg13", "{\"studyGroup\":\"SG21\",\"start\":\"2027-05-04\",\"end\":\"2027-05-07\"}"),
                403, "NOT_ELIGIBLE");
        refused(call(post("/api/meetings"), "ms-fra", "{\"studyGroup\":\"SG21\",\"start\":\"2027-05-04\",\"end\":\"2027-05-07\"}"),
                403, "NOT_ELIGIBLE");
        refused(call(post("/api/meetings"), "tsb", "{\"studyGroup\":\"SG99\",\"start\":\"2027-05-04\",\"end\":\"2027-05-07\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("studyGroup"));
        refused(call(post("/api/meetings"), "tsb", "{\"studyGroup\":\"SG21\",\"start\":\"2027-05-04\",\"end\":\"2027-05-03\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("end"));
        refused(call(post("/api/meetings"), "tsb", "{\"studyGroup\":\"SG21\",\"start\":\"2026-11-30\",\"end\":\"2026-12-03\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("start"));
        refused(call(post("/api/meetings"), "tsb", "{\"studyGroup\":\"SG21\",\"end\":\"2027-05-07\"}"), 400, "INVALID_REQUEST");
        refused(call(post("/api/meetings"), "tsb", "{\"studyGroup\":\"SG21\",\"start\":\"2027-05-04\",\"start\":\"2027-05-05\",\"end\":\"2027-05-07\"}"),
                400, "INVALID_REQUEST");
        refused(call(post("/api/meetings"), "tsb", "{\"studyGroup\":\"SG21\",\"start\":\"4 May\",\"end\":\"2027-05-07\"}"),
                400, "INVALID_REQUEST");
        refused(call(get("/api/meetings/99999999"), "tsb", null), 404, "NOT_FOUND");
        refused(call(get("/api/meetings/abc"), "tsb", null), 404, "NOT_FOUND");
        // nothing refused was made
        assertThat(body(call(get("/api/meetings?studyGroup=SG21&from=2027-05-01"), "tsb", null).andExpect(status().isOk()))).isEmpty();
    }

    @Test
    void meetingsAreListedSoonestFirstFromAGivenDay() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long late = meeting("tsb", "SG5", "2027-10-05", "2027-10-14");
        long early = meeting("chair-sg5", "SG5", "2027-02-02", "2027-02-05");
        long middle = meeting("tsb", "SG5", "2027-06-08", "2027-06-17");
        meeting("tsb", "SG2", "2027-03-02", "2027-03-05");

        List<Long> all = ids(body(call(get("/api/meetings?studyGroup=SG5"), "sm-ericsson", null).andExpect(status().isOk())));
        assertThat(all).containsExactly(early, middle, late);
        assertThat(ids(body(call(get("/api/meetings?studyGroup=sg5&from=2027-06-08"), "tsb", null)))).containsExactly(middle, late);
        assertThat(ids(body(call(get("/api/meetings?from=2027-03-01"), "tsb", null)))).doesNotContain(early);
        refused(call(get("/api/meetings?from=next-week"), "tsb", null), 400, "INVALID_REQUEST");
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void aMeetingsTextsAreTheApprovalsStartedForItsDatesAndAMoveThatBreaksANoticeIsRefusedNamingThem() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long id = meeting("tsb", "SG15", "2027-06-15", "2027-06-24");
        long announced = tapText("SG15", "G.9801", "2027-06-15", "2027-06-24");
        long waiting = tapText("SG15", "G.9802", "2027-06-15", "2027-06-24");
        tapText("SG15", "G.9803", "2027-06-15", "2027-06-25");
        tapText("SG17", "X.9804", "2027-06-15", "2027-06-24");
        clock.set("2027-03-01T09:00:00Z");
        call(post("/api/approvals/" + announced + "/consultation"), "tsb", "{\"announcedOn\":\"2027-03-01\"}").andExpect(status().isOk());

        JsonNode m = body(call(get("/api/meetings/" + id), "ms-deu", null).andExpect(status().isOk()));
        assertThat(m.get("texts").findValuesAsText("approvalId")).containsExactly(String.valueOf(announced), String.valueOf(waiting));
        assertThat(m.get("texts").get(0).get("status").asText()).isEqualTo("CONSULTATION");
        assertThat(m.get("texts").get(0).get("procedure").asText()).isEqualTo("TAP");
        assertThat(m.get("texts").get(0).get("recommendation").asText()).isEqualTo("G.9801");
        assertThat(m.get("texts").get(1).get("status").asText()).isEqualTo("REQUESTED");

        // announced 1 March: a meeting opening 31 May had to be announced by 28 February (Res. 1 §9.3.3)
        String earlier = "{\"start\":\"2027-05-31\",\"end\":\"2027-06-09\",\"reason\":\"room not available\"}";
        refused(call(put("/api/meetings/" + id), "tsb", earlier), 409, "NOTICE_TOO_SHORT")
                .andExpect(jsonPath("$.detail").value(containsString("ITU-T G.9801 (new)")))
                .andExpect(jsonPath("$.texts[0].approvalId").value(announced))
                .andExpect(jsonPath("$.texts[0].step").value("ANNOUNCEMENT"))
                .andExpect(jsonPath("$.texts[0].latestDate").value("2027-02-28"))
                .andExpect(jsonPath("$.texts.length()").value(1));
        String later = "{\"start\":\"2027-06-22\",\"end\":\"2027-07-01\",\"place\":\"Bangkok\",\"reason\":\"host's request\"}";
        refused(call(put("/api/meetings/" + id), "chair-sg15", later), 403, "NOT_ELIGIBLE");
        refused(call(put("/api/meetings/" + id), "tsb", "{\"start\":\"2027-06-22\",\"end\":\"2027-07-01\",\"reason\":\"x\",\"detachTexts\":true}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("detachTexts"));
        refused(call(put("/api/meetings/" + id), "tsb", "{\"start\":\"2027-06-22\",\"end\":\"2027-07-01\"}"), 400, "INVALID_REQUEST");
        refused(call(put("/api/meetings/99999999"), "tsb", later), 404, "NOT_FOUND");
        JsonNode unchanged = body(call(get("/api/meetings/" + id), "tsb", null));
        assertThat(unchanged.get("start").asText()).isEqualTo("2027-06-15");
        assertThat(unchanged.get("version").asInt()).isZero();

        // later: the running consultation closes 7 working days before Tue 22 June (Thu 10 June), the other text's
        // planned dates move with it
        JsonNode moved = body(call(put("/api/meetings/" + id), "tsb", later).andExpect(status().isOk()));
        assertThat(moved.get("meeting").get("start").asText()).isEqualTo("2027-06-22");
        assertThat(moved.get("meeting").get("end").asText()).isEqualTo("2027-07-01");
        assertThat(moved.get("meeting").get("place").asText()).isEqualTo("Bangkok");
        assertThat(moved.get("meeting").get("version").asInt()).isEqualTo(1);
        assertThat(moved.get("approvalsMoved").asBoolean()).isFalse();
        JsonNode first = moved.get("texts").get(0);
        assertThat(first.get("approvalId").asLong()).isEqualTo(announced);
        JsonNode close = first.get("dates").findParents("step").stream().filter(s -> s.get("step").asText().equals("CONSULTATION_CLOSE"))
                .findFirst().orElseThrow();
        assertThat(close.get("from").asText()).isEqualTo("2027-06-03");
        assertThat(close.get("to").asText()).isEqualTo("2027-06-10");
        assertThat(close.get("closesAt").asText()).isEqualTo("2027-06-10T23:59:59Z");
        JsonNode second = moved.get("texts").get(1);
        assertThat(second.get("dates").findValuesAsText("step")).contains("ANNOUNCEMENT", "TEXT_DISTRIBUTION", "CONSULTATION_CLOSE");
        // the texts stay the meeting's at its new dates
        JsonNode after = body(call(get("/api/meetings/" + id), "tsb", null));
        assertThat(after.get("texts").findValuesAsText("approvalId")).containsExactly(String.valueOf(announced), String.valueOf(waiting));
        assertThat(body(call(get("/api/meetings?studyGroup=SG15&from=2027-06-01"), "tsb", null)).get(0).get("texts").asInt()).isEqualTo(2);
    }
}
