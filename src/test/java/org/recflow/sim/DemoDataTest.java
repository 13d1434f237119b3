package org.recflow.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalSummary;
import org.recflow.approval.ApprovalView;
import org.recflow.audit.HistoryEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 13 item 7: the demo profile walks its approvals through the real procedure and records each automatic close at
 * the instant its timer ran (00:00:00Z after the period's last second), not at the moment the demo was loaded.
 * A database of its own, so that the demo finds it empty.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(locations = "classpath:recflow-test.properties", properties = {
        "spring.datasource.url=jdbc:h2:mem:recflow-demo-data;DB_CLOSE_DELAY=-1",
        // a second engine beside the shared test context's, in the same JVM
        "camunda.bpm.generate-unique-process-engine-name=true"})
@DisplayName("The demo profile records each automatic close at the instant its timer ran")
class DemoDataTest {

    @Autowired ApprovalManagement approvals;

    @Test
    void everyLastCallCloseIsRecordedAtMidnightUtcAfterItsPeriod() {
        Map<String, ApprovalView> byRecommendation = approvals.list(null, null, null).stream().map(ApprovalSummary::id)
                .map(approvals::get).collect(Collectors.toMap(ApprovalView::recommendation, v -> v));
        assertThat(byRecommendation).hasSize(6);
        for (String rec : List.of("H.810", "Y.4223", "X.1280")) {
            ApprovalView v = byRecommendation.get(rec);
            List<HistoryEntry> closes = v.history().stream().filter(h -> h.action().equals("LAST_CALL_CLOSED")).toList();
            assertThat(closes).as(rec).hasSize(1);
            Instant at = closes.get(0).at();
            assertThat(at).as(rec + ": closed at the timer's instant").isEqualTo(v.lastCall().closesAt().plusSeconds(1));
            assertThat(LocalTime.ofInstant(at, ZoneOffset.UTC)).as(rec).isEqualTo(LocalTime.MIDNIGHT);
            assertThat(closes.get(0).actor()).isEqualTo("recflow");
        }
        assertThat(byRecommendation.get("Y.4223").outcomeAt()).as("the approval without comment is approved at the close")
                .isEqualTo(byRecommendation.get("Y.4223").lastCall().closesAt().plusSeconds(1));
        assertThat(byRecommendation.get("Y.4480").history()).extracting(HistoryEntry::action).doesNotContain("LAST_CALL_CLOSED");
    }
}
