package org.recflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.recflow.support.Actors.TSB;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.ApprovalView;
import org.recflow.approval.Commands.AnnounceConsultation;
import org.recflow.approval.Commands.MeetingDates;
import org.recflow.approval.Commands.StartApproval;
import org.recflow.approval.Commands.SubmitReply;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.approval.TapProcess;
import org.recflow.consultation.Position;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 with the engine: when a meeting moves, the running TAP consultation timer of each of its texts moves with it,
 * fires once at the new instant and never at the old; when it is cancelled, the timer goes with the consultation. The
 * clock is moved and due jobs run (no sleeping). SG12 meetings with end dates of their own (the database is shared).
 * Meeting Tue 2027-04-06: the consultation closes 2027-03-23 (Good Friday and Easter Monday skipped), timer
 * 2027-03-24T00:00:00Z.
 */
@SpringTest
class MeetingMoveTimersTest {

    static final Actor CHAIR = new Actor("chair-sg12", Role.CHAIR, null, "SG12");
    static final String OLD_TIMER = "2027-03-24T00:00:00Z";

    @Autowired ApprovalManagement approvals;
    @Autowired MeetingManagement meetings;
    @Autowired TestClock clock;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A TAP text of SG12 for the meeting of 6 April to {@code end}, its consultation announced on 1 December 2026. */
    long inConsultation(String rec, String end) {
        clock.set("2026-12-01T09:00:00Z");
        long id = approvals.start(CHAIR, new StartApproval(Procedure.TAP, rec, Revision.NEW, "Title of " + rec, "SG12", List.of("Q1/12"),
                "Summary of " + rec + ".", "SG12-TD-" + rec, LocalDate.parse("2026-11-30"),
                new MeetingDates(LocalDate.parse("2027-04-06"), LocalDate.parse(end)), null)).id();
        approvals.announceConsultation(TSB, id, new AnnounceConsultation(LocalDate.parse("2026-12-01"), null, null));
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse(OLD_TIMER));
        return id;
    }

    long timers(long id) {
        return management.createJobQuery().processInstanceId(process(id).getId()).timers().count();
    }

    ProcessInstance process(long id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(Subject.key("APPROVAL", id)).singleResult();
    }

    List<String> deadlines(long id) {
        return approvals.get(id).deadlines().stream().map(d -> d.kind() + "@" + d.dueAt()).toList();
    }

    long actions(long id, String action) {
        return approvals.get(id).history().stream().filter(h -> h.action().equals(action)).count();
    }

    @Test
    void movedLaterTheTimerFiresOnceAtTheNewCloseAndNotAtTheOld() {
        long id = inConsultation("P.9101", "2027-04-08");
        long meeting = approvals.get(id).meetingId();

        clock.set("2027-01-10T09:00:00Z");
        RescheduleResult r = meetings.reschedule(TSB, meeting, new Commands.Reschedule(LocalDate.parse("2027-05-18"),
                LocalDate.parse("2027-05-20"), null, "the host moved the venue", null));

        // Tue 18 May: back over Whit Monday, a weekend and Ascension Day, the close is Tue 4 May
        assertThat(r.approvalsMoved()).isTrue();
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-05-05T00:00:00Z"));
        assertThat(timers(id)).isEqualTo(1);
        ApprovalView v = approvals.get(id);
        assertThat(v.meetingId()).isEqualTo(meeting);
        assertThat(v.nextMeeting().start()).isEqualTo(LocalDate.parse("2027-05-18"));
        assertThat(v.consultation().closesAt()).isEqualTo(Instant.parse("2027-05-04T23:59:59Z"));
        assertThat(deadlines(id)).containsExactly("TEXT_DISTRIBUTION@2027-04-18T23:59:59Z", "CONSULTATION_CLOSE@2027-05-04T23:59:59Z");
        assertThat(v.history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("MEETING_MOVED");
            assertThat(h.detail()).contains("2027-04-06..2027-04-08", "2027-05-18..2027-05-20", "the host moved the venue");
        });

        // the old instant passes: nothing runs, the consultation still takes replies
        assertThat(clock.moveTo(OLD_TIMER, id)).isZero();
        assertThat(clock.moveTo("2027-03-25T10:00:00Z", id)).isZero();
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.CONSULTATION);
        approvals.reply(Actors.memberState("FRA"), id, "FRA", new SubmitReply(Position.SUPPORT, null, null));
        assertThat(process(id)).isWaitingAt(TapProcess.CONSULTATION_CLOSED);

        // the last second of the new close: still open; then the timer runs once
        assertThat(clock.moveTo("2027-05-04T23:59:59Z", id)).isZero();
        assertThat(clock.moveTo("2027-05-05T00:00:00Z", id)).isEqualTo(1);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        assertThat(clock.moveTo("2027-06-01T00:00:00Z", id)).isZero();
        assertThat(actions(id, "CONSULTATION_CLOSED")).isEqualTo(1);
        assertThat(actions(id, "CLOSING_TIMER_EARLY")).isZero();
    }

    @Test
    void movedEarlierTheTimerFiresOnceAtTheNewCloseAndNeverAtTheOld() {
        long id = inConsultation("P.9102", "2027-04-09");
        long meeting = approvals.get(id).meetingId();

        clock.set("2027-01-10T09:00:00Z");
        meetings.reschedule(TSB, meeting, new Commands.Reschedule(LocalDate.parse("2027-03-16"), LocalDate.parse("2027-03-18"), null,
                "merged with the workshop week", null));

        // Tue 16 March: back over a weekend and the (provisional) Eid al-Fitr holiday of Tue 9 March, the close is Wed 3 March
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-03-04T00:00:00Z"));
        assertThat(timers(id)).isEqualTo(1);
        assertThat(deadlines(id)).containsExactly("TEXT_DISTRIBUTION@2027-02-16T23:59:59Z", "CONSULTATION_CLOSE@2027-03-03T23:59:59Z");

        assertThat(clock.moveTo("2027-03-03T23:59:59Z", id)).isZero();
        // the new instant: the timer runs once, and the guard against early timers does not send it back to the old one
        assertThat(clock.moveTo("2027-03-04T00:00:00Z", id)).isEqualTo(1);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        assertThat(actions(id, "CLOSING_TIMER_EARLY")).isZero();
        assertThat(clock.moveTo(OLD_TIMER, id)).isZero();
        assertThat(clock.moveTo("2027-04-06T00:00:00Z", id)).isZero();
        assertThat(actions(id, "CONSULTATION_CLOSED")).isEqualTo(1);
    }

    @Test
    void cancelledTheConsultationClosesWithoutEffectAndItsTimerIsGone() {
        long id = inConsultation("P.9103", "2027-04-07");
        long meeting = approvals.get(id).meetingId();
        clock.set("2027-01-20T09:00:00Z");
        approvals.reply(Actors.memberState("DEU"), id, "DEU", new SubmitReply(Position.AGAINST, "not ready", null));

        meetings.cancel(TSB, meeting, new Commands.Cancel("the host withdrew"));

        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(v.meetingId()).isNull();
        assertThat(v.nextMeeting()).isNull();
        assertThat(v.round()).isEqualTo(2);
        assertThat(v.deadlines()).isEmpty();
        assertThat(v.history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("MEETING_CANCELLED");
            assertThat(h.detail()).contains("the host withdrew");
        });
        assertThat(process(id)).isWaitingAt(TapProcess.CONSULTATION_ANNOUNCED);
        assertThat(timers(id)).isZero();
        assertThat(clock.moveTo(OLD_TIMER, id)).isZero();
        assertThat(actions(id, "CONSULTATION_CLOSED")).isZero();
        assertThat(meetings.get(meeting).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meetings.get(meeting).texts()).isEmpty();

        // the text is announced again for another meeting: a fresh consultation (the earlier reply does not count)
        clock.set("2027-03-01T09:00:00Z");
        ApprovalView again = approvals.announceConsultation(TSB, id, new AnnounceConsultation(LocalDate.parse("2027-03-01"),
                LocalDate.parse("2027-06-01"), LocalDate.parse("2027-06-04")));
        assertThat(again.meetingId()).isNotNull().isNotEqualTo(meeting);
        assertThat(again.tally()).satisfies(t -> assertThat(((org.recflow.consultation.ConsultationTally) t).counted()).isZero());
        assertThat(timers(id)).isEqualTo(1);
        assertThat(meetings.get(again.meetingId()).texts()).extracting(MeetingView.Text::approvalId).containsExactly(id);
    }
}
