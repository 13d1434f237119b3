package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * api.md, second wave, "Strict input", on every endpoint family (approvals, TAP replies, Questions and their replies,
 * deletions and their objections, the planner; the sim clock in {@code SimClockApiTest}): a key given twice, anything
 * after the document, a date outside 1900-2999, a control character, an unpaired surrogate or a bidirectional
 * override is refused with 400 {@code INVALID_REQUEST} naming the field, and changes nothing.
 */
@SpringTest
class StrictInputApiTest {

    static final String AAP = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1234",
             "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""";
    static final String TAP = """
            {"procedure":"TAP","recommendation":"D.50","revision":"REVISED","title":"International Internet connectivity",
             "studyGroup":"SG3","summary":"Principles.","textReference":"SG3-TD100","agreedOn":"2026-11-30",
             "nextMeeting":{"start":"2027-04-06","end":"2027-04-15"}}""";
    static final String QUESTION = """
            {"studyGroup":"SG20","question":"Q5/20","title":"Digital identity for IoT devices",
             "textReference":"SG20-TD2001","policyImplications":true}""";
    static final String DELETION = """
            {"recommendation":"Y.2060","studyGroup":"SG20","procedure":"AAP",
             "reason":"Superseded by ITU-T Y.4000.","agreedOn":"2027-01-08"}""";
    static final String AGAINST = "{\"position\":\"AGAINST\",\"reasons\":\"tariff impact\"}";
    static final String SUPPORT = "{\"position\":\"SUPPORT\"}";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.with(httpBasic(user, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        }
        return mvc.perform(request);
    }

