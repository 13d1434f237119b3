package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** Every history entry names the request that caused it; timers leave it empty. */
@SpringTest
class RequestIdApiTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4481","revision":"NEW","title":"Request id test","studyGroup":"SG20",
             "summary":"s","textReference":"TD1","agreedOn":"2027-01-08"}""";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCallersRequestIdIsEchoedAndRecordedInTheHistory() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).header("X-Request-Id", "sg20-req-0001")
                        .contentType(MediaType.APPLICATION_JSON).content(START))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Request-Id", "sg20-req-0001"))
                .andExpect(jsonPath("$.history[0].requestId").value("sg20-req-0001"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        String generated = mvc.perform(post("/api/approvals/" + id + "/last-call").with(httpBasic("tsb", "demo"))
                        .header("X-Request-Id", "not a plain token; " + "x".repeat(100)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");

        clock.moveTo("2027-02-16T00:00:00Z", id);
        JsonNode history = json.readTree(mvc.perform(get("/api/approvals/" + id).with(httpBasic("tsb", "demo")))
                .andReturn().getResponse().getContentAsString()).get("history");
        assertThat(history.get(1).get("action").asText()).isEqualTo("LAST_CALL_ANNOUNCED");
        assertThat(history.get(1).get("requestId").asText()).isEqualTo(generated);
        assertThat(history.get(2).get("action").asText()).isEqualTo("LAST_CALL_CLOSED");
        assertThat(history.get(2).get("requestId").isNull()).isTrue();
    }

    @Test
    void refusalsCarryTheRequestIdToo() throws Exception {
        mvc.perform(get("/api/approvals/987654").with(httpBasic("tsb", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(header().exists("X-Request-Id"));
        mvc.perform(get("/api/approvals")).andExpect(status().isUnauthorized()).andExpect(header().exists("X-Request-Id"));
    }
}
