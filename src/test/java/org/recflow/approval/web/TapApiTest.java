package org.recflow.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** The TAP (Res. 1 §9) over REST as api.md states it: the consultation, the 70% rule's inputs, and each refusal with its code. */
@SpringTest
class TapApiTest {

    static final String START = """
            {"procedure":"TAP","recommendation":"D.50","revision":"REVISED","title":"International Internet connectivity",
             "studyGroup":"SG3","summary":"Principles for international Internet connectivity charging.",
             "textReference":"SG3-TD100","agreedOn":"2026-11-30","nextMeeting":{"start":"2027-04-06","end":"2027-04-15"}}""";

    static final String AAP_START = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1234",
             "agreedOn":"2026-11-20","nextMeeting":null,"regionalGroup":null}""";

    static final String SUPPORT = "{\"position\":\"SUPPORT\"}";
    static final String AGAINST = "{\"position\":\"AGAINST\",\"reasons\":\"tariff impact\",\"proposedChanges\":\"delete clause 4\"}";

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

    long idOf(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    long started(String body) throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        return idOf(call(post("/api/approvals"), "chair-sg3", body).andExpect(status().isCreated()));
    }

    long started() throws Exception {
        return started(START);
    }

    long inConsultation(String body) throws Exception {
        long id = started(body);
        clock.set("2027-01-06T08:00:00Z");
        call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONSULTATION"));
        return id;
    }

    long inConsultation() throws Exception {
        return inConsultation(START);
    }

    long aapStarted() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        return idOf(call(post("/api/approvals"), "chair-sg20", AAP_START).andExpect(status().isCreated()));
    }

    String raw(long id) throws Exception {
        return call(get("/api/approvals/" + id), "tsb", null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    JsonNode read(long id) throws Exception {
        return json.readTree(raw(id));
    }

    JsonNode replies(long id) throws Exception {
        return json.readTree(call(get("/api/approvals/" + id + "/replies"), "tsb", null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    ResultActions reply(long id, String state, String user, String body) throws Exception {
        return call(put("/api/approvals/" + id + "/replies/" + state), user, body);
    }

    // --- start ---

    @Test
    void chairStartsATapWithItsMeetingAnnouncementDeadlineAndAnEmptyTally() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        ResultActions created = call(post("/api/approvals"), "chair-sg3", START)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.procedure").value("TAP"))
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.studyGroup").value("SG3"))
                .andExpect(jsonPath("$.nextMeeting.start").value("2027-04-06"))
                .andExpect(jsonPath("$.nextMeeting.end").value("2027-04-15"))
                .andExpect(jsonPath("$.regionalGroup").value(nullValue()))
                .andExpect(jsonPath("$.deadlines", hasSize(1)))
                .andExpect(jsonPath("$.deadlines[0].kind").value("MEETING_ANNOUNCEMENT"))
                .andExpect(jsonPath("$.deadlines[0].dueAt").value("2027-01-06T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[0].overdue").value(false))
                .andExpect(jsonPath("$.tally.support").value(0))
                .andExpect(jsonPath("$.tally.against").value(0))
                .andExpect(jsonPath("$.tally.noPosition").value(0))
                .andExpect(jsonPath("$.tally.counted").value(0))
                .andExpect(jsonPath("$.tally.supportPercent").value(nullValue()))
                .andExpect(jsonPath("$.tally.thresholdMet").value(true))
                .andExpect(jsonPath("$.consultation").value(nullValue()))
                .andExpect(jsonPath("$.nextActions[?(@.action == 'announce-consultation')]").isEmpty());
        JsonNode asTsb = read(idOf(created));
        assertThat(asTsb.at("/nextActions/0/action").asText()).isEqualTo("announce-consultation");
        assertThat(asTsb.at("/nextActions/0/who").asText()).isEqualTo("TSB");
        JsonNode tally = asTsb.get("tally");
        assertThat(tally.has("supportPercent")).as("supportPercent is present, as null").isTrue();
        assertThat(tally.get("supportPercent").isNull()).isTrue();
    }

    @Test
    void startRefusesATapWithoutItsMeetingAndMisplacedRegionalGroups() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        String noMeeting = START.replace(",\"nextMeeting\":{\"start\":\"2027-04-06\",\"end\":\"2027-04-15\"}", "");
        assertThat(noMeeting).doesNotContain("nextMeeting");
        refused(call(post("/api/approvals"), "chair-sg3", noMeeting), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("nextMeeting"));
        refused(call(post("/api/approvals"), "chair-sg3", START.replace("\"nextMeeting\":{\"start\":\"2027-04-06\",\"end\":\"2027-04-15\"}",
                "\"nextMeeting\":null")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("nextMeeting"));
        // a regional group on an AAP, even of SG3
        String aapSg3 = START.replace("\"TAP\"", "\"AAP\"").replace("}}", "},\"regionalGroup\":\"SG3RG-AFR\"}");
        refused(call(post("/api/approvals"), "chair-sg3", aapSg3), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("regionalGroup"));
        refused(call(post("/api/approvals"), "chair-sg20", AAP_START.replace("\"regionalGroup\":null",
                "\"regionalGroup\":\"SG3RG-AFR\"")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("regionalGroup"));
        // an unknown regional group
        refused(call(post("/api/approvals"), "chair-sg3", START.replace("}}", "},\"regionalGroup\":\"SG3RG-XYZ\"}")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("regionalGroup"));
    }

    // --- the announcement and the consultation ---

    @Test
    void tsbAnnouncesTheConsultationSevenWorkingDaysBeforeTheMeeting() throws Exception {
        long id = started();
        clock.set("2027-01-06T08:00:00Z");
        call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONSULTATION"))
                .andExpect(jsonPath("$.consultation.announcedOn").value("2027-01-06"))
                // 7 working days before Tue 2027-04-06, Good Friday 26 and Easter Monday 29 March being holidays
                .andExpect(jsonPath("$.consultation.closesAt").value("2027-03-23T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines", hasSize(2)))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'MEETING_ANNOUNCEMENT')]").isEmpty())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'CONSULTATION_CLOSE')].dueAt").value("2027-03-23T23:59:59Z"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'TEXT_DISTRIBUTION')].dueAt").value("2027-03-06T23:59:59Z"))
                .andExpect(jsonPath("$.tally.counted").value(0))
                .andExpect(jsonPath("$.nextActions[?(@.action == 'reply')]").isEmpty())
                .andExpect(jsonPath("$.nextActions[?(@.action == 'distribute-texts')].who").value("TSB"));
        call(get("/api/approvals/" + id), "ms-fra", null)
                .andExpect(jsonPath("$.nextActions[?(@.action == 'reply')].who").value("MEMBER_STATE"));
        assertThat(clock.pendingTimer(id)).isEqualTo("2027-03-24T00:00:00Z");
    }

    @Test
    void anAnnouncementLessThanThreeMonthsAheadIsRefusedNamingTheLatestDate() throws Exception {
        long id = started();
        clock.set("2027-01-07T08:00:00Z");
        String before = raw(id);
        refused(call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-07\"}"), 409, "NOTICE_TOO_SHORT")
                .andExpect(jsonPath("$.latestDate").value("2027-01-06"));
        refused(call(post("/api/approvals/" + id + "/consultation"), "tsb", null), 409, "NOTICE_TOO_SHORT")
                .andExpect(jsonPath("$.latestDate").value("2027-01-06"));
        assertThat(raw(id)).isEqualTo(before);
        JsonNode a = read(id);
        assertThat(a.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(a.get("consultation").isNull()).isTrue();
        assertThat(a.get("deadlines").get(0).get("kind").asText()).isEqualTo("MEETING_ANNOUNCEMENT");
    }

    @Test
    void theConsultationIsAnnouncedByTsbOnlyOnceAndOnlyOnATap() throws Exception {
        long id = started();
        clock.set("2027-01-06T08:00:00Z");
        String before = raw(id);
        refused(call(post("/api/approvals/" + id + "/consultation"), "chair-sg3", "{\"announcedOn\":\"2027-01-06\"}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/consultation"), "ms-fra", "{\"announcedOn\":\"2027-01-06\"}"), 403, "NOT_ELIGIBLE");
        assertThat(raw(id)).isEqualTo(before);
        call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}").andExpect(status().isOk());
        String open = raw(id);
        refused(call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}"), 409, "WRONG_STEP");
        assertThat(raw(id)).isEqualTo(open);
        refused(call(post("/api/approvals/424242/consultation"), "tsb", "{}"), 404, "NOT_FOUND");
    }

    @Test
    void anAapTakesNoConsultation() throws Exception {
        long aap = aapStarted();
        clock.set("2027-01-06T08:00:00Z");
        String aapBefore = raw(aap);
        refused(call(post("/api/approvals/" + aap + "/consultation"), "tsb",
                "{\"announcedOn\":\"2027-01-06\",\"meetingStart\":\"2027-04-06\",\"meetingEnd\":\"2027-04-15\"}"), 409, "WRONG_STEP");
        assertThat(raw(aap)).isEqualTo(aapBefore);
        // without a meeting in the body either: the step does not exist for an AAP, whatever the body lacks
        refused(call(post("/api/approvals/" + aap + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}"), 409, "WRONG_STEP");
        refused(call(post("/api/approvals/" + aap + "/consultation"), "tsb", null), 409, "WRONG_STEP");
        assertThat(raw(aap)).isEqualTo(aapBefore);
    }

    // --- replies ---

    @Test
    void aReplyBeforeTheConsultationIsTheWrongStep() throws Exception {
        long id = started();
        clock.set("2027-01-05T10:00:00Z");
        String before = raw(id);
        refused(reply(id, "FRA", "ms-fra", SUPPORT), 409, "WRONG_STEP");
        assertThat(raw(id)).isEqualTo(before);
        assertThat(replies(id)).isEmpty();
    }

    @Test
    void onlyThatMemberStateRepliesForItself() throws Exception {
        long id = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        String before = raw(id);
        refused(reply(id, "DEU", "ms-fra", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(reply(id, "DEU", "sm-ericsson", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(reply(id, "DEU", "tsb", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(reply(id, "DEU", "chair-sg3", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(reply(id, "DEU", "as-sg20", SUPPORT), 403, "NOT_ELIGIBLE");
        refused(reply(id, "DEU", null, SUPPORT), 401, "UNAUTHENTICATED");
        refused(reply(id, "XXX", "ms-fra", SUPPORT), 404, "NOT_FOUND");
        refused(reply(424242, "FRA", "ms-fra", SUPPORT), 404, "NOT_FOUND");
        assertThat(raw(id)).isEqualTo(before);
        assertThat(replies(id)).isEmpty();

        reply(id, "fra", "ms-fra", SUPPORT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberState").value("FRA"))
                .andExpect(jsonPath("$.position").value("SUPPORT"))
                .andExpect(jsonPath("$.author").value("ms-fra"))
                .andExpect(jsonPath("$.version").value(1));
        reply(id, "DEU", "ms-deu", AGAINST).andExpect(status().isOk()).andExpect(jsonPath("$.memberState").value("DEU"));
        call(get("/api/approvals/" + id + "/replies"), "sm-ericsson", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.memberState == 'DEU')].reasons").value("tariff impact"))
                .andExpect(jsonPath("$[?(@.memberState == 'DEU')].proposedChanges").value("delete clause 4"));
        call(get("/api/approvals/" + id), "ms-bra", null)
                .andExpect(jsonPath("$.tally.support").value(1))
                .andExpect(jsonPath("$.tally.against").value(1))
                .andExpect(jsonPath("$.tally.counted").value(2))
                .andExpect(jsonPath("$.tally.supportPercent").value(50.0))
                .andExpect(jsonPath("$.tally.thresholdMet").value(false));
    }

    @Test
    void badReplyBodiesAreRefusedNamingTheField() throws Exception {
        long id = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        String before = raw(id);
        refused(reply(id, "FRA", "ms-fra", "{\"position\":\"MAYBE\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("position"));
        refused(reply(id, "FRA", "ms-fra", "{}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("position"));
        refused(reply(id, "FRA", "ms-fra", "{\"position\":\"SUPPORT\",\"colour\":1}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("colour"));
        refused(reply(id, "FRA", "ms-fra", "{\"position\":"), 400, "INVALID_REQUEST");
        refused(reply(id, "FRA", "ms-fra", "{\"position\":\"AGAINST\",\"reasons\":\"" + "x".repeat(20001) + "\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reasons"));
        assertThat(raw(id)).isEqualTo(before);
        assertThat(replies(id)).isEmpty();
    }

    @Test
    void anAgainstReplyWithoutReasonsIsAcceptedAsTheSeedSaysShould() throws Exception {
        // Res. 1 §9.4.4 says a reply not in support "should" give reasons: asked for, not required (docs/SEED-NOTES.md)
        long id = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        reply(id, "BRA", "ms-bra", "{\"position\":\"AGAINST\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberState").value("BRA"))
                .andExpect(jsonPath("$.position").value("AGAINST"));
        assertThat(read(id).get("tally").get("against").asInt()).isEqualTo(1);
    }

    @Test
    void aLaterReplyReplacesTheEarlierAndCountsOnce() throws Exception {
        long id = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        reply(id, "FRA", "ms-fra", AGAINST).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        clock.set("2027-02-10T10:00:00Z");
        reply(id, "FRA", "ms-fra", SUPPORT).andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value("SUPPORT"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.firstSubmittedAt").value("2027-02-01T10:00:00Z"))
                .andExpect(jsonPath("$.submittedAt").value("2027-02-10T10:00:00Z"));
        JsonNode rs = replies(id);
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).get("memberState").asText()).isEqualTo("FRA");
        assertThat(rs.get(0).get("position").asText()).isEqualTo("SUPPORT");
        assertThat(rs.get(0).get("version").asInt()).isEqualTo(2);
        call(get("/api/approvals/" + id), "tsb", null)
                .andExpect(jsonPath("$.tally.support").value(1))
                .andExpect(jsonPath("$.tally.against").value(0))
                .andExpect(jsonPath("$.tally.noPosition").value(0))
                .andExpect(jsonPath("$.tally.counted").value(1))
                .andExpect(jsonPath("$.tally.supportPercent").value(100.0))
                .andExpect(jsonPath("$.tally.thresholdMet").value(true));
    }

    /**
     * Through the API, each reply is one history entry (its version row since V18) with the caller's role and request
     * id, and one count of recflow_submissions_total: the history listener writes no second entry and publishes one
     * event.
     */
    @Test
    void eachReplyIsOneHistoryEntryAndOneSubmissionCounted() throws Exception {
        long id = inConsultation();
        int entriesBefore = read(id).get("history").size();
        double before = submittedReplies();
        clock.set("2027-02-01T10:00:00Z");
        reply(id, "DEU", "ms-deu", AGAINST).andExpect(status().isOk());
        call(put("/api/approvals/" + id + "/replies/DEU").header("X-Request-Id", "deu-changes-its-reply"), "ms-deu", SUPPORT)
                .andExpect(status().isOk());
        reply(id, "FRA", "ms-fra", SUPPORT).andExpect(status().isOk());

        JsonNode history = read(id).get("history");
        assertThat(history).hasSize(entriesBefore + 3);
        JsonNode changed = history.get(entriesBefore + 1);
        assertThat(changed.get("action").asText()).isEqualTo("REPLY_SUBMITTED");
        assertThat(changed.get("detail").asText()).isEqualTo("DEU changed its reply to SUPPORT");
        assertThat(changed.get("actor").asText()).isEqualTo("ms-deu");
        assertThat(changed.get("role").asText()).isEqualTo("MEMBER_STATE");
        assertThat(changed.get("requestId").asText()).isEqualTo("deu-changes-its-reply");
        assertThat(history.get(entriesBefore).get("detail").asText()).isEqualTo("DEU replied AGAINST");
        assertThat(history.get(entriesBefore + 2).get("detail").asText()).isEqualTo("FRA replied SUPPORT");
        assertThat(submittedReplies() - before).isEqualTo(3);
    }

    /** recflow_submissions_total{subject="approval",kind="reply"} as the Prometheus endpoint shows it (0 before any). */
    double submittedReplies() throws Exception {
        String scrape = call(get("/actuator/prometheus"), "tsb", null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return scrape.lines().filter(l -> l.startsWith("recflow_submissions_total{") && l.contains("kind=\"reply\"")
                        && l.contains("subject=\"approval\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aReplyInTheLastSecondCountsAndOneAfterTheCloseIsLate() throws Exception {
        long id = inConsultation();
        clock.set("2027-03-23T23:59:59Z");
        reply(id, "FRA", "ms-fra", SUPPORT).andExpect(status().isOk());
        clock.set("2027-03-24T00:00:00Z");
        String before = raw(id);
        refused(reply(id, "DEU", "ms-deu", SUPPORT), 409, "DEADLINE_PASSED");
        refused(reply(id, "FRA", "ms-fra", AGAINST), 409, "DEADLINE_PASSED");
        assertThat(raw(id)).isEqualTo(before);
        assertThat(read(id).get("status").asText()).isEqualTo("CONSULTATION");

        assertThat(clock.moveTo("2027-03-24T00:00:00Z", id)).isPositive();
        refused(reply(id, "DEU", "ms-deu", SUPPORT), 409, "DEADLINE_PASSED");
        refused(reply(id, "FRA", "ms-fra", AGAINST), 409, "DEADLINE_PASSED");
        JsonNode a = read(id);
        assertThat(a.get("status").asText()).isEqualTo("AWAITING_MEETING");
        assertThat(a.get("tally").get("support").asInt()).isEqualTo(1);
        assertThat(a.get("tally").get("counted").asInt()).isEqualTo(1);
        JsonNode rs = replies(id);
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).get("position").asText()).isEqualTo("SUPPORT");
    }

    @Test
    void anAapTakesNoReplyAndATapNoComment() throws Exception {
        long aap = aapStarted();
        clock.set("2027-01-18T08:00:00Z");
        call(post("/api/approvals/" + aap + "/last-call"), "tsb", "{\"announcedOn\":\"2027-01-18\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LAST_CALL"));
        clock.set("2027-02-01T10:00:00Z");
        String aapBefore = raw(aap);
        refused(reply(aap, "FRA", "ms-fra", SUPPORT), 409, "WRONG_STEP");
        assertThat(raw(aap)).isEqualTo(aapBefore);

        long tap = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        String tapBefore = raw(tap);
        refused(call(post("/api/approvals/" + tap + "/comments"), "ms-fra", "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"x\"}"),
                409, "WRONG_STEP");
        refused(call(post("/api/approvals/" + tap + "/comments"), "ms-fra", "{\"kind\":\"SUBSTANTIVE\",\"text\":\"x\"}"),
                409, "WRONG_STEP");
        assertThat(raw(tap)).isEqualTo(tapBefore);
        assertThat(read(tap).get("comments").asInt()).isZero();
    }

    // --- texts ---

    @Test
    void tsbDistributesTheTextsOnce() throws Exception {
        long id = inConsultation();
        clock.set("2027-02-15T09:00:00Z");
        String before = raw(id);
        refused(call(post("/api/approvals/" + id + "/text-distribution"), "ms-fra", "{}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/text-distribution"), "chair-sg3", "{}"), 403, "NOT_ELIGIBLE");
        assertThat(raw(id)).isEqualTo(before);
        call(post("/api/approvals/" + id + "/text-distribution"), "tsb", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.textsDistributedOn").value("2027-02-15"))
                .andExpect(jsonPath("$.status").value("CONSULTATION"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'TEXT_DISTRIBUTION')]").isEmpty())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'CONSULTATION_CLOSE')].dueAt").value("2027-03-23T23:59:59Z"))
                .andExpect(jsonPath("$.nextActions[?(@.action == 'distribute-texts')]").isEmpty());
        String after = raw(id);
        refused(call(post("/api/approvals/" + id + "/text-distribution"), "tsb", null), 409, "WRONG_STEP");
        assertThat(raw(id)).isEqualTo(after);
    }

    // --- deferral ---

    @Test
    void theChairDefersATapToWtsa() throws Exception {
        long aap = aapStarted();
        refused(call(post("/api/approvals/" + aap + "/deferral"), "chair-sg20", "{\"reason\":\"no agreement\"}"), 409, "WRONG_STEP");
        assertThat(read(aap).get("status").asText()).isEqualTo("REQUESTED");

        long id = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        String before = raw(id);
        refused(call(post("/api/approvals/" + id + "/deferral"), "ms-fra", "{\"reason\":\"no agreement in SG3\"}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/deferral"), "chair-sg20", "{\"reason\":\"no agreement in SG3\"}"), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/approvals/" + id + "/deferral"), "chair-sg3", "{}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reason"));
        refused(call(post("/api/approvals/" + id + "/deferral"), "chair-sg3", "{\"reason\":\"  \"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("reason"));
        assertThat(raw(id)).isEqualTo(before);
        call(post("/api/approvals/" + id + "/deferral"), "chair-sg3", "{\"reason\":\"no agreement in SG3\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEFERRED_TO_WTSA"))
                .andExpect(jsonPath("$.outcome").value("DEFERRED_TO_WTSA"))
                .andExpect(jsonPath("$.deferralReason").value("no agreement in SG3"))
                .andExpect(jsonPath("$.deadlines", hasSize(0)))
                .andExpect(jsonPath("$.nextActions[?(@.action == 'reply')]").isEmpty());
        assertThat(clock.pendingTimer(id)).isNull();
        refused(call(post("/api/approvals/" + id + "/deferral"), "chair-sg3", "{\"reason\":\"again\"}"), 409, "WRONG_STEP");
        refused(reply(id, "FRA", "ms-fra", SUPPORT), 409, "WRONG_STEP");
    }

    // --- SG3 regional groups ---

    @Test
    void aRegionalGroupConsultsOnlyItsMemberStates() throws Exception {
        long id = inConsultation(START.replace("}}", "},\"regionalGroup\":\"SG3RG-AFR\"}"));
        clock.set("2027-02-01T10:00:00Z");
        call(get("/api/approvals/" + id), "ms-ken", null)
                .andExpect(jsonPath("$.regionalGroup").value("SG3RG-AFR"))
                .andExpect(jsonPath("$.status").value("CONSULTATION"))
                .andExpect(jsonPath("$.nextActions[?(@.action == 'reply')].who").value("MEMBER_STATE of SG3RG-AFR"))
                .andExpect(jsonPath("$.nextActions[?(@.action == 'reply')].method").value("PUT"));
        call(get("/api/approvals/" + id), "ms-fra", null)
                .andExpect(jsonPath("$.nextActions[?(@.action == 'reply')]").isEmpty());
        String before = raw(id);
        refused(reply(id, "FRA", "ms-fra", SUPPORT), 403, "NOT_ELIGIBLE");
        assertThat(raw(id)).isEqualTo(before);
        reply(id, "KEN", "ms-ken", SUPPORT).andExpect(status().isOk()).andExpect(jsonPath("$.memberState").value("KEN"));
        JsonNode rs = replies(id);
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).get("memberState").asText()).isEqualTo("KEN");
        assertThat(read(id).get("tally").get("support").asInt()).isEqualTo(1);
    }

    // --- the meeting ---

    @Test
    void anyObjectionAtTheMeetingDefeatsATap() throws Exception {
        long id = inConsultation();
        clock.moveTo("2027-03-24T00:00:00Z", id);
        JsonNode closed = read(id);
        assertThat(closed.get("status").asText()).isEqualTo("AWAITING_MEETING");
        assertThat(closed.get("tally").get("thresholdMet").asBoolean()).isTrue();
        assertThat(closed.get("deadlines").findValuesAsText("kind")).doesNotContain("CONSULTATION_CLOSE");

        clock.set("2027-04-15T17:00:00Z");
        String before = raw(id);
        refused(call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg3",
                "{\"meetingEnd\":\"2027-04-15\",\"objections\":[],\"policyImplicationsRaisedBy\":\"FRA\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("policyImplicationsRaisedBy"));
        refused(call(post("/api/approvals/" + id + "/meeting-outcome"), "ms-fra",
                "{\"meetingEnd\":\"2027-04-15\",\"objections\":[\"FRA\"]}"), 403, "NOT_ELIGIBLE");
        assertThat(raw(id)).isEqualTo(before);
        call(post("/api/approvals/" + id + "/meeting-outcome"), "chair-sg3", "{\"meetingEnd\":\"2027-04-15\",\"objections\":[\"FRA\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_APPROVED"))
                .andExpect(jsonPath("$.outcome").value("NOT_APPROVED"))
                .andExpect(jsonPath("$.meetingOutcome.objections[0]").value("FRA"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'NOTIFICATION')].dueAt").value("2027-05-13T23:59:59Z"));
    }
}
