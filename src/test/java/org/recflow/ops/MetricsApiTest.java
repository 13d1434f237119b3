package org.recflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A short AAP walk-through, read back from /actuator/prometheus as Prometheus would: the submission and period-close
 * counters move by what the walk-through did, the deadline gauges follow the read model (open, then overdue, then
 * closed), the job backlog holds the due timer until it runs, and the request latency histogram has the endpoint.
 * Other tests share the database, so every check compares two scrapes taken at the same clock time.
 */
@SpringTest
class MetricsApiTest {

    static final String START = """
            {"procedure":"AAP","recommendation":"Y.4490","revision":"NEW","title":"Metrics walk-through","studyGroup":"SG20",
             "summary":"s","textReference":"TD9","agreedOn":"2027-01-08"}""";

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ObjectMapper json;
    @Autowired RecflowMetrics metrics;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh snapshot for the gauges, then the exposition text. */
    String scrape() throws Exception {
        metrics.refresh();
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("tsb", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The value of the sample {@code name} carrying every label given; 0 when there is none (a counter not yet moved). */
    static double value(String text, String name, Map<String, String> labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{(.*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        double found = 0;
        int matches = 0;
        while (m.find()) {
            String set = m.group(1);
            if (labels.entrySet().stream().allMatch(e -> set.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                found = Double.parseDouble(m.group(2));
                matches++;
            }
        }
        assertThat(matches).as(name + labels).isLessThanOrEqualTo(1);
        return found;
    }

    static double open(String text, String kind, boolean overdue) {
        return value(text, "recflow_deadlines_open", Map.of("kind", kind, "overdue", Boolean.toString(overdue)));
    }

    @Test
    void theMetricsFollowAWalkThrough() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        String body = mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(START))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        clock.set("2027-01-18T08:00:00Z");
        String before = scrape();
        mvc.perform(post("/api/approvals/" + id + "/last-call").with(httpBasic("tsb", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"announcedOn\":\"2027-01-18\"}")).andExpect(status().isOk());
        String announced = scrape();
        assertThat(open(announced, "LAST_CALL_CLOSE", false) - open(before, "LAST_CALL_CLOSE", false)).isEqualTo(1);
        assertThat(open(announced, "LAST_CALL_CLOSE", true)).isEqualTo(open(before, "LAST_CALL_CLOSE", true));

        clock.set("2027-02-01T10:00:00Z");
        Map<String, String> comments = Map.of("subject", "approval", "kind", "comment");
        double commentsBefore = value(scrape(), "recflow_submissions_total", comments);
        String typo = "{\"kind\":\"TYPOGRAPHICAL\",\"text\":\"'recieve' in 6.2\",\"proposedChanges\":\"receive\"}";
        mvc.perform(post("/api/approvals/" + id + "/comments").with(httpBasic("ms-fra", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(typo)).andExpect(status().isCreated());
        mvc.perform(post("/api/approvals/" + id + "/comments").with(httpBasic("sm-ericsson", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(typo.replace("TYPOGRAPHICAL", "SUBSTANTIVE")))
                .andExpect(status().isCreated());
        // a refused comment changes nothing and counts nothing
        mvc.perform(post("/api/approvals/" + id + "/comments").with(httpBasic("tsb", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(typo)).andExpect(status().isForbidden());
        assertThat(value(scrape(), "recflow_submissions_total", comments) - commentsBefore).isEqualTo(2);

        // the Last Call has closed (23:59:59Z) but its timer has not run yet: overdue, and one more job due
        clock.set("2027-02-16T00:00:00Z");
        Map<String, String> lastCalls = Map.of("subject", "approval", "kind", "last_call");
        String due = scrape();
        assertThat(open(due, "LAST_CALL_CLOSE", true)).isGreaterThanOrEqualTo(1);
        assertThat(value(due, "recflow_jobs_due", Map.of())).isGreaterThanOrEqualTo(1);
        assertThat(clock.runDueJobs(id)).isEqualTo(1);
        String closed = scrape();
        assertThat(open(due, "LAST_CALL_CLOSE", true) - open(closed, "LAST_CALL_CLOSE", true)).isEqualTo(1);
        assertThat(value(due, "recflow_jobs_due", Map.of()) - value(closed, "recflow_jobs_due", Map.of())).isEqualTo(1);
        assertThat(value(closed, "recflow_periods_closed_total", lastCalls) - value(due, "recflow_periods_closed_total", lastCalls))
                .isEqualTo(1);
        // a substantive comment in the Last Call: the chair now compiles the comments, a deadline of its own
        assertThat(open(closed, "COMMENT_COMPILATION", false) - open(due, "COMMENT_COMPILATION", false)).isEqualTo(1);

        assertThat(value(closed, "recflow_jobs_failed", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(value(closed, "recflow_incidents_open", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(closed).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/approvals/\\{id\\}/comments\"");
        assertThat(value(closed, "http_server_requests_seconds_count",
                Map.of("uri", "/api/approvals/{id}/comments", "method", "POST", "status", "201"))).isGreaterThanOrEqualTo(2);
    }

    /** Every request is timed (http.server.requests), and no long task timer runs around it (application.yaml). */
    @Test
    void requestsAreTimedWithoutALongTaskTimer() throws Exception {
        mvc.perform(get("/api/approvals").with(httpBasic("tsb", "demo"))).andExpect(status().isOk());
        String scraped = scrape();
        assertThat(value(scraped, "http_server_requests_seconds_count", Map.of("uri", "/api/approvals", "method", "GET")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scraped).doesNotContain("http_server_requests_active");
    }
}