    /** Everything a refusal must leave as it was. */
    String state() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("approval", "consultation_reply", "consultation_reply_version", "question", "deletion",
                "deletion_objection", "history_entry", "deadline")) {
            sb.append(table).append('=').append(jdbc.sql("SELECT COUNT(*) FROM recflow." + table).query(Long.class).single()).append(';');
        }
        return sb.toString();
    }

    /** Sends the request, expects 400 INVALID_REQUEST (naming {@code field} unless null) and no change at all. */
    ResultActions refused(MockHttpServletRequestBuilder request, String user, String body, String field) throws Exception {
        String before = state();
        ResultActions r = call(request, user, body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(content().string(not(containsString("Exception"))));
        if (field != null) {
            r.andExpect(jsonPath("$.field").value(field)).andExpect(jsonPath("$.detail").value(containsString("'" + field + "'")));
        }
        assertThat(state()).as("state after refusing %s", body).isEqualTo(before);
        return r;
    }

    long id(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    long tapInConsultation() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long id = id(call(post("/api/approvals"), "chair-sg3", TAP).andExpect(status().isCreated()));
        clock.set("2027-01-06T08:00:00Z");
        call(post("/api/approvals/" + id + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}").andExpect(status().isOk());
        return id;
    }

    long questionInConsultation() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        return id(call(post("/api/questions"), "chair-sg20", QUESTION).andExpect(status().isCreated()));
    }

    long deletionAgreed() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        return id(call(post("/api/deletions"), "chair-sg20", DELETION).andExpect(status().isCreated()));
    }

    // --- a key given twice ---

    @Test
    void aKeyGivenTwiceIsRefusedOnEveryFamily() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("\"title\":", "\"title\":\"Other title\",\"title\":"), "title")
                .andExpect(jsonPath("$.detail").value(containsString("twice")));
        // inside a nested object: the path names it
        refused(post("/api/approvals"), "chair-sg3",
                TAP.replace("\"start\":\"2027-04-06\"", "\"start\":\"2027-04-06\",\"start\":\"2027-04-07\""), "nextMeeting.start");
        // the same key in different objects is no duplicate
        call(post("/api/approvals"), "chair-sg3", TAP.replace("\"end\":\"2027-04-15\"}", "\"end\":\"2027-04-15\"},\"regionalGroup\":null"))
                .andExpect(status().isCreated());

        long tap = tapInConsultation();
        refused(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra", "{\"position\":\"SUPPORT\",\"position\":\"AGAINST\"}", "position");
        refused(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra",
                "{\"position\":\"AGAINST\",\"reasons\":\"a\",\"reasons\":\"b\"}", "reasons");

        refused(post("/api/questions"), "chair-sg20", QUESTION.replace("\"policyImplications\":true",
                "\"policyImplications\":true,\"policyImplications\":false"), "policyImplications");
        long question = questionInConsultation();
        refused(put("/api/questions/" + question + "/replies/DEU"), "ms-deu", "{\"position\":\"SUPPORT\",\"position\":\"SUPPORT\"}",
                "position");

        clock.set("2027-01-11T09:00:00Z");
        refused(post("/api/deletions"), "chair-sg20", DELETION.replace("\"procedure\":\"AAP\"", "\"procedure\":\"AAP\",\"procedure\":\"TAP\""),
                "procedure");
        long deletion = deletionAgreed();
        refused(post("/api/deletions/" + deletion + "/objections"), "ms-fra", "{\"reasons\":\"a\",\"reasons\":\"b\"}", "reasons");
    }

    // --- anything after the document ---

    @Test
    void anythingAfterTheDocumentIsRefusedOnEveryFamily() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        for (String tail : List.of(" {}", "{\"title\":\"x\"}", " 1", " null", " []", "}", " x", " " + AAP)) {
            refused(post("/api/approvals"), "chair-sg20", AAP + tail, null);
        }
        // white space after the document is no content
        call(post("/api/approvals"), "chair-sg20", AAP + " \r\n\t ").andExpect(status().isCreated());

        long tap = tapInConsultation();
        refused(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra", SUPPORT + AGAINST, null)
                .andExpect(jsonPath("$.detail").value(containsString("after the end")));
        refused(post("/api/approvals/" + tap + "/deferral"), "chair-sg3", "{\"reason\":\"wait\"} {\"reason\":\"no\"}", null);

        refused(post("/api/questions"), "chair-sg20", QUESTION + QUESTION, null);
        long question = questionInConsultation();
        refused(put("/api/questions/" + question + "/replies/DEU"), "ms-deu", SUPPORT + " \"AGAINST\"", null);

        clock.set("2027-01-11T09:00:00Z");
        refused(post("/api/deletions"), "chair-sg20", DELETION + ",{}", null);
        long deletion = deletionAgreed();
        refused(post("/api/deletions/" + deletion + "/objections"), "ms-fra", "{\"reasons\":\"a\"} {}", null);
    }

    // --- dates ---

    @Test
    void datesOutsideTheYears1900To2999AreRefusedInQueriesAndBodies() throws Exception {
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", "3000-01-01", "0000-01-01")) {
            refused(get("/api/planner").param("procedure", "TAP").param("meetingStart", date), "tsb", null, "meetingStart")
                    .andExpect(jsonPath("$.detail").value(containsString("1900-2999")));
            refused(get("/api/planner").param("procedure", "AAP").param("meetingStart", date), "tsb", null, "meetingStart");
        }
        call(get("/api/planner?procedure=TAP&meetingStart=2027-04-06"), "tsb", null).andExpect(status().isOk());
        refused(get("/api/planner?procedure=TAP&meetingStart=2027-02-30"), "tsb", null, "meetingStart");
        refused(get("/api/planner?procedure=TAP&meetingStart=soon"), "tsb", null, "meetingStart");

        clock.set("2027-01-11T09:00:00Z");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("2027-01-08", "+999999999-01-08"), "agreedOn")
                .andExpect(jsonPath("$.detail").value(containsString("1900-2999")));
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("2027-01-08", "1899-12-31"), "agreedOn");
        // Jackson also reads a date as [year, month, day]: the same years apply, and an impossible one is no 500
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("\"2027-01-08\"", "[999999999,1,8]"), "agreedOn");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("\"2027-01-08\"", "[2027,13,8]"), "agreedOn");
        refused(post("/api/approvals"), "chair-sg3", TAP.replace("2027-04-15", "-999999999-04-15"), "nextMeeting.end");
        long tap = id(call(post("/api/approvals"), "chair-sg3", TAP).andExpect(status().isCreated()));
        refused(post("/api/approvals/" + tap + "/consultation"), "tsb", "{\"announcedOn\":\"3000-01-01\"}", "announcedOn");
        refused(post("/api/deletions"), "chair-sg20", DELETION.replace("2027-01-08", "-999999999-01-08"), "agreedOn");
    }

    // --- texts ---

    @Test
    void controlCharactersInvalidUnicodeAndBidiOverridesAreRefusedNamingTheField() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        // as JSON escapes: NUL, BEL, CR LF, a lone surrogate, RIGHT-TO-LEFT OVERRIDE, an isolate, ESC
        for (String bad : List.of("\\u0000", "\\u0007", "\\r\\n", "\\ud800", "\\u202E", "\\u2066", "\\u001b[2J", "\\t")) {
            refused(post("/api/approvals"), "chair-sg20", AAP.replace("Digital twin reference model", "Digital " + bad + "twin"), "title");
            refused(post("/api/approvals"), "chair-sg20", AAP.replace("SG20-TD1234", "SG20-TD" + bad + "1234"), "textReference");
        }
        // the same sent raw (UTF-8, not escaped): the rules judge the text, not its spelling in JSON
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("Digital twin reference model", "Digital \u202Etwin"), "title");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("\"Q2/20\"", "\"Q2/20\",\"Q3\u2067/20\""), "questions[1]");
        // long texts keep their line breaks and tabs, and nothing else
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("A reference model.", "A reference\\u0007 model."), "summary");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("A reference model.", "A reference \\u202Emodel."), "summary");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("A reference model.", "A reference \\udfff model."), "summary")
                .andExpect(jsonPath("$.detail").value(containsString("surrogate")));
        long kept = id(call(post("/api/approvals"), "chair-sg20",
                AAP.replace("A reference model.", "A reference model.\\r\\n\\tSecond line, 数字孪生 \uD83D\uDE00."))
                .andExpect(status().isCreated()));
        call(get("/api/approvals/" + kept), "tsb", null)
                .andExpect(jsonPath("$.summary").value("A reference model.\r\n\tSecond line, 数字孪生 \uD83D\uDE00."));

        long tap = tapInConsultation();
        refused(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra", "{\"position\":\"AGAINST\",\"reasons\":\"x\\u0000\"}", "reasons");
        refused(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra",
                "{\"position\":\"AGAINST\",\"proposedChanges\":\"\\u202Dx\"}", "proposedChanges");
        call(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra", "{\"position\":\"AGAINST\",\"reasons\":\"one\\ntwo\"}")
                .andExpect(status().isOk());

        refused(post("/api/questions"), "chair-sg20", QUESTION.replace("Digital identity", "Digital\\u0008 identity"), "title");
        long question = questionInConsultation();
        refused(put("/api/questions/" + question + "/replies/DEU"), "ms-deu", "{\"position\":\"AGAINST\",\"reasons\":\"\\ud800\"}",
                "reasons");

        clock.set("2027-01-11T09:00:00Z");
        refused(post("/api/deletions"), "chair-sg20", DELETION.replace("Superseded", "\\u202ESuperseded"), "reason");
        refused(post("/api/deletions"), "chair-sg20", DELETION.replace("Y.2060", "Y.20\\n60"), "recommendation");
        long deletion = deletionAgreed();
        refused(post("/api/deletions/" + deletion + "/objections"), "ms-fra", "{\"reasons\":\"\\u0000\"}", "reasons");
    }

    // --- enum values ---

    @Test
    void enumValuesAreMatchedExactly() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("\"AAP\"", "\"aap\""), "procedure");
        refused(post("/api/approvals"), "chair-sg20", AAP.replace("\"NEW\"", "\"NEW \""), "revision");
        long tap = tapInConsultation();
        for (String position : List.of("support", "Support", "SUPPORT\u0000", "SUPP\u0130RT", "0")) {
            refused(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra", "{\"position\":\"" + position + "\"}", "position");
        }
        refused(put("/api/approvals/" + tap + "/replies/FRA"), "ms-fra", "{\"position\":0}", "position");
    }

    // --- Member State codes ---

    @Test
    void memberStateCodesInPathsFoldAsciiCaseOnly() throws Exception {
        long tap = tapInConsultation();
        // case-insensitive in paths, as the contract says
        call(put("/api/approvals/" + tap + "/replies/fra"), "ms-fra", SUPPORT).andExpect(status().isOk())
                .andExpect(jsonPath("$.memberState").value("FRA"));
        // but a look-alike letter is not an ASCII letter: Turkish dotless i (toUpperCase gives I), long s (gives S)
        call(put("/api/approvals/" + tap + "/replies/\u0131ta"), "ms-ita", SUPPORT).andExpect(status().isNotFound());
        call(put("/api/approvals/" + tap + "/replies/\u017FWE"), "ms-swe", SUPPORT).andExpect(status().isNotFound());
        call(put("/api/approvals/" + tap + "/replies/\u212AEN"), "ms-ken", SUPPORT).andExpect(status().isNotFound());
        call(get("/api/approvals/" + tap + "/replies/\u0131ta/versions"), "tsb", null).andExpect(status().isNotFound());
        call(put("/api/approvals/" + tap + "/replies/ITA"), "ms-ita", SUPPORT).andExpect(status().isOk());
    }
}
