package org.recflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** One line per request and per automatic step, with the request id and the business key in the MDC. */
@SpringTest
class RequestLogTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4491","revision":"NEW","title":"Log test","studyGroup":"SG20",
             "summary":"s","textReference":"TD8","agreedOn":"2027-01-08"}""";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;

    final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    final Logger requests = (Logger) LoggerFactory.getLogger("org.recflow.request");
    final Logger steps = (Logger) LoggerFactory.getLogger("org.recflow.step");

    @BeforeEach
    void capture() {
        lines.start();
        requests.addAppender(lines);
        steps.addAppender(lines);
    }

    @AfterEach
    void release() {
        requests.detachAppender(lines);
        steps.detachAppender(lines);
        clock.reset();
    }

    List<ILoggingEvent> from(String logger) {
        return lines.list.stream().filter(e -> e.getLoggerName().equals(logger)).toList();
    }

    @Test
    void eachRequestAndEachAutomaticStepIsOneLineWithItsRequestIdAndBusinessKey() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).header("X-Request-Id", "log-req-1")
                        .contentType(MediaType.APPLICATION_JSON).content(START))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        String key = "APPROVAL-" + id;

        ILoggingEvent started = from("org.recflow.request").get(0);
        assertThat(started.getFormattedMessage()).matches("POST /api/approvals 201 \\d+ ms");
        assertThat(started.getMDCPropertyMap()).containsEntry("requestId", "log-req-1").containsEntry("businessKey", key);

        clock.set("2027-01-18T08:00:00Z");
        mvc.perform(post("/api/approvals/" + id + "/last-call").with(httpBasic("tsb", "demo")).header("X-Request-Id", "log-req-2")
                .contentType(MediaType.APPLICATION_JSON).content("{\"announcedOn\":\"2027-01-18\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/approvals/" + id + "/comments").with(httpBasic("tsb", "demo")).header("X-Request-Id", "log-req-3"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/approvals/987654321").with(httpBasic("tsb", "demo")).header("X-Request-Id", "log-req-4"))
                .andExpect(status().isNotFound());
        List<ILoggingEvent> requestLines = from("org.recflow.request");
        assertThat(requestLines).hasSize(4);
        assertThat(requestLines.get(1).getFormattedMessage()).matches("POST /api/approvals/" + id + "/last-call 200 \\d+ ms");
        assertThat(requestLines.get(1).getMDCPropertyMap()).containsEntry("requestId", "log-req-2").containsEntry("businessKey", key);
        assertThat(requestLines.get(2).getFormattedMessage()).matches("GET /api/approvals/" + id + "/comments 200 \\d+ ms");
        assertThat(requestLines.get(2).getMDCPropertyMap()).containsEntry("requestId", "log-req-3").containsEntry("businessKey", key);
        assertThat(requestLines.get(3).getFormattedMessage()).matches("GET /api/approvals/987654321 404 \\d+ ms");
        assertThat(requestLines.get(3).getMDCPropertyMap()).containsEntry("requestId", "log-req-4");

        // the Last Call's timer, run by the executor (here the test), outside any request
        assertThat(clock.moveTo("2027-02-16T00:00:00Z", id)).isEqualTo(1);
        List<ILoggingEvent> stepLines = from("org.recflow.step");
        assertThat(stepLines).hasSize(2);
        assertThat(stepLines.get(0).getFormattedMessage()).isEqualTo("automatic step LAST_CALL_CLOSED of " + key + ": 0 comment(s) received");
        assertThat(stepLines.get(1).getFormattedMessage()).startsWith("automatic step OUTCOME of " + key + ": APPROVED");
        assertThat(stepLines).allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("businessKey", key)
                .doesNotContainKey("requestId"));
        // the business key does not outlive the step on the thread
        assertThat(org.slf4j.MDC.get("businessKey")).isNull();
    }
}
