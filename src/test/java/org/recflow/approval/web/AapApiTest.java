package org.recflow.approval.web;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The AAP over REST as api.md states it: every endpoint, and each refusal with its code. */
@SpringTest
class AapApiTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1234",
             "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
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

    long started() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = call(post("/api/approvals"), "chair-sg20", START).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    long inLastCall() throws Exception {
        long id = started();
        clock.set("2027-01-18T08:00:00Z");
        call(post("/api/approvals/" + id + "/last-call"), "tsb", "{\"announcedOn\":\"2027-01-18\"}").andExpect(status().isOk());
        return id;
    }

    JsonNode read(long id) throws Exception {
        return json.readTree(call(get("/api/approvals/" + id), "tsb", null).andReturn().getResponse().getContentAsString());
    }

    // --- start ---

    @Test
    void chairStartsAnApproval() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        call(post("/api/approvals"), "chair-sg20", START)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/approvals/\\d+")))
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.studyGroup").value("SG20"))
                .andExpect(jsonPath("$.history[0].action").value("REQUESTED"))
                // the chairman is offered only his own steps; the Last Call is TSB's
                .andExpect(jsonPath("$.nextActions[0].action").value("change-procedure"))
                .andExpect(jsonPath("$.nextActions[?(@.action == 'announce-last-call')]").isEmpty());
    }

    @Test
    void tsbMayStartOnTheChairsBehalf() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        call(post("/api/approvals"), "tsb", START).andExpect(status().isCreated())
                .andExpect(jsonPath("$.history[0].role").value("TSB"));
    }

    @Test
    void startIsRefusedToOthers() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        refused(call(post("/api/approvals"), "chair-sg13", START), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals"), "ms-fra", START), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals"), null, START), 401, "UNAUTHENTICATED");
        refused(mvc.perform(post("/api/approvals").with(httpBasic("tsb", "wrong"))
                .contentType(MediaType.APPLICATION_JSON).content(START)), 401, "UNAUTHENTICATED");
    }

    @Test
    void startRefusesBadBodiesNamingTheField() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("\"summary\":\"A reference model.\",", "")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("summary"));
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("\"regionalGroup\":null", "\"regionalGroup\":null,\"colour\":1")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("colour"));
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("\"NEW\"", "\"BRAND_NEW\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("revision"));
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("\"SG20\"", "\"SG99\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("studyGroup"));
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("\"2027-01-08\"", "\"08/01/2027\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("agreedOn"));
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("\"2027-01-08\"", "\"2027-02-08\"")), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("\"questions\":[\"Q2/20\"]", "\"questions\":\"Q2/20\"")), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals"), "chair-sg20", "{\"procedure\":"), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals"), "chair-sg20", "[]"), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals"), "chair-sg20", ""), 400, "INVALID_REQUEST");
        refused(mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo"))
                .contentType(MediaType.TEXT_PLAIN).content("hello")), 415, "UNSUPPORTED_MEDIA_TYPE");
        refused(call(post("/api/approvals"), "chair-sg20", START.replace("Y.4480", "Y." + "9".repeat(80))), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("recommendation"));
    }

    @Test
    void readsListAndItem() throws Exception {
        long id = started();
        call(get("/api/approvals?studyGroup=sg20&procedure=AAP&status=REQUESTED"), "ms-fra", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value("REQUESTED"));
        call(get("/api/approvals?studyGroup=SG13"), "ms-fra", null)
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        refused(call(get("/api/approvals?status=SLEEPING"), "ms-fra", null), 400, "INVALID_REQUEST");
        call(get("/api/approvals/" + id), "sm-ericsson", null).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        refused(call(get("/api/approvals/999999"), "tsb", null), 404, "NOT_FOUND");
        refused(call(get("/api/approvals/not-a-number"), "tsb", null), 404, "NOT_FOUND");
        refused(call(get("/api/nothing-here"), "tsb", null), 404, "NOT_FOUND");
        refused(call(put("/api/approvals/" + id), "tsb", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    // --- Last Call ---

    @Test
    void lastCallIsAnnouncedByTsbOnce() throws Exception {
        long id = started();
        clock.set("2027-01-18T08:00:00Z");
        refused(call(post("/api/approvals/" + id + "/last-call"), "chair-sg20", "{}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/last-call"), "tsb", "{\"announcedOn\":\"2027-01-19\"}"), 400, "INVALID_REQUEST");
        call(post("/api/approvals/" + id + "/last-call"), "tsb", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LAST_CALL"))
                .andExpect(jsonPath("$.lastCall.closesAt").value("2027-02-15T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("LAST_CALL_CLOSE"))
                .andExpect(jsonPath("$.deadlines[0].dueAt").value("2027-02-15T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].waitingOn").value("MEMBERS"))
                .andExpect(jsonPath("$.deadlines[0].overdue").value(false));
        refused(call(post("/api/approvals/" + id + "/last-call"), "tsb", "{}"), 409, "WRONG_STEP");
        refused(call(post("/api/approvals/424242/last-call"), "tsb", "{}"), 404, "NOT_FOUND");
    }

    @Test
    void membersCommentInLastCall() throws Exception {
        long id = inLastCall();
        clock.set("2027-02-01T10:00:00Z");
        String typo = "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"'recieve' in 6.2\",\"proposedChanges\":\"receive\"}";
        call(post("/api/approvals/" + id + "/comments"), "ms-fra", typo)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.member").value("FRA"))
                .andExpect(jsonPath("$.phase").value("LAST_CALL"));
        call(post("/api/approvals/" + id + "/comments"), "sm-ericsson", typo).andExpect(status().isCreated());
        call(post("/api/approvals/" + id + "/comments"), "as-sg20", typo).andExpect(status().isCreated());
        refused(call(post("/api/approvals/" + id + "/comments"), "as-sg13", typo), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/comments"), "tsb", typo), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/comments"), "chair-sg20", typo), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-deu", "{\"kind\":\"TYPOGRAPHICAL\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("text"));
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-deu", "{\"kind\":\"SPELLING\",\"text\":\"x\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("kind"));
        call(get("/api/approvals/" + id + "/comments"), "ms-bra", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].author").value("ms-fra"));
        assertThat(read(id).get("comments").asInt()).isEqualTo(3);
    }

    @Test
    void aCommentBeforeLastCallIsTheWrongStepAndOneAfterItsCloseIsLate() throws Exception {
        long id = started();
        String typo = "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"x\"}";
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-fra", typo), 409, "WRONG_STEP");
        clock.set("2027-01-18T08:00:00Z");
        call(post("/api/approvals/" + id + "/last-call"), "tsb", null).andExpect(status().isOk());
        clock.set("2027-02-15T23:59:59Z");
        call(post("/api/approvals/" + id + "/comments"), "ms-fra", typo).andExpect(status().isCreated());
        clock.set("2027-02-16T00:00:00Z");
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-deu", typo), 409, "DEADLINE_PASSED");
        clock.runDueJobs(id);
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-deu", typo), 409, "DEADLINE_PASSED");
        assertThat(read(id).get("status").asText()).isEqualTo("LAST_CALL_JUDGEMENT");
        assertThat(read(id).get("comments").asInt()).isEqualTo(1);
    }

    @Test
    void chairJudgesAfterTheClose() throws Exception {
        long id = inLastCall();
        clock.set("2027-02-01T10:00:00Z");
        call(post("/api/approvals/" + id + "/comments"), "ms-fra", "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"x\"}").andExpect(status().isCreated());
        refused(call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"APPROVE\"}"), 409, "WRONG_STEP");
        clock.moveTo("2027-02-16T00:00:00Z", id);
        refused(call(post("/api/approvals/" + id + "/judgement"), "ms-fra", "{\"route\":\"APPROVE\"}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/judgement"), "chair-sg13", "{\"route\":\"APPROVE\"}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"SHRUG\"}"), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"ADDITIONAL_REVIEW\"}"), 409, "WRONG_STEP");
        call(get("/api/approvals/" + id), "chair-sg20", null)
                .andExpect(jsonPath("$.nextActions[0].action").value("judge"))
                .andExpect(jsonPath("$.nextActions[0].routes", hasSize(3)));
        call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"APPROVE\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.outcome").value("APPROVED"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("NOTIFICATION"));
        refused(call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"APPROVE\"}"), 409, "WRONG_STEP");
    }

    // --- the longer roads ---

    long inJudgementWithASubstantiveComment() throws Exception {
        long id = inLastCall();
        clock.set("2027-02-01T10:00:00Z");
        call(post("/api/approvals/" + id + "/comments"), "ms-deu", "{\"kind\":\"SUBSTANTIVE\",\"text\":\"clause 7 is wrong\"}")
                .andExpect(status().isCreated());
        clock.moveTo("2027-02-16T00:00:00Z", id);
        return id;
    }

    long inCommentResolution() throws Exception {
        long id = inJudgementWithASubstantiveComment();
        call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"COMMENT_RESOLUTION\"}")
                .andExpect(jsonPath("$.status").value("COMMENT_RESOLUTION"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("COMMENT_COMPILATION"))
                .andExpect(jsonPath("$.deadlines[0].dueAt").value("2027-03-01T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].waitingOn").value("CHAIR"));
        return id;
    }

    @Test
    void commentResolutionAndAdditionalReview() throws Exception {
        long id = inCommentResolution();
        String resolution = "{\"textReference\":\"SG20-TD1300\",\"resolutionReference\":\"SG20-TD1301\"}";
        refused(call(post("/api/approvals/" + id + "/resolution"), "tsb", "{\"textReference\":\"x\"}"), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals/" + id + "/resolution"), "ms-fra", resolution), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/resolution"), "chair-sg20", resolution)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESOLUTION_JUDGEMENT"))
                .andExpect(jsonPath("$.commentResolution.resolutionReference").value("SG20-TD1301"))
                .andExpect(jsonPath("$.deadlines", hasSize(0)));
        refused(call(post("/api/approvals/" + id + "/resolution"), "chair-sg20", resolution), 409, "WRONG_STEP");
        refused(call(post("/api/approvals/" + id + "/additional-review"), "tsb", "{}"), 409, "WRONG_STEP");
        call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"ADDITIONAL_REVIEW\"}")
                .andExpect(jsonPath("$.status").value("AWAITING_ADDITIONAL_REVIEW"));
        clock.set("2027-03-01T08:00:00Z");
        refused(call(post("/api/approvals/" + id + "/additional-review"), "chair-sg20", "{}"), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/additional-review"), "tsb", "{}")
                .andExpect(jsonPath("$.status").value("ADDITIONAL_REVIEW"))
                .andExpect(jsonPath("$.additionalReview.closesAt").value("2027-03-22T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("ADDITIONAL_REVIEW_CLOSE"));
        String typo = "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"x\"}";
        refused(call(post("/api/approvals/" + id + "/comments"), "as-sg20", typo), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/comments"), "sm-nokia", typo).andExpect(status().isCreated())
                .andExpect(jsonPath("$.phase").value("ADDITIONAL_REVIEW"));
        clock.moveTo("2027-03-23T00:00:00Z", id);
        call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"APPROVE\"}")
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.outcomeReason").value("TYPOGRAPHICAL_COMMENTS_ONLY_IN_ADDITIONAL_REVIEW"));
    }

    long meetingAnnounced() throws Exception {
        long id = inJudgementWithASubstantiveComment();
        call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"MEETING\"}")
                .andExpect(jsonPath("$.status").value("AWAITING_MEETING"));
        clock.set("2027-03-22T10:00:00Z");
        String meeting = "{\"meetingStart\":\"2027-04-12\",\"meetingEnd\":\"2027-04-21\"}";
        refused(call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg20", "{\"objections\":[]}"), 409, "WRONG_STEP");
        refused(call(post("/api/approvals/" + id + "/meeting-announcement"), "chair-sg20", meeting), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/meeting-announcement"), "tsb",
                "{\"meetingStart\":\"2027-04-12\",\"meetingEnd\":\"2027-04-01\"}"), 400, "INVALID_REQUEST");
        call(post("/api/approvals/" + id + "/meeting-announcement"), "tsb", meeting)
                .andExpect(status().isOk()).andExpect(jsonPath("$.meetingAnnouncedOn").value("2027-03-22"))
                .andExpect(jsonPath("$.nextMeeting.start").value("2027-04-12"));
        return id;
    }

    @Test
    void meetingAnnouncementTooLateNamesTheLatestDate() throws Exception {
        long id = inJudgementWithASubstantiveComment();
        call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"MEETING\"}");
        clock.set("2027-03-23T00:00:00Z");
        refused(call(post("/api/approvals/" + id + "/meeting-announcement"), "tsb",
                "{\"meetingStart\":\"2027-04-12\",\"meetingEnd\":\"2027-04-21\"}"), 409, "NOTICE_TOO_SHORT")
                .andExpect(jsonPath("$.latestDate").value("2027-03-22"));
        assertThat(read(id).get("meetingAnnouncedOn").isNull()).isTrue();
    }

    @Test
    void meetingOutcomeWithMoreTimeAndALateObjection() throws Exception {
        long id = meetingAnnounced();
        clock.set("2027-04-21T17:00:00Z");
        refused(call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg20",
                "{\"objections\":[\"XXX\"]}"), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("objections"));
        refused(call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg20",
                "{\"objections\":[\"FRA\"],\"abstentions\":[\"FRA\"]}"), 400, "INVALID_REQUEST");
        refused(call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg13", "{\"objections\":[]}"), 403, "NOT_ELIGIBLE");
        // codes in bodies are matched exactly (api.md, "Strict input"): lower case is refused, not folded
        refused(call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg20",
                "{\"objections\":[\"fra\"]}"), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("objections"));
        call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg20", """
                {"meetingEnd":"2027-04-21","objections":["FRA"],"moreTimeRequestedBy":["BRA"],"abstentions":["CHN"],
                 "reservations":[{"member":"DEU","note":"concern on clause 8"},{"member":"ericsson","note":"noted"}],
                 "policyImplicationsRaisedBy":null}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MORE_TIME"))
                .andExpect(jsonPath("$.meetingOutcome.objections[0]").value("FRA"))
                .andExpect(jsonPath("$.meetingOutcome.reservations[1].member").value("ericsson"))
                .andExpect(jsonPath("$.moreTime.closesAt").value("2027-05-19T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("MORE_TIME_CLOSE"))
                .andExpect(jsonPath("$.deadlines[0].waitingOn").value("MEMBER_STATES"));
        clock.set("2027-05-02T10:00:00Z");
        refused(call(post("/api/approvals/" + id + "/objections"), "ms-deu", "{\"reasons\":\"r\"}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/objections"), "sm-ericsson", "{\"reasons\":\"r\"}"), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/objections"), "ms-bra", "{\"reasons\":\"needs work\",\"proposedChanges\":\"...\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.memberState").value("BRA"));
        call(get("/api/approvals/" + id), "tsb", null)
                .andExpect(jsonPath("$.status").value("NOT_APPROVED"))
                .andExpect(jsonPath("$.outcomeReason").value("OBJECTION_AFTER_MORE_TIME"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("NOTIFICATION"));
        refused(call(post("/api/approvals/" + id + "/objections"), "ms-bra", "{\"reasons\":\"again\"}"), 409, "WRONG_STEP");
        call(get("/api/approvals/" + id + "/objections"), "tsb", null).andExpect(jsonPath("$", hasSize(1)));

        // notification, then restart without a new consent
        refused(call(post("/api/approvals/" + id + "/notification"), "chair-sg20", "{\"circular\":\"TSB Circular 9\"}"), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/notification"), "tsb", "{\"circular\":\"TSB Circular 9\",\"issuedOn\":\"2027-05-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.notification.circular").value("TSB Circular 9"))
                .andExpect(jsonPath("$.deadlines", hasSize(0)));
        refused(call(post("/api/approvals/" + id + "/restart"), "ms-bra", null), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/restart"), "chair-sg20", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REQUESTED")).andExpect(jsonPath("$.round").value(2));
        refused(call(post("/api/approvals/" + id + "/restart"), "chair-sg20", null), 409, "WRONG_STEP");
    }

    @Test
    void policyImplicationsAtTheMeetingMoveTheTextToTap() throws Exception {
        long id = meetingAnnounced();
        clock.set("2027-04-21T17:00:00Z");
        call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg20", "{\"policyImplicationsRaisedBy\":\"IND\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MOVED_TO_TAP"));
    }

    @Test
    void withdrawalByTheChair() throws Exception {
        long id = inLastCall();
        refused(call(post("/api/approvals/" + id + "/withdrawal"), "chair-sg20", "{}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reason"));
        refused(call(post("/api/approvals/" + id + "/withdrawal"), "ms-fra", "{\"reason\":\"x\"}"), 403, "NOT_ELIGIBLE");
        call(post("/api/approvals/" + id + "/withdrawal"), "chair-sg20", "{\"reason\":\"superseded\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.deadlines", hasSize(0)));
        refused(call(post("/api/approvals/" + id + "/withdrawal"), "chair-sg20", "{\"reason\":\"again\"}"), 409, "WRONG_STEP");
        refused(call(post("/api/approvals/" + id + "/comments"), "ms-fra", "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"x\"}"), 409, "WRONG_STEP");
    }

    @Test
    void aRefusedStepChangesNothing() throws Exception {
        long id = inLastCall();
        String before = call(get("/api/approvals/" + id), "tsb", null).andReturn().getResponse().getContentAsString();
        refused(call(post("/api/approvals/" + id + "/last-call"), "tsb", "{}"), 409, "WRONG_STEP");
        refused(call(post("/api/approvals/" + id + "/judgement"), "chair-sg20", "{\"route\":\"MEETING\"}"), 409, "WRONG_STEP");
        refused(call(post("/api/approvals/" + id + "/meeting-announcement"), "tsb",
                "{\"meetingStart\":\"2027-04-12\",\"meetingEnd\":\"2027-04-21\"}"), 409, "WRONG_STEP");
        String after = call(get("/api/approvals/" + id), "tsb", null).andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before);
    }
}
