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
    @Autowired org.recflow.deadline.DeadlineBook deadlines;

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
        // nothing refused was made (other tests' SG21 meetings, made by start bodies, may lie in that range)
        assertThat(body(call(get("/api/meetings?studyGroup=SG21&from=2026-11-01"), "tsb", null).andExpect(status().isOk()))
                .findValuesAsText("start")).doesNotContain("2027-05-04", "2026-11-30");
    }

    @Test
    void meetingsAreListedSoonestFirstFromAGivenDay() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long late = meeting("tsb", "SG5", "2027-10-05", "2027-10-14");
        long early = meeting("chair-sg5", "SG5", "2027-02-02", "2027-02-05");
        long middle = meeting("tsb", "SG5", "2027-06-08", "2027-06-17");
        meeting("tsb", "SG2", "2027-03-02", "2027-03-05");

        // only these three are compared: other tests' texts schedule SG5 meetings of their own
        List<Long> mine = List.of(early, middle, late);
        List<Long> all = ids(body(call(get("/api/meetings?studyGroup=SG5"), "sm-ericsson", null).andExpect(status().isOk())));
        assertThat(all.stream().filter(mine::contains).toList()).containsExactly(early, middle, late);
        assertThat(ids(body(call(get("/api/meetings?studyGroup=sg5&from=2027-06-08"), "tsb", null))).stream().filter(mine::contains).toList())
                .containsExactly(middle, late);
        assertThat(ids(body(call(get("/api/meetings?from=2027-03-01"), "tsb", null)))).doesNotContain(early);
        refused(call(get("/api/meetings?from=next-week"), "tsb", null), 400, "INVALID_REQUEST");
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void aMeetingsTextsAreTheApprovalsStartedForItsDatesAndAMoveMovesThemUnlessItBreaksANoticeNamingThem() throws Exception {
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
        assertThat(moved.get("approvalsMoved").asBoolean()).isTrue();
        assertThat(moved.get("detached")).isEmpty();
        JsonNode first = moved.get("texts").get(0);
        assertThat(first.get("approvalId").asLong()).isEqualTo(announced);
        JsonNode close = first.get("dates").findParents("step").stream().filter(s -> s.get("step").asText().equals("CONSULTATION_CLOSE"))
                .findFirst().orElseThrow();
        assertThat(close.get("from").asText()).isEqualTo("2027-06-03");
        assertThat(close.get("to").asText()).isEqualTo("2027-06-10");
        assertThat(close.get("closesAt").asText()).isEqualTo("2027-06-10T23:59:59Z");
        JsonNode second = moved.get("texts").get(1);
        assertThat(second.get("dates").findValuesAsText("step")).contains("ANNOUNCEMENT", "TEXT_DISTRIBUTION", "CONSULTATION_CLOSE");
        // the approvals moved with it: their meeting, the running consultation's close and its deadline, with a raised
        // SEQUENCE in the iCalendar feed, and each text's history
        JsonNode approval = body(call(get("/api/approvals/" + announced), "tsb", null).andExpect(status().isOk()));
        assertThat(approval.get("meetingId").asLong()).isEqualTo(id);
        assertThat(approval.get("nextMeeting").get("start").asText()).isEqualTo("2027-06-22");
        assertThat(approval.get("consultation").get("closesAt").asText()).isEqualTo("2027-06-10T23:59:59Z");
        assertThat(approval.get("deadlines").findParents("kind").stream()
                .filter(d -> d.get("kind").asText().equals("CONSULTATION_CLOSE")).findFirst().orElseThrow().get("dueAt").asText())
                .isEqualTo("2027-06-10T23:59:59Z");
        assertThat(approval.get("history").findValuesAsText("action")).contains("MEETING_MOVED");
        assertThat(approval.get("history").findValuesAsText("detail")).anySatisfy(d -> assertThat(d).contains("host's request"));
        long closeId = deadlines.openFor("APPROVAL", announced).stream().filter(d -> d.kind().name().equals("CONSULTATION_CLOSE"))
                .findFirst().orElseThrow().id();
        String feed = call(get("/api/deadlines.ics?studyGroup=SG15"), "tsb", null).andReturn().getResponse().getContentAsString();
        String event = feed.substring(feed.indexOf("UID:deadline-" + closeId + "@recflow"));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        assertThat(event).contains("SEQUENCE:1").contains("2027-06-10T23:59:59Z");
        JsonNode requested = body(call(get("/api/approvals/" + waiting), "tsb", null));
        assertThat(requested.get("deadlines").findParents("kind").stream()
                .filter(d -> d.get("kind").asText().equals("MEETING_ANNOUNCEMENT")).findFirst().orElseThrow().get("dueAt").asText())
                .isEqualTo("2027-03-22T23:59:59Z");
        // the texts stay the meeting's at its new dates
        JsonNode after = body(call(get("/api/meetings/" + id), "tsb", null));
        assertThat(after.get("texts").findValuesAsText("approvalId")).containsExactly(String.valueOf(announced), String.valueOf(waiting));
        // G.9803 named other dates (to 25 June): it found no meeting with them and made its own, which did not move
        JsonNode listed = body(call(get("/api/meetings?studyGroup=SG15&from=2027-06-01"), "tsb", null));
        assertThat(listed.findParents("id").stream().filter(x -> x.get("id").asLong() == id).findFirst().orElseThrow().get("texts").asInt())
                .isEqualTo(2);
        assertThat(listed.findParents("id").stream().filter(x -> x.get("end").asText().equals("2027-06-25")).findFirst().orElseThrow()
                .get("start").asText()).isEqualTo("2027-06-15");
    }

    @Test
    void aStartBodyNamesItsMeetingByIdOrByDatesAndTheApprovalShowsIt() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long id = meeting("tsb", "SG11", "2027-05-04", "2027-05-12");
        String byId = """
                {"procedure":"TAP","recommendation":"Q.9811","revision":"NEW","title":"T","studyGroup":"SG11","questions":["Q1/11"],
                 "summary":"S.","textReference":"SG11-TD-1","agreedOn":"2026-11-30","nextMeeting":{"meetingId":%d}}""";
        JsonNode first = body(call(post("/api/approvals"), "chair-sg11", byId.formatted(id)).andExpect(status().isCreated()));
        assertThat(first.get("meetingId").asLong()).isEqualTo(id);
        assertThat(first.get("nextMeeting").get("start").asText()).isEqualTo("2027-05-04");
        assertThat(first.get("nextMeeting").get("end").asText()).isEqualTo("2027-05-12");
        // by dates: the same meeting is found
        long second = tapText("SG11", "Q.9812", "2027-05-04", "2027-05-12");
        assertThat(body(call(get("/api/approvals/" + second), "tsb", null)).get("meetingId").asLong()).isEqualTo(id);
        // new dates: a meeting is scheduled for them
        long third = tapText("SG11", "Q.9813", "2027-09-07", "2027-09-15");
        long other = body(call(get("/api/approvals/" + third), "tsb", null)).get("meetingId").asLong();
        assertThat(other).isNotEqualTo(id);
        JsonNode scheduled = body(call(get("/api/meetings/" + other), "tsb", null).andExpect(status().isOk()));
        assertThat(scheduled.get("studyGroup").asText()).isEqualTo("SG11");
        assertThat(scheduled.get("start").asText()).isEqualTo("2027-09-07");
        assertThat(body(call(get("/api/meetings/" + id), "tsb", null)).get("texts").findValuesAsText("approvalId"))
                .containsExactly(String.valueOf(first.get("id").asLong()), String.valueOf(second));
        // what each still needs before the meeting: a requested TAP text the announcement, the texts and the close
        assertThat(body(call(get("/api/meetings/" + id), "tsb", null)).get("texts").get(0).get("needs").findValuesAsText("step"))
                .containsExactly("ANNOUNCEMENT", "TEXT_DISTRIBUTION", "CONSULTATION_CLOSE");

        long sg17 = meeting("tsb", "SG17", "2027-05-04", "2027-05-13");
        refused(call(post("/api/approvals"), "chair-sg11", byId.formatted(sg17)), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("nextMeeting.meetingId"));
        refused(call(post("/api/approvals"), "chair-sg11", byId.formatted(99999999L)), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("nextMeeting.meetingId"));
        refused(call(post("/api/approvals"), "chair-sg11", byId.formatted(id).replace("{\"meetingId\"", "{\"start\":\"2027-05-04\",\"meetingId\"")),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("nextMeeting"));
        refused(call(post("/api/approvals"), "chair-sg11", byId.replace("{\"meetingId\":%d}", "{\"start\":\"2027-05-04\"}")),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("nextMeeting.end"));
        call(post("/api/meetings/" + other + "/cancellation"), "tsb", "{\"reason\":\"no host\"}").andExpect(status().isOk());
        refused(call(post("/api/approvals"), "chair-sg11", byId.formatted(other)), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.detail").value(containsString("cancelled")));
        // nothing refused was made
        assertThat(body(call(get("/api/meetings/" + id), "tsb", null)).get("texts")).hasSize(2);
    }

    @Test
    void detachTextsMovesTheMeetingAndSendsTheTextsWhoseNoticeBreaksBackToWait() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long id = meeting("tsb", "SG13", "2027-06-15", "2027-06-23");
        long announced = tapText("SG13", "Y.9831", "2027-06-15", "2027-06-23");
        long waiting = tapText("SG13", "Y.9832", "2027-06-15", "2027-06-23");
        clock.set("2027-03-01T09:00:00Z");
        call(post("/api/approvals/" + announced + "/consultation"), "tsb", "{\"announcedOn\":\"2027-03-01\"}").andExpect(status().isOk());
        String earlier = "{\"start\":\"2027-05-31\",\"end\":\"2027-06-08\",\"reason\":\"room not available\"";
        refused(call(put("/api/meetings/" + id), "tsb", earlier + "}"), 409, "NOTICE_TOO_SHORT");

        JsonNode moved = body(call(put("/api/meetings/" + id), "tsb", earlier + ",\"detachTexts\":true}").andExpect(status().isOk()));
        assertThat(moved.get("detached").findValuesAsText("approvalId")).containsExactly(String.valueOf(announced));
        assertThat(moved.get("texts").findValuesAsText("approvalId")).containsExactly(String.valueOf(waiting));
        assertThat(moved.get("meeting").get("texts").findValuesAsText("approvalId")).containsExactly(String.valueOf(waiting));
        JsonNode detached = body(call(get("/api/approvals/" + announced), "tsb", null));
        assertThat(detached.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(detached.get("meetingId").isNull()).isTrue();
        assertThat(detached.get("deadlines")).isEmpty();
        assertThat(detached.get("history").findValuesAsText("action")).contains("MEETING_DETACHED");
        JsonNode kept = body(call(get("/api/approvals/" + waiting), "tsb", null));
        assertThat(kept.get("nextMeeting").get("start").asText()).isEqualTo("2027-05-31");
        assertThat(kept.get("history").findValuesAsText("action")).contains("MEETING_MOVED");
    }

    @Test
    void tsbCancelsAMeetingAndItsTextsWaitForAnother() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long id = meeting("tsb", "SG20", "2027-07-06", "2027-07-14");
        long text = tapText("SG20", "Y.9841", "2027-07-06", "2027-07-14");
        refused(call(post("/api/meetings/" + id + "/cancellation"), "chair-sg20", "{\"reason\":\"x\"}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/meetings/" + id + "/cancellation"), "tsb", "{}"), 400, "INVALID_REQUEST");
        refused(call(post("/api/meetings/99999999/cancellation"), "tsb", "{\"reason\":\"x\"}"), 404, "NOT_FOUND");
        assertThat(body(call(get("/api/approvals/" + text), "tsb", null)).get("meetingId").asLong()).isEqualTo(id);

        JsonNode cancelled = body(call(post("/api/meetings/" + id + "/cancellation"), "tsb", "{\"reason\":\"venue closed\"}")
                .andExpect(status().isOk()));
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("texts")).isEmpty();
        JsonNode a = body(call(get("/api/approvals/" + text), "tsb", null));
        assertThat(a.get("meetingId").isNull()).isTrue();
        assertThat(a.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(a.get("deadlines")).isEmpty();
        assertThat(a.get("history").findValuesAsText("detail")).anySatisfy(d -> assertThat(d).contains("venue closed"));
        refused(call(post("/api/meetings/" + id + "/cancellation"), "tsb", "{\"reason\":\"again\"}"), 409, "WRONG_STEP");
        refused(call(put("/api/meetings/" + id), "tsb", "{\"start\":\"2027-07-13\",\"end\":\"2027-07-20\",\"reason\":\"x\"}"),
                409, "WRONG_STEP");
    }
}
