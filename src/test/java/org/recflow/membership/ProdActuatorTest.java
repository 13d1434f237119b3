package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The actuator in {@code prod}: health without a token, the metrics for a TSB token or a scraper's token
 * ({@code recflow_role: METRICS}), which opens nothing else but the version ({@code /actuator/info}). The same context as {@link ProdSecurityTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "prod"})
@TestPropertySource(locations = "classpath:recflow-test.properties", properties = {
    "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:jwt/test-public.pem",
    "spring.datasource.url=jdbc:h2:mem:recflow-prod;DB_CLOSE_DELAY=-1"})
class ProdActuatorTest {

    @Autowired MockMvc mvc;

    @BeforeAll
    static void keys() throws Exception {
        ProdSecurityTest.keys();
    }

    static String scraper() throws Exception {
        return ProdSecurityTest.token(ProdSecurityTest.claims("prometheus", "metrics", null, null));
    }

    int answer(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void healthIsOpenAndTheMetricsAreForTsbAndScrapers() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        assertThat(answer(get("/actuator/prometheus"), null)).isEqualTo(401);
        assertThat(answer(get("/actuator/prometheus"), ProdSecurityTest.memberState("FRA"))).isEqualTo(403);
        assertThat(answer(get("/actuator/prometheus"), ProdSecurityTest.tsb())).isEqualTo(200);
        assertThat(answer(get("/actuator/prometheus"), scraper())).isEqualTo(200);
    }

    /**
     * {@code /actuator/info} (version and commit) is for every signed-in caller, a scraper's token included, so that
     * Prometheus can label a node's metrics with the release it runs; without a token it is refused (401), so the
     * version is not told to anyone who asks.
     */
    @Test
    void theVersionIsForEverySignedInCallerAScraperIncluded() throws Exception {
        assertThat(answer(get("/actuator/info"), null)).isEqualTo(401);
        assertThat(answer(get("/actuator/info"), ProdSecurityTest.memberState("FRA"))).isEqualTo(200);
        assertThat(answer(get("/actuator/info"), ProdSecurityTest.tsb())).isEqualTo(200);
        mvc.perform(get("/actuator/info").header("Authorization", "Bearer " + scraper())).andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").isNotEmpty())
                .andExpect(jsonPath("$.git.commit.id").isNotEmpty());
    }

    @Test
    void aScrapersTokenOpensNothingElse() throws Exception {
        assertThat(answer(get("/api/approvals"), scraper())).isEqualTo(401);
        assertThat(answer(get("/actuator/env"), scraper())).isIn(403, 404);
        assertThat(answer(get("/dashboard"), scraper())).isEqualTo(401);
    }
}
