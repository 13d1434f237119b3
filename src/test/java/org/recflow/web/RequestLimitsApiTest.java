package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.StreamUtils;

/** The limits of a request (api.md): 413 over the body limit, 400 for JSON nested too deep; never a 500. */
@SpringTest
class RequestLimitsApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RequestLimits limits;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String start(String title, String summary) {
        return """
                {"procedure":"AAP","recommendation":"Y.4482","revision":"NEW","title":"%s",
                 "studyGroup":"SG20","questions":["Q2/20"],"summary":"%s","textReference":"SG20-TD1236",
                 "agreedOn":"2027-01-08","nextMeeting":null,"regionalGroup":null}""".formatted(title, summary);
    }

    ResultActions postStart(String body, String key) throws Exception {
        var request = post("/api/approvals").with(httpBasic("chair-sg20", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    ResultActions refused(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(content().string(not(containsString("at org."))));
    }

    long titled(String title) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get("/api/approvals?studyGroup=SG20").with(httpBasic("tsb", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long n = 0;
        for (JsonNode a : list) {
            if (title.equals(a.get("title").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theDefaultLimitIs256KiB() {
        assertThat(limits.maxBodyBytes()).isEqualTo(262144).isEqualTo(RequestLimits.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndCreatesNothing() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = "Too large " + UUID.randomUUID();
        String body = start(title, "x".repeat(300 * 1024));
        refused(postStart(body, null), 413, "PAYLOAD_TOO_LARGE")
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.limit").value(262144));
        // with an Idempotency-Key: refused the same, and the key stays free for the request as it should have been
        String key = UUID.randomUUID().toString();
        refused(postStart(body, key), 413, "PAYLOAD_TOO_LARGE");
        // unauthenticated: the size is refused before anything reads the body
        refused(mvc.perform(post("/api/approvals").contentType(MediaType.APPLICATION_JSON).content(body)), 413, "PAYLOAD_TOO_LARGE");
        assertThat(titled(title)).isZero();
        postStart(start(title, "A reference model."), key).andExpect(status().isCreated());
        assertThat(titled(title)).isEqualTo(1);
    }

    @Test
    void aBodyJustWithinTheLimitIsReadAndJudgedByItsFields() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = "Within the limit " + UUID.randomUUID();
        String shell = start(title, "");
        String body = start(title, "x".repeat(262144 - shell.getBytes(StandardCharsets.UTF_8).length));
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(262144);
        // read in full: the summary is over its own length, a 400 that names it
        refused(postStart(body, null), 400, "INVALID_REQUEST").andExpect(jsonPath("$.field").value("summary"));
        assertThat(titled(title)).isZero();
    }

    @Test
    void jsonNestedTooDeeplyIsAnInvalidRequest() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String title = "Deep " + UUID.randomUUID();
        refused(postStart("[".repeat(100_000), null), 400, "INVALID_REQUEST");
        refused(postStart("{\"title\":\"" + title + "\",\"questions\":" + "[".repeat(100_000), null), 400, "INVALID_REQUEST");
        refused(postStart("{\"title\":\"" + title + "\",\"nextMeeting\":" + "{\"start\":".repeat(20_000), null), 400, "INVALID_REQUEST");
        refused(postStart("[".repeat(100_000) + "]".repeat(100_000), UUID.randomUUID().toString()), 400, "INVALID_REQUEST");
        assertThat(titled(title)).isZero();
        // whatever a body is read into, the application's mapper stops at Jackson's nesting limit (1000) with a
        // parse error, which the API answers 400 ("not well-formed JSON"), never with a stack overflow
        assertThatThrownBy(() -> json.readTree("[".repeat(100_000) + "]".repeat(100_000)))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("1000");
    }

    // --- the filter itself, for what MockMvc cannot send: a body without a length (chunked) ---

    static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/approvals") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent(body);
        return request;
    }

    @Test
    void aChunkedBodyIsCountedWhileItIsRead() throws Exception {
        RequestLimitsFilter filter = new RequestLimitsFilter(new RequestLimits(1024), json);
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        filter.doFilter(chunked(new byte[1025]), tooLarge, (req, res) -> passed.set(req));
        assertThat(passed.get()).isNull();
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json.readTree(tooLarge.getContentAsString()).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");

        byte[] small = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse ok = new MockHttpServletResponse();
        filter.doFilter(chunked(small), ok, (req, res) -> passed.set(req));
        assertThat(ok.getStatus()).isEqualTo(200);
        // the body is there for whoever reads it next, as often as needed
        assertThat(StreamUtils.copyToByteArray(passed.get().getInputStream())).isEqualTo(small);
        assertThat(StreamUtils.copyToByteArray(passed.get().getInputStream())).isEqualTo(small);
        assertThat(passed.get().getContentLengthLong()).isEqualTo(small.length);

        MockHttpServletResponse exact = new MockHttpServletResponse();
        passed.set(null);
        filter.doFilter(chunked(new byte[1024]), exact, (req, res) -> passed.set(req));
        assertThat(passed.get()).isNotNull();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        RequestLimitsFilter filter = new RequestLimitsFilter(new RequestLimits(1024), json);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/approvals") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                throw new AssertionError("the body must not be read");
            }
        };
        request.setContent(new byte[2048]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not pass");
        });
        assertThat(response.getStatus()).isEqualTo(413);
    }
}
