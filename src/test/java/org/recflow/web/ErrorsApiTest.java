package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Whatever a caller sends, the answer is a problem document with a stable code, never a 500 or a stack trace. */
@SpringTest
class ErrorsApiTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4480","revision":"NEW","title":"Digital twin reference model",
             "studyGroup":"SG20","questions":["Q2/20"],"summary":"A reference model.","textReference":"SG20-TD1234",
             "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;

    @BeforeEach
    void setClock() {
        clock.set("2027-01-11T09:00:00Z");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    ResultActions start(String body) throws Exception {
        return mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static ResultActions problem(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(content().string(not(containsString("at org."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void deeplyNestedArrays() throws Exception {
        problem(start("[".repeat(5000)), 400, "INVALID_REQUEST");
        problem(start("[".repeat(5000) + "]".repeat(5000)), 400, "INVALID_REQUEST");
        // nested where the parser has to descend: inside a field of the body
        problem(start(START.replace("\"questions\":[\"Q2/20\"]", "\"questions\":" + "[".repeat(5000) + "]".repeat(5000))),
                400, "INVALID_REQUEST");
        problem(start("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)), 400, "INVALID_REQUEST");
    }

    @Test
    void aStringWithAnInvalidEscape() throws Exception {
        problem(start(START.replace("Digital twin reference model", "Digital \\q twin")), 400, "INVALID_REQUEST");
        problem(start(START.replace("Digital twin reference model", "Digital \\u12 twin")), 400, "INVALID_REQUEST");
    }

    /** api.md: a wrong type is a 400 naming the field, never silently turned into a string. */
    @Test
    void aNumberWhereAStringIsExpected() throws Exception {
        problem(start(START.replace("\"Digital twin reference model\"", "42")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("title"));
        problem(start(START.replace("\"Digital twin reference model\"", "4.2")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("title"));
        problem(start(START.replace("\"Digital twin reference model\"", "true")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("title"));
        problem(start(START.replace("\"questions\":[\"Q2/20\"]", "\"questions\":[2]")), 400, "INVALID_REQUEST");
    }

    @Test
    void anObjectOrArrayWhereAStringIsExpected() throws Exception {
        problem(start(START.replace("\"Digital twin reference model\"", "{\"x\":1}")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("title"));
        problem(start(START.replace("\"Digital twin reference model\"", "[\"a\"]")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("title"));
        problem(start(START.replace("\"2027-01-08\"", "20270108")), 400, "INVALID_REQUEST")
                .andExpect(jsonPath("$.field").value("agreedOn"));
    }

    @Test
    void aNullOrMissingBody() throws Exception {
        problem(start("null"), 400, "INVALID_REQUEST");
        problem(start(""), 400, "INVALID_REQUEST");
        problem(mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).contentType(MediaType.APPLICATION_JSON)),
                400, "INVALID_REQUEST");
    }

    @Test
    void anUnknownApproval() throws Exception {
        problem(mvc.perform(get("/api/approvals/999999/comments").with(httpBasic("tsb", "demo"))), 404, "NOT_FOUND");
        problem(mvc.perform(get("/api/approvals/999999/objections").with(httpBasic("tsb", "demo"))), 404, "NOT_FOUND");
        problem(mvc.perform(post("/api/approvals/999999/comments").with(httpBasic("ms-fra", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"x\"}")), 404, "NOT_FOUND");
    }

    @Test
    void anUnacceptableMediaTypeIsNoServerError() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/approvals").with(httpBasic("tsb", "demo"))
                .accept(MediaType.APPLICATION_XML)).andReturn().getResponse();
        assertThat(r.getStatus()).isLessThan(500);
        assertThat(r.getContentAsString()).doesNotContain("at org.", "Exception");
        if (r.getStatus() == 406) {
            assertThat(r.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(json.readTree(r.getContentAsString()).path("code").asText()).isEqualTo("NOT_ACCEPTABLE");
        } else {
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        }
    }

    /** api.md: "No request, however malformed, gets a 500" - nor one for the error page itself. */
    @Test
    void theErrorEndpointHitDirectly() throws Exception {
        errorPage("GET anonymous", get("/error"));
        errorPage("GET as tsb", get("/error").with(httpBasic("tsb", "demo")));
        errorPage("POST anonymous", post("/error"));
        errorPage("POST as tsb", post("/error").with(httpBasic("tsb", "demo")).contentType(MediaType.APPLICATION_JSON).content("{}"));
    }

    void errorPage(String what, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        String answer = r.getStatus() + " " + r.getContentAsString();
        assertThat(r.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(r.getContentAsString()).as(what).doesNotContain("at org.", "Exception");
        JsonNode body = json.readTree(r.getContentAsString());
        assertThat(body.path("code").asText()).as(what).isNotBlank();
        assertThat(body.path("status").asInt()).as(what).isEqualTo(r.getStatus());
        assertThat(r.getStatus()).as(what + " answered " + answer).isBetween(400, 499);
    }
}
