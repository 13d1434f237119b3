package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recflow.audit.HistoryEntry;
import org.recflow.deadline.EarlyTimerGuard;
import org.recflow.kernel.Subject;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.DeletionStatus;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 item 1, second line of defence ({@link EarlyTimerGuard}): a closing timer whose due date was shifted one
 * second early (as a JVM in another zone would read it) runs at 23:59:59Z and does not close the period: the timer is
 * set again for 00:00:00Z and the history says so; at 00:00:00Z it closes. For a timer on its own (the Last Call), one
 * behind an event-based gateway (the more-time window) and another procedure's (a deletion's objection window).
 */
@SpringTest
@DisplayName("A closing timer that runs before its instant never closes the period: it is set again")
class EarlyClosingTimerTest {

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService engineHistory;
    @Autowired DeletionManagement deletions;

    AapFixture aap;

    @BeforeEach
    void setUp() {
        aap = new AapFixture(approvals, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Job timer(long id) {
        return timer("APPROVAL", id);
    }

    Job timer(String type, long id) {
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Subject.key(type, id)).singleResult().getId();
        List<Job> timers = management.createJobQuery().processInstanceId(pid).timers().list();
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    /** The timer's due date moved to {@code iso}, as a JVM reading it in another zone would see it. */
    void shiftTimer(long id, String iso) {
        management.setJobDuedate(timer(id).getId(), Date.from(Instant.parse(iso)));
    }

    List<String> actions(long id) {
        return approvals.get(id).history().stream().map(HistoryEntry::action).toList();
    }

    @Test
    void aLastCallTimerOneSecondEarlyIsSetAgainAndClosesAtItsInstant() {
        long id = aap.inLastCall();
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse(AapFixture.AFTER_LAST_CALL));
        shiftTimer(id, AapFixture.LAST_CALL_CLOSES);

        assertThat(clock.moveTo(AapFixture.LAST_CALL_CLOSES, id)).as("the shifted timer ran").isOne();
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.LAST_CALL);
        assertThat(actions(id)).contains(EarlyTimerGuard.ACTION).doesNotContain("LAST_CALL_CLOSED");
        HistoryEntry early = v.history().stream().filter(h -> h.action().equals(EarlyTimerGuard.ACTION)).findFirst().orElseThrow();
        assertThat(early.at()).isEqualTo(Instant.parse(AapFixture.LAST_CALL_CLOSES));
        assertThat(early.actor()).isEqualTo("recflow");
        assertThat(early.detail()).contains("lastCallClosed").contains("2027-02-15T23:59:59Z").contains("2027-02-16T00:00:00Z");
        assertThat(clock.pendingTimer(id)).as("set again").isEqualTo(Instant.parse(AapFixture.AFTER_LAST_CALL));
        assertThat(v.deadlines()).extracting(d -> d.kind()).contains("LAST_CALL_CLOSE");

        // the period is still open in its last second
        aap.comment(id, org.recflow.support.Actors.memberState("FRA"), CommentKind.TYPOGRAPHICAL);

        assertThat(clock.moveTo(AapFixture.AFTER_LAST_CALL, id)).isOne();
        v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        HistoryEntry closed = v.history().stream().filter(h -> h.action().equals("LAST_CALL_CLOSED")).findFirst().orElseThrow();
        assertThat(closed.at()).isEqualTo(Instant.parse(AapFixture.AFTER_LAST_CALL));
        assertThat(closed.detail()).startsWith("1 comment");
        assertThat(actions(id).stream().filter(EarlyTimerGuard.ACTION::equals)).hasSize(1);
    }

    @Test
    void aTimerAtItsInstantClosesWithoutBeingSetAgain() {
        long id = aap.inLastCall();
        assertThat(clock.moveTo(AapFixture.AFTER_LAST_CALL, id)).isOne();
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(actions(id)).contains("LAST_CALL_CLOSED").doesNotContain(EarlyTimerGuard.ACTION);
    }

    @Test
    void aMoreTimeTimerBehindTheEventGatewayOneSecondEarlyIsSetAgainAndTheWindowStaysOpen() {
        long id = aap.inMoreTime(List.of(), List.of("BRA"));
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-05-20T00:00:00Z"));
        shiftTimer(id, "2027-05-19T23:59:59Z");

        assertThat(clock.moveTo("2027-05-19T23:59:59Z", id)).isOne();
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.MORE_TIME);
        assertThat(actions(id)).contains(EarlyTimerGuard.ACTION).doesNotContain("MORE_TIME_CLOSED");
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-05-20T00:00:00Z"));

        clock.moveTo("2027-05-20T00:00:00Z", id);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(actions(id)).contains("MORE_TIME_CLOSED");
    }

    @Test
    void aDeletionWindowTimerOneSecondEarlyIsSetAgainTheSameWay() {
        clock.set("2026-11-30T10:00:00Z");
        long id = deletions.agree(org.recflow.support.Actors.CHAIR_SG20, new org.recflow.deletion.Commands.RecordDeletion("Y.2060", "SG20",
                org.recflow.deletion.Procedure.AAP, "Superseded by ITU-T Y.4000.", java.time.LocalDate.parse("2026-11-27"))).id();
        assertThat(timer("DELETION", id).getDuedate().toInstant()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
        management.setJobDuedate(timer("DELETION", id).getId(), Date.from(Instant.parse("2027-02-28T23:59:59Z")));

        clock.set("2027-02-28T23:59:59Z");
        management.executeJob(timer("DELETION", id).getId());
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.OBJECTION_PERIOD);
        assertThat(deletions.get(id).history()).extracting(HistoryEntry::action).contains(EarlyTimerGuard.ACTION);
        Job again = timer("DELETION", id);
        assertThat(again.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));

        clock.set("2027-03-01T00:00:00Z");
        management.executeJob(again.getId());
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.DELETED);
    }
}
