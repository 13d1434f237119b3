package org.recflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19's leftovers for the outbox: its backlog indicator turns OUT_OF_SERVICE above the threshold (and readiness
 * with it, as the group lists it: ActuatorApiTest), and the backlog is a gauge on /actuator/prometheus.
 */
@SpringTest
class OutboxOperationsTest {

    @Autowired Dispatcher dispatcher;
    @Autowired HealthIndicator outboxHealthIndicator;
    @Autowired MockMvc mvc;

    private static NotificationProperties threshold(int n) {
        return new NotificationProperties(URI.create("http://localhost:8080"), "recflow@example.org", false, Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24), Duration.ofMinutes(2), Duration.ofSeconds(5), true,
                Duration.ofMinutes(1), n, 0);
    }

    @Test
    void theBacklogIndicatorIsOutOfServiceAboveItsThreshold() {
        assertThat(outboxHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
        long waiting = dispatcher.backlog() + dispatcher.incompletePublications();
        HealthIndicator atTheLimit = new NotificationConfiguration().outboxHealthIndicator(dispatcher, threshold((int) waiting));
        assertThat(atTheLimit.health().getStatus()).isEqualTo(Status.UP);
        HealthIndicator below = new NotificationConfiguration().outboxHealthIndicator(dispatcher, threshold((int) waiting - 1));
        assertThat(below.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(below.health().getDetails()).containsEntry("deliveriesWaiting", dispatcher.backlog());
    }

    @Test
    void theBacklogIsAGauge() throws Exception {
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("tsb", "demo"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(scrape).contains("recflow_notifications_backlog").contains("recflow_outbox_incomplete");
    }
}
