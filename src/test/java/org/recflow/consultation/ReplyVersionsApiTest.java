package org.recflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.question.QuestionProcess;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * api.md, second wave, "Replies keep their history": every version of a Member State's reply in this round stays
 * readable at {@code …/replies/{memberState}/versions}, oldest first, for TAP approvals and for Questions; the tally
 * and {@code …/replies} show the latest only.
 */
@SpringTest
class ReplyVersionsApiTest {

    static final String TAP = """
            {"procedure":"TAP","recommendation":"D.50","revision":"REVISED","title":"International Internet connectivity",
             "studyGroup":"SG3","summary":"Principles.","textReference":"SG3-TD100","agreedOn":"2026-11-30",
             "nextMeeting":{"start":"2027-04-06","end":"2027-04-15"}}""";
    static final String QUESTION = """
            {"studyGroup":"SG20","question":"Q5/20","title":"Digital identity for IoT devices",
             "textReference":"SG20-TD2001","policyImplications":true}""";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(QuestionProcess.ID).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.with(httpBasic(user, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    JsonNode read(ResultActions r) throws Exception {
        return json.readTree(r.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    long id(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    @Test
    void everyVersionOfATapReplyStaysReadableAndTheTallyCountsTheLatest() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        long id = id(call(post("/api/approvals"), "chair-sg3", TAP).andExpect(status().isCreated()));
        String base = "/api/approvals/" + id;
        clock.set("2027-01-06T08:00:00Z");
        call(post(base + "/consultation"), "tsb", "{\"announcedOn\":\"2027-01-06\"}").andExpect(status().isOk());

        // nothing yet: an empty list, not an error; an unknown code or approval: 404
        assertThat(read(call(get(base + "/replies/FRA/versions"), "tsb", null))).isEmpty();
        call(get(base + "/replies/XXX/versions"), "tsb", null).andExpect(status().isNotFound());
        call(get("/api/approvals/999999999/replies/FRA/versions"), "tsb", null).andExpect(status().isNotFound());

        clock.set("2027-01-10T10:00:00Z");
        call(put(base + "/replies/FRA"), "ms-fra", "{\"position\":\"AGAINST\",\"reasons\":\"tariff impact\",\"proposedChanges\":\"delete clause 4\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        call(put(base + "/replies/DEU"), "ms-deu", "{\"position\":\"SUPPORT\"}").andExpect(status().isOk());
        clock.set("2027-01-20T11:30:00Z");
        call(put(base + "/replies/FRA"), "ms-fra", "{\"position\":\"NO_POSITION\",\"reasons\":\"still studying\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        clock.set("2027-02-01T23:59:59Z");
        call(put(base + "/replies/FRA"), "ms-fra", "{\"position\":\"SUPPORT\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.firstSubmittedAt").value("2027-01-10T10:00:00Z"))
                .andExpect(jsonPath("$.submittedAt").value("2027-02-01T23:59:59Z"));

        // every version, oldest first, as it was sent; the path's code is case-insensitive; any signed-in account reads it
        JsonNode versions = read(call(get(base + "/replies/fra/versions"), "ms-deu", null));
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("memberState").asText()).isEqualTo("FRA");
        assertThat(versions.get(0).get("position").asText()).isEqualTo("AGAINST");
        assertThat(versions.get(0).get("reasons").asText()).isEqualTo("tariff impact");
        assertThat(versions.get(0).get("proposedChanges").asText()).isEqualTo("delete clause 4");
        assertThat(versions.get(0).get("author").asText()).isEqualTo("ms-fra");
        assertThat(versions.get(0).get("submittedAt").asText()).isEqualTo("2027-01-10T10:00:00Z");
        assertThat(versions.get(1).get("position").asText()).isEqualTo("NO_POSITION");
        assertThat(versions.get(1).get("reasons").asText()).isEqualTo("still studying");
        assertThat(versions.get(1).get("proposedChanges").isNull()).isTrue();
        assertThat(versions.get(1).get("submittedAt").asText()).isEqualTo("2027-01-20T11:30:00Z");
        assertThat(versions.get(2).get("position").asText()).isEqualTo("SUPPORT");
        assertThat(versions.get(2).get("reasons").isNull()).isTrue();
        assertThat(versions.get(2).get("version").asInt()).isEqualTo(3);
        assertThat(read(call(get(base + "/replies/DEU/versions"), "tsb", null))).hasSize(1);

        // the replies and the tally: the latest version only, one per Member State
        JsonNode replies = read(call(get(base + "/replies"), "tsb", null));
        assertThat(replies).hasSize(2);
        JsonNode fra = replies.get(0).get("memberState").asText().equals("FRA") ? replies.get(0) : replies.get(1);
        assertThat(fra.get("position").asText()).isEqualTo("SUPPORT");
        assertThat(fra.get("version").asInt()).isEqualTo(3);
        JsonNode tally = read(call(get(base), "tsb", null)).get("tally");
        assertThat(tally.get("support").asInt()).isEqualTo(2);
        assertThat(tally.get("against").asInt()).isZero();
        assertThat(tally.get("noPosition").asInt()).isZero();

        // a refused change (after the close) adds no version
        clock.set("2027-03-25T00:00:00Z");
        call(put(base + "/replies/FRA"), "ms-fra", "{\"position\":\"AGAINST\"}").andExpect(status().isConflict());
        assertThat(read(call(get(base + "/replies/FRA/versions"), "tsb", null))).hasSize(3);
    }

    /** Over every reply any test has stored: the reply the tally counts is always the newest version kept, word for word. */
    @Test
    void theReplyTheTallyCountsIsItsNewestKeptVersion() throws Exception {
        everyVersionOfATapReplyStaysReadableAndTheTallyCountsTheLatest();
        long replies = jdbc.sql("SELECT COUNT(*) FROM recflow.consultation_reply").query(Long.class).single();
        long matched = jdbc.sql("""
                SELECT COUNT(*) FROM recflow.consultation_reply r JOIN recflow.consultation_reply_version v
                  ON v.subject_type = r.subject_type AND v.subject_id = r.subject_id AND v.round = r.round
                 AND v.member_state = r.member_state AND v.version = r.version
                WHERE v.position = r.position AND v.author = r.author AND v.submitted_at = r.submitted_at
                  AND COALESCE(v.reasons, '~') = COALESCE(r.reasons, '~')
                  AND COALESCE(v.proposed_changes, '~') = COALESCE(r.proposed_changes, '~')
                  AND NOT EXISTS (SELECT 1 FROM recflow.consultation_reply_version w WHERE w.subject_type = r.subject_type
                      AND w.subject_id = r.subject_id AND w.round = r.round AND w.member_state = r.member_state
                      AND w.version > r.version)""").query(Long.class).single();
        assertThat(replies).isGreaterThanOrEqualTo(2);
        assertThat(matched).isEqualTo(replies);
    }

    @Test
    void everyVersionOfAQuestionReplyStaysReadable() throws Exception {
        clock.set("2026-11-30T10:00:00Z");
        long id = id(call(post("/api/questions"), "chair-sg20", QUESTION).andExpect(status().isCreated()));
        String base = "/api/questions/" + id;
        clock.set("2026-12-02T09:00:00Z");
        call(put(base + "/replies/BRA"), "ms-bra", "{\"position\":\"SUPPORT\"}").andExpect(status().isOk());
        clock.set("2026-12-03T09:00:00Z");
        call(put(base + "/replies/BRA"), "ms-bra", "{\"position\":\"AGAINST\",\"reasons\":\"scope too wide\",\"proposedChanges\":\"drop item c\"}")
                .andExpect(status().isOk());

        JsonNode versions = read(call(get(base + "/replies/BRA/versions"), "chair-sg20", null));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("position").asText()).isEqualTo("SUPPORT");
        assertThat(versions.get(0).get("submittedAt").asText()).isEqualTo("2026-12-02T09:00:00Z");
        assertThat(versions.get(1).get("position").asText()).isEqualTo("AGAINST");
        assertThat(versions.get(1).get("reasons").asText()).isEqualTo("scope too wide");
        assertThat(versions.get(1).get("proposedChanges").asText()).isEqualTo("drop item c");
        assertThat(versions.get(1).get("author").asText()).isEqualTo("ms-bra");
        assertThat(read(call(get(base + "/replies/FRA/versions"), "tsb", null))).isEmpty();
        call(get(base + "/replies/ZZZ/versions"), "tsb", null).andExpect(status().isNotFound());

        JsonNode replies = read(call(get(base + "/replies"), "tsb", null));
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).get("position").asText()).isEqualTo("AGAINST");
        assertThat(replies.get(0).get("version").asInt()).isEqualTo(2);
    }
}
