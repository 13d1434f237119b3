package org.recflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The actuator's door: health for anyone without details, info for the signed-in, metrics for TSB, nothing else. */
@SpringTest
class ActuatorApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    JsonNode read(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void healthAndItsGroupsAnswerAnonymousCallersWithTheStatusOnly() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            JsonNode health = read(path, null);
            assertThat(health.get("status").asText()).as(path).isEqualTo("UP");
            assertThat(health.has("components")).as(path).isFalse();
            assertThat(health.has("details")).as(path).isFalse();
            // a member's account sees no more than anonymous callers
            assertThat(read(path, "ms-fra").has("components")).as(path).isFalse();
        }
    }

    @Test
    void tsbSeesTheComponentsOfReadiness() throws Exception {
        JsonNode readiness = read("/actuator/health/readiness", "tsb");
        assertThat(readiness.get("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("db", "jobExecutor", "readinessState", "outbox");
        assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
        // the notifications' backlog, far below its threshold in the tests
        assertThat(readiness.at("/components/outbox/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/outbox/details/threshold").asInt()).isPositive();
        // the tests run without the job executor, like the sim profile: off by design, not down
        assertThat(readiness.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/jobExecutor/details/enabled").asBoolean()).isFalse();
        JsonNode liveness = read("/actuator/health/liveness", "tsb");
        assertThat(liveness.get("components").fieldNames()).toIterable().containsExactly("livenessState");
    }

    @Test
    void infoIsForSignedInCallers() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        // the version and commit this node runs, for any signed-in caller (a Member State as well as TSB)
        for (String user : new String[] {"ms-fra", "tsb"}) {
            JsonNode info = read("/actuator/info", user);
            assertThat(info.at("/build/version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
            assertThat(info.at("/git/commit/id").asText()).matches("[0-9a-f]{7,40}");
        }
    }

    @Test
    void prometheusIsForTsbOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ms-fra", "demo"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_ELIGIBLE"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("chair-sg20", "demo"))).andExpect(status().isForbidden());
        String text = mvc.perform(get("/actuator/prometheus").with(httpBasic("tsb", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text).contains("# TYPE recflow_deadlines_open gauge", "recflow_jobs_due", "jvm_memory_used_bytes");
    }

    @Test
    void nothingElseOfTheActuatorIsExposed() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/loggers",
            "/actuator/heapdump", "/actuator/threaddump", "/actuator/configprops", "/actuator/mappings", "/actuator/shutdown"}) {
            int anonymous = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            int tsb = mvc.perform(get(path).with(httpBasic("tsb", "demo"))).andReturn().getResponse().getStatus();
            assertThat(anonymous).as(path).isIn(401, 404);
            assertThat(tsb).as(path).isIn(403, 404);
        }
    }
}
