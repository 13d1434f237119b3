package org.recflow.circular.web;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.TapProcess;
import org.recflow.deletion.DeletionProcess;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Circulars over REST (api.md, second wave): drafted from the procedures' data, edited, read as data, HTML and PDF,
 * issued as the announcement in one transaction. The tests share one database with the others, so each uses a study
 * group and meeting of its own and circular numbers of its own (9000s).
 */
@SpringTest
class CircularApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;

    @AfterEach
    void cleanUp() {
        clock.reset();
        for (String key : List.of(TapProcess.ID, DeletionProcess.ID, org.recflow.approval.AapProcess.ID, org.recflow.question.QuestionProcess.ID)) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
        }
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

    /** Three TAP texts of {@code sg} determined on 2026-11-30 for the meeting {@code start}..{@code end}. */
    List<Long> tapTexts(String sg, String start, String end, String... recs) throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        List<Long> ids = new ArrayList<>();
        for (String rec : recs) {
            String start_ = """
                    {"procedure":"TAP","recommendation":"%s","revision":"NEW","title":"Title of %s","studyGroup":"%s",
                     "questions":["Q1/%s"],"summary":"Summary of %s.","textReference":"%s-TD-%s","agreedOn":"2026-11-30",
                     "nextMeeting":{"start":"%s","end":"%s"}}""".formatted(rec, rec, sg, sg.substring(2), rec, sg, rec, start, end);
            ids.add(body(call(post("/api/approvals"), "chair-" + sg.toLowerCase(), start_).andExpect(status().isCreated())).get("id").asLong());
        }
        return ids;
    }

    long drafted(String body) throws Exception {
        return body(call(post("/api/circulars"), "tsb", body).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/circulars/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asLong();
    }

    @Test
    void aTapConsultationCircularIsDraftedForAMeetingByItsId() throws Exception {
        List<Long> texts = tapTexts("SG5", "2027-05-11", "2027-05-14", "L.9851", "L.9852");
        tapTexts("SG5", "2027-05-11", "2027-05-20", "L.9853");
        long meeting = body(call(get("/api/approvals/" + texts.get(0)), "tsb", null)).get("meetingId").asLong();
        clock.set("2027-01-05T09:00:00Z");

        long id = drafted("{\"kind\":\"TAP_CONSULTATION\",\"meetingId\":" + meeting + "}");

        JsonNode c = body(call(get("/api/circulars/" + id), "tsb", null).andExpect(status().isOk()));
        assertThat(c.get("studyGroup").asText()).isEqualTo("SG5");
        assertThat(c.get("texts").findValuesAsText("subjectId")).containsExactlyInAnyOrderElementsOf(texts.stream().map(String::valueOf).toList());
        assertThat(c.get("meetingStart").asText()).isEqualTo("2027-05-11");
        assertThat(c.get("meetingEnd").asText()).isEqualTo("2027-05-14");
        // Tue 11 May 2027: seven working days back over Ascension Day (Thu 6 May) and a weekend, the 7th working day before is Thu 29 April: replies by Wed 28 April
        assertThat(c.get("replyDeadline").asText()).isEqualTo("2027-04-28T23:59:59Z");
        refused(call(post("/api/circulars"), "tsb", "{\"kind\":\"TAP_CONSULTATION\",\"meetingId\":" + meeting
                + ",\"studyGroup\":\"SG5\",\"meetingStart\":\"2027-05-11\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("meetingId"));
        refused(call(post("/api/circulars"), "tsb", "{\"kind\":\"TAP_CONSULTATION\",\"meetingId\":" + meeting + ",\"studyGroup\":\"SG2\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("meetingId"));
    }

    @Test
    void aTapConsultationCircularOpensTheConsultationOfEveryTextItListsWhenIssued() throws Exception {
        List<Long> texts = tapTexts("SG12", "2027-05-10", "2027-05-19", "G.1001", "G.1002", "G.1003");
        clock.set("2027-01-05T09:00:00Z");
        String draft = "{\"kind\":\"TAP_CONSULTATION\",\"studyGroup\":\"SG12\",\"meetingStart\":\"2027-05-10\"}";
        refused(call(post("/api/circulars"), "chair-sg12", draft), 403, "NOT_ELIGIBLE");
        refused(call(post("/api/circulars"), "tsb", "{\"kind\":\"TAP_CONSULTATION\",\"meetingId\":99999999}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("meetingId"));
        long id = drafted(draft);

        JsonNode c = body(call(get("/api/circulars/" + id), "ms-fra", null).andExpect(status().isOk()));
        assertThat(c.get("texts")).hasSize(3);
        assertThat(c.get("texts").findValuesAsText("subjectId")).containsExactlyInAnyOrderElementsOf(texts.stream().map(String::valueOf).toList());
        assertThat(c.get("meetingEnd").asText()).isEqualTo("2027-05-19");
        // Res. 1 §9.4.1: seven working days before the meeting, by the procedures' own calendar (the planner's answer)
        JsonNode plan = body(call(get("/api/planner?procedure=TAP&meetingStart=2027-05-10"), "tsb", null));
        String planned = plan.get("steps").findParents("step").stream().filter(s -> s.get("step").asText().equals("CONSULTATION_CLOSE"))
                .findFirst().orElseThrow().get("closesAt").asText();
        Instant deadline = Instant.parse(c.get("replyDeadline").asText());
        assertThat(deadline).isEqualTo(Instant.parse(planned)).isEqualTo(Instant.parse("2027-04-27T23:59:59Z"));

        call(put("/api/circulars/" + id), "tsb", "{\"paragraphs\":[\"The meeting will be held at ITU headquarters.\"]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.paragraphs[0]").value("The meeting will be held at ITU headquarters."));
        String zh = call(get("/api/circulars/" + id + ".html?lang=zh"), "tsb", null).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(zh).body().text()).contains("2027年4月27日24:00（UTC）").contains("G.1002").contains("The meeting will be held");
        refused(call(get("/api/circulars/" + id + ".html?lang=de"), "tsb", null), 400, "INVALID_REQUEST");

        clock.set("2027-01-06T10:00:00Z");
        call(post("/api/circulars/" + id + "/issue"), "tsb", "{\"number\":\"TSB Circular 9001\",\"issuedOn\":\"2027-01-06\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.number").value("TSB Circular 9001")).andExpect(jsonPath("$.issuedOn").value("2027-01-06"));
        for (long t : texts) {
            call(get("/api/approvals/" + t), "tsb", null).andExpect(jsonPath("$.status").value("CONSULTATION"))
                    .andExpect(jsonPath("$.consultation.announcedOn").value("2027-01-06"))
                    .andExpect(jsonPath("$.consultation.closesAt").value("2027-04-27T23:59:59Z"));
        }

        // issued: immutable, and its PDF is the archived one
        refused(call(put("/api/circulars/" + id), "tsb", "{\"paragraphs\":[\"late\"]}"), 409, "WRONG_STEP");
        refused(call(post("/api/circulars/" + id + "/issue"), "tsb", "{\"number\":\"TSB Circular 9009\"}"), 409, "WRONG_STEP");
        byte[] first = call(get("/api/circulars/" + id + ".pdf?lang=ar"), "ms-fra", null).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        byte[] again = call(get("/api/circulars/" + id + ".pdf?lang=ar"), "ms-fra", null).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(first, 0, 5)).isEqualTo("%PDF-");
        assertThat(again).isEqualTo(first);
        call(get("/api/circulars?studyGroup=sg12&kind=TAP_CONSULTATION&status=ISSUED"), "tsb", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void whenOneTextIsRefusedTheIssueChangesNothingAndNamesTheText() throws Exception {
        // a meeting of its own: other suites in this database tie their SG13 TAP texts to the meeting of 7-18 June
        List<Long> texts = tapTexts("SG13", "2027-06-08", "2027-06-18", "Y.3201", "Y.3202", "Y.3203");
        clock.set("2027-01-05T09:00:00Z");
        long id = drafted("{\"kind\":\"TAP_CONSULTATION\",\"studyGroup\":\"SG13\",\"meetingStart\":\"2027-06-08\"}");
        // the last text is withdrawn after the draft: its consultation can no longer be announced
        long withdrawn = texts.get(2);
        call(post("/api/approvals/" + withdrawn + "/withdrawal"), "chair-sg13", "{\"reason\":\"merged into Y.3201\"}").andExpect(status().isOk());

        clock.set("2027-01-06T10:00:00Z");
        refused(call(post("/api/circulars/" + id + "/issue"), "tsb", "{\"number\":\"TSB Circular 9002\",\"issuedOn\":\"2027-01-06\"}"), 409, "WRONG_STEP")
                .andExpect(jsonPath("$.text.id").value(withdrawn))
                .andExpect(jsonPath("$.detail").value(containsString("Y.3203")));

        // nothing changed: the two texts before it are still waiting, no deadline opened, the circular is a draft
        for (long t : texts.subList(0, 2)) {
            call(get("/api/approvals/" + t), "tsb", null).andExpect(jsonPath("$.status").value("REQUESTED"))
                    .andExpect(jsonPath("$.consultation").isEmpty())
                    .andExpect(jsonPath("$.deadlines[?(@.kind == 'CONSULTATION_CLOSE')]").isEmpty());
        }
        call(get("/api/circulars/" + id), "tsb", null).andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.number").isEmpty());

        // and the number was not used: a new draft for the two remaining texts takes it
        long again = drafted("{\"kind\":\"TAP_CONSULTATION\",\"studyGroup\":\"SG13\",\"meetingStart\":\"2027-06-08\"}");
        call(post("/api/circulars/" + again + "/issue"), "tsb", "{\"number\":\"TSB Circular 9002\",\"issuedOn\":\"2027-01-06\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.texts", hasSize(2)));
    }

    @Test
    void numbersAreUniqueWithinAYearOnly() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String agree = "{\"recommendation\":\"Q.9999\",\"studyGroup\":\"SG11\",\"procedure\":\"AAP\",\"reason\":\"Obsolete.\",\"agreedOn\":\"2027-01-08\"}";
        long deletion = body(call(post("/api/deletions"), "chair-sg11", agree).andExpect(status().isCreated())).get("id").asLong();
        String draft = "{\"kind\":\"DELETION\",\"deletionIds\":[" + deletion + "]}";
        long first = drafted(draft);
        long second = drafted(draft);
        long third = drafted(draft);

        refused(call(post("/api/circulars/" + first + "/issue"), "tsb", "{\"number\":\"Circular 12\"}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("number"));
        refused(call(post("/api/circulars/" + first + "/issue"), "tsb", "{\"number\":\"TSB Circular 9100\",\"issuedOn\":\"2027-01-12\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("issuedOn"));
        call(post("/api/circulars/" + first + "/issue"), "tsb", "{\"number\":\"TSB Circular 9100\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.issuedOn").value("2027-01-11"));
        refused(call(post("/api/circulars/" + second + "/issue"), "tsb", "{\"number\":\"TSB Circular 9100\",\"issuedOn\":\"2027-01-11\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("number"));
        call(get("/api/circulars/" + second), "tsb", null).andExpect(jsonPath("$.status").value("DRAFT"));
        call(post("/api/circulars/" + second + "/issue"), "tsb", "{\"number\":\"TSB Circular 9101\",\"issuedOn\":\"2027-01-11\"}")
                .andExpect(status().isOk());
        // the same number again in the next year
        clock.set("2028-01-05T09:00:00Z");
        call(post("/api/circulars/" + third + "/issue"), "tsb", "{\"number\":\"TSB Circular 9100\",\"issuedOn\":\"2028-01-05\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value("TSB Circular 9100"));
    }

    @Test
    void aParagraphMayHoldLineBreaksThroughTheApiAsOnThePageButNoBidiOverride() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String agree = "{\"recommendation\":\"Q.9998\",\"studyGroup\":\"SG11\",\"procedure\":\"AAP\",\"reason\":\"Obsolete.\",\"agreedOn\":\"2027-01-08\"}";
        long deletion = body(call(post("/api/deletions"), "chair-sg11", agree).andExpect(status().isCreated())).get("id").asLong();
        long id = drafted("{\"kind\":\"DELETION\",\"deletionIds\":[" + deletion + "]}");

        // the page keeps single line breaks inside a paragraph; the API takes them too (a long text, @MultilineText)
        call(put("/api/circulars/" + id), "tsb", "{\"paragraphs\":[\"Contact:\\nTSB\\tGeneva\"]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.paragraphs[0]").value("Contact:\nTSB\tGeneva"));
        refused(call(put("/api/circulars/" + id), "tsb", "{\"paragraphs\":[\"evil \\u202Etxt\"]}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("paragraphs[0]"));
        call(get("/api/circulars/" + id), "tsb", null).andExpect(jsonPath("$.paragraphs[0]").value("Contact:\nTSB\tGeneva"));
    }

    /** 30 paragraphs of 4000 characters keep @Size(max = 50) and @Size(max = 4000) but not the paragraphs column (100,000). */
    @Test
    void paragraphsWithinTheLimitsButTooLongTogetherAre400AndChangeNothing() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String agree = "{\"recommendation\":\"Q.9997\",\"studyGroup\":\"SG11\",\"procedure\":\"AAP\",\"reason\":\"Obsolete.\",\"agreedOn\":\"2027-01-08\"}";
        long deletion = body(call(post("/api/deletions"), "chair-sg11", agree).andExpect(status().isCreated())).get("id").asLong();
        long id = drafted("{\"kind\":\"DELETION\",\"deletionIds\":[" + deletion + "]}");
        call(put("/api/circulars/" + id), "tsb", "{\"paragraphs\":[\"kept\"]}").andExpect(status().isOk());

        String paragraph = "\"" + "x".repeat(4000) + "\"";
        String many = "{\"paragraphs\":[" + String.join(",", java.util.Collections.nCopies(30, paragraph)) + "]}";
        refused(call(put("/api/circulars/" + id), "tsb", many), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("paragraphs"));
        call(get("/api/circulars/" + id), "tsb", null).andExpect(jsonPath("$.paragraphs.length()").value(1))
                .andExpect(jsonPath("$.paragraphs[0]").value("kept"));
    }

    @Test
    void aResultCircularTakesTheNotificationStep() throws Exception {
        long id = tapTexts("SG15", "2027-07-05", "2027-07-16", "G.9999").get(0);
        clock.set("2027-01-06T08:00:00Z");
        call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}").andExpect(status().isOk());
        call(put("/api/approvals/" + id + "/replies/FRA"), "ms-fra", "{\"position\":\"AGAINST\",\"reasons\":\"r\",\"proposedChanges\":\"p\"}")
                .andExpect(status().isOk());
        String closes = body(call(get("/api/approvals/" + id), "tsb", null)).get("consultation").get("closesAt").asText();
        clock.moveTo(Instant.parse(closes).plusSeconds(1).toString(), id);
        call(get("/api/approvals/" + id), "tsb", null).andExpect(jsonPath("$.status").value("NOT_APPROVED"))
                .andExpect(jsonPath("$.notification.pending").value(true));

        refused(call(post("/api/circulars"), "tsb", "{\"kind\":\"RESULT\",\"approvalIds\":[987654321]}"), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("approvalIds"));
        long circular = drafted("{\"kind\":\"RESULT\",\"approvalIds\":[" + id + "]}");
        String en = call(get("/api/circulars/" + circular + ".html"), "tsb", null).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(en).body().text()).contains("not approved").contains("less than 70%");
        String today = clock.now().toString().substring(0, 10);
        call(post("/api/circulars/" + circular + "/issue"), "tsb", "{\"number\":\"TSB Circular 9200\"}").andExpect(status().isOk());
        call(get("/api/approvals/" + id), "tsb", null).andExpect(jsonPath("$.notification.pending").value(false))
                .andExpect(jsonPath("$.notification.circular").value("TSB Circular 9200"))
                .andExpect(jsonPath("$.notification.issuedOn").value(today));
        // a result is notified once: a second result circular for it cannot be drafted
        refused(call(post("/api/circulars"), "tsb", "{\"kind\":\"RESULT\",\"approvalIds\":[" + id + "]}"), 400, "INVALID_REQUEST");
    }

    @Test
    void anAapAnnouncementListsTheLastCallsAndResultsOfItsWindowAndNotifiesTheResults() throws Exception {
        clock.set("2027-01-04T09:00:00Z");
        String start = """
                {"procedure":"AAP","recommendation":"H.999","revision":"NEW","title":"Title of H.999","studyGroup":"SG21",
                 "questions":["Q1/21"],"summary":"Summary of H.999.","textReference":"SG21-TD-999","agreedOn":"2026-12-18"}""";
        long id = body(call(post("/api/approvals"), "chair-sg21", start).andExpect(status().isCreated())).get("id").asLong();
        clock.set("2027-01-18T09:00:00Z");
        call(post("/api/approvals/" + id + "/last-call"), "tsb", "{\"announcedOn\":\"2027-01-18\"}").andExpect(status().isOk());
        String closes = body(call(get("/api/approvals/" + id), "tsb", null)).get("lastCall").get("closesAt").asText();
        clock.moveTo(Instant.parse(closes).plusSeconds(1).toString(), id);
        call(get("/api/approvals/" + id), "tsb", null).andExpect(jsonPath("$.status").value("APPROVED"));

        refused(call(post("/api/circulars"), "tsb", "{\"kind\":\"AAP_ANNOUNCEMENT\",\"from\":\"2027-03-01\",\"to\":\"2027-02-01\"}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("to"));
        long circular = drafted("{\"kind\":\"AAP_ANNOUNCEMENT\",\"studyGroup\":\"SG21\",\"from\":\"2027-01-01\",\"to\":\"2027-02-28\"}");
        JsonNode c = body(call(get("/api/circulars/" + circular), "tsb", null));
        assertThat(c.get("texts").findValuesAsText("section")).containsExactly("LAST_CALL", "APPROVED");
        assertThat(c.get("texts").get(0).get("closesAt").asText()).isEqualTo(closes);
        String fr = call(get("/api/circulars/" + circular + ".html?lang=fr"), "tsb", null).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(fr).body().text()).contains("Dernier appel").contains("H.999").contains("à 24 heures (UTC)");

        call(post("/api/circulars/" + circular + "/issue"), "tsb", "{\"number\":\"TSB Circular 9300\"}").andExpect(status().isOk());
        call(get("/api/approvals/" + id), "tsb", null).andExpect(jsonPath("$.notification.pending").value(false))
                .andExpect(jsonPath("$.notification.circular").value("TSB Circular 9300"));
    }

    @Test
    void aQuestionConsultationCircularCarriesTheConsultationsDeadline() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String agree = "{\"studyGroup\":\"SG5\",\"question\":\"Q98/5\",\"title\":\"Multimedia for smart cities\",\"textReference\":\"SG5-TD-98\",\"policyImplications\":%s}";
        JsonNode q = body(call(post("/api/questions"), "chair-sg5", agree.formatted("true")).andExpect(status().isCreated()));
        JsonNode approved = body(call(post("/api/questions"), "chair-sg5", agree.formatted("false").replace("Q98/5", "Q97/5"))
                .andExpect(status().isCreated()));
        refused(call(post("/api/circulars"), "tsb", "{\"kind\":\"QUESTION_CONSULTATION\",\"questionId\":" + approved.get("id") + "}"),
                400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("questionId"));

        long circular = drafted("{\"kind\":\"QUESTION_CONSULTATION\",\"questionId\":" + q.get("id") + "}");
        JsonNode c = body(call(get("/api/circulars/" + circular), "tsb", null));
        assertThat(c.get("replyDeadline").asText()).isEqualTo(q.get("consultation").get("closesAt").asText());
        assertThat(c.get("studyGroup").asText()).isEqualTo("SG5");
        call(post("/api/circulars/" + circular + "/issue"), "tsb", "{\"number\":\"TSB Circular 9400\"}").andExpect(status().isOk());
        call(get("/api/questions/" + q.get("id")), "tsb", null).andExpect(jsonPath("$.status").value("CONSULTATION"));
    }
}
