package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.recflow.support.Actors.CHAIR_SG20;
import static org.recflow.support.Actors.TSB;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.Actors;
import org.recflow.support.TestClock;
import org.recflow.support.SpringTest;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/aap-approval.bpmn, with the engine, a fixed clock and executed timers. */
@SpringTest
class AapProcessTest {

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;

    AapFixture aap;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        aap = new AapFixture(approvals, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ProcessInstance process(long id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", id)).singleResult();
    }

    String lastInstanceId(long id) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", id))
                .orderByProcessInstanceStartTime().desc().list().get(0).getId();
    }

    boolean passed(long id, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(lastInstanceId(id)).activityId(activity)
                .finished().count() > 0;
    }

    boolean ended(long id) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(lastInstanceId(id)).finished().count() == 1;
    }

    ApprovalStatus status(long id) {
        return approvals.get(id).status();
    }

    List<String> openDeadlines(long id) {
        return approvals.get(id).deadlines().stream().map(d -> d.kind() + "@" + d.dueAt()).toList();
    }

    @Test
    void requestWaitsForTheLastCallAnnouncement() {
        long id = aap.requested();
        assertThat(process(id)).isWaitingAt(AapProcess.LAST_CALL_ANNOUNCED);
        assertThat(status(id)).isEqualTo(ApprovalStatus.REQUESTED);
    }

    @Test
    void lastCallTimerRunsAtMidnightAfterTheClosingDate() {
        long id = aap.inLastCall();
        assertThat(process(id)).isWaitingAt(AapProcess.LAST_CALL_CLOSED);
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-02-16T00:00:00Z"));
        assertThat(openDeadlines(id)).containsExactly("LAST_CALL_CLOSE@2027-02-15T23:59:59Z");

        assertThat(clock.moveTo("2027-02-15T23:59:59.999Z", id)).isZero();
        assertThat(status(id)).isEqualTo(ApprovalStatus.LAST_CALL);
    }

    @Test
    void lastCallWithoutCommentIsApprovedByItself() {
        long id = aap.inLastCall();
        assertThat(clock.moveTo(AapFixture.AFTER_LAST_CALL, id)).isEqualTo(1);

        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("NO_COMMENT_IN_LAST_CALL");
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
        assertThat(ended(id)).isTrue();
        assertThat(openDeadlines(id)).containsExactly("NOTIFICATION@2027-03-02T23:59:59Z");
    }

    @Test
    void commentAcceptedInTheLastSecondCountsWhenTheTimerRunsLater() {
        long id = aap.inLastCall();
        clock.set("2027-02-15T23:59:59.500Z");
        aap.comment(id, Actors.FRA, CommentKind.TYPOGRAPHICAL);

        clock.moveTo("2027-02-16T03:00:00Z", id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        assertThat(process(id)).isWaitingAt(AapProcess.LAST_CALL_JUDGED);
    }

    @Test
    void commentAtMidnightIsRefusedEvenBeforeTheTimerRuns() {
        long id = aap.inLastCall();
        clock.set("2027-02-16T00:00:00Z");
        assertThatThrownBy(() -> aap.comment(id, Actors.FRA, CommentKind.TYPOGRAPHICAL))
                .isInstanceOf(RecflowException.class)
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.DEADLINE_PASSED);
        assertThat(status(id)).isEqualTo(ApprovalStatus.LAST_CALL);
        clock.runDueJobs(id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void onlyTypographicalCommentsLetTheChairmanApprove() {
        long id = aap.inLastCallJudgement(CommentKind.TYPOGRAPHICAL, CommentKind.TYPOGRAPHICAL);
        assertThat(openDeadlines(id)).isEmpty();

        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.APPROVE));
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approvals.get(id).outcomeReason()).isEqualTo("TYPOGRAPHICAL_COMMENTS_ONLY_IN_LAST_CALL");
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
    }

    @Test
    void aSubstantiveCommentOpensTheCompilationAndForbidsApproval() {
        long id = aap.inLastCallJudgement(CommentKind.TYPOGRAPHICAL, CommentKind.SUBSTANTIVE);
        assertThat(openDeadlines(id)).containsExactly("COMMENT_COMPILATION@2027-03-01T23:59:59Z");

        assertThatThrownBy(() -> approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.APPROVE)))
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.WRONG_STEP);
        assertThatThrownBy(() -> approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.ADDITIONAL_REVIEW)))
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.WRONG_STEP);
        assertThat(process(id)).isWaitingAt(AapProcess.LAST_CALL_JUDGED);
    }

    @Test
    void meetingRouteWaitsForTheAnnouncementWithItsDeadline() {
        clock.set(AapFixture.REQUESTED_AT);
        long id = approvals.start(CHAIR_SG20, AapFixture.request("SG20",
                new Commands.MeetingDates(AapFixture.MEETING_START, AapFixture.MEETING_END))).id();
        clock.set("2027-01-18T08:00:00Z");
        approvals.announceLastCall(TSB, id, new Commands.Announce(AapFixture.LAST_CALL_ON));
        aap.comment(id, Actors.FRA, CommentKind.SUBSTANTIVE);
        clock.moveTo(AapFixture.AFTER_LAST_CALL, id);

        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.MEETING));
        assertThat(process(id)).isWaitingAt(AapProcess.MEETING_ANNOUNCED);
        assertThat(openDeadlines(id)).containsExactly("COMMENT_COMPILATION@2027-03-01T23:59:59Z",
                "MEETING_ANNOUNCEMENT@2027-03-22T23:59:59Z");

        clock.set("2027-03-22T12:00:00Z");
        approvals.announceMeeting(TSB, id, new Commands.AnnounceMeeting(AapFixture.MEETING_START, AapFixture.MEETING_END));
        assertThat(openDeadlines(id)).isEmpty();
        assertThat(process(id)).isWaitingAt(AapProcess.MEETING_OUTCOME_RECORDED);
    }

    @Test
    void meetingAnnouncementNeedsThreeWeeksNotice() {
        long id = aap.inLastCallJudgement(CommentKind.SUBSTANTIVE);
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.MEETING));
        clock.set("2027-03-23T00:00:00Z");
        assertThatThrownBy(() -> approvals.announceMeeting(TSB, id,
                new Commands.AnnounceMeeting(AapFixture.MEETING_START, AapFixture.MEETING_END)))
                .isInstanceOfSatisfying(RecflowException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.NOTICE_TOO_SHORT);
                    assertThat(e.properties()).containsEntry("latestDate", "2027-03-22");
                });
        assertThat(process(id)).isWaitingAt(AapProcess.MEETING_ANNOUNCED);
    }

    @Test
    void commentResolutionThenAdditionalReviewWithoutCommentIsApproved() {
        long id = aap.inCommentResolution();
        assertThat(process(id)).isWaitingAt(AapProcess.COMMENTS_RESOLVED);
        clock.set("2027-02-22T10:00:00Z");
        approvals.resolveComments(CHAIR_SG20, id, new Commands.Resolve("SG20-TD1300", "SG20-TD1301"));
        assertThat(openDeadlines(id)).isEmpty();
        assertThat(process(id)).isWaitingAt(AapProcess.RESOLUTION_JUDGED);

        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.ADDITIONAL_REVIEW));
        assertThat(status(id)).isEqualTo(ApprovalStatus.AWAITING_ADDITIONAL_REVIEW);
        assertThat(process(id)).isWaitingAt(AapProcess.ADDITIONAL_REVIEW_ANNOUNCED);

        clock.set("2027-03-01T08:00:00Z");
        approvals.announceAdditionalReview(TSB, id, new Commands.Announce(AapFixture.ADDITIONAL_REVIEW_ON));
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse(AapFixture.AFTER_ADDITIONAL_REVIEW));
        assertThat(openDeadlines(id)).containsExactly("ADDITIONAL_REVIEW_CLOSE@2027-03-22T23:59:59Z");

        clock.moveTo(AapFixture.AFTER_ADDITIONAL_REVIEW, id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approvals.get(id).outcomeReason()).isEqualTo("NO_COMMENT_IN_ADDITIONAL_REVIEW");
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
    }

    @Test
    void additionalReviewWithTypographicalCommentsIsApprovedByTheChairman() {
        long id = aap.inAdditionalReview();
        clock.set("2027-03-10T10:00:00Z");
        aap.comment(id, Actors.ERICSSON, CommentKind.TYPOGRAPHICAL);
        clock.moveTo(AapFixture.AFTER_ADDITIONAL_REVIEW, id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT);
        assertThat(process(id)).isWaitingAt(AapProcess.ADDITIONAL_REVIEW_JUDGED);

        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.APPROVE));
        assertThat(approvals.get(id).outcomeReason()).isEqualTo("TYPOGRAPHICAL_COMMENTS_ONLY_IN_ADDITIONAL_REVIEW");
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
    }

    @Test
    void additionalReviewWithASubstantiveCommentGoesToTheMeeting() {
        long id = aap.inAdditionalReview();
        clock.set("2027-03-10T10:00:00Z");
        aap.comment(id, Actors.DEU, CommentKind.SUBSTANTIVE);
        clock.moveTo(AapFixture.AFTER_ADDITIONAL_REVIEW, id);
        assertThatThrownBy(() -> approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.APPROVE)))
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.WRONG_STEP);
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.MEETING));
        assertThat(status(id)).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        assertThat(process(id)).isWaitingAt(AapProcess.MEETING_ANNOUNCED);
    }

    @Test
    void associatesMayNotCommentInAdditionalReview() {
        long id = aap.inAdditionalReview();
        assertThatThrownBy(() -> aap.comment(id, Actors.ASSOCIATE_SG20, CommentKind.TYPOGRAPHICAL))
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.NOT_ELIGIBLE);
    }

    @Test
    void newNormativeReferenceSendsTheTextToTheMeeting() {
        long id = aap.inResolutionJudgement();
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.MEETING_NEW_NORMATIVE_REFERENCE));
        assertThat(status(id)).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        assertThat(process(id)).isWaitingAt(AapProcess.MEETING_ANNOUNCED);
    }

    @Test
    void oneObjectionAtTheMeetingStillApproves() {
        long id = aap.meetingAnnounced();
        ApprovalView v = aap.meetingOutcome(id, List.of("FRA"), List.of(), null);
        assertThat(v.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("ONE_OBJECTION");
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
        assertThat(openDeadlines(id)).containsExactly("NOTIFICATION@2027-05-05T23:59:59Z");
    }

    @Test
    void twoObjectionsAtTheMeetingDefeatTheText() {
        long id = aap.notApproved();
        assertThat(status(id)).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(passed(id, AapProcess.NOT_APPROVED)).isTrue();
    }

    @Test
    void policyImplicationsMoveTheTextToTap() {
        long id = aap.meetingAnnounced();
        ApprovalView v = aap.meetingOutcome(id, List.of(), List.of(), "BRA");
        assertThat(v.status()).isEqualTo(ApprovalStatus.MOVED_TO_TAP);
        assertThat(passed(id, AapProcess.MOVED_TO_TAP)).isTrue();
        assertThat(v.deadlines()).isEmpty();
    }

    @Test
    void moreTimeWithoutObjectionIsApprovedWhenTheWindowCloses() {
        long id = aap.inMoreTime(List.of(), List.of("BRA"));
        assertThat(status(id)).isEqualTo(ApprovalStatus.MORE_TIME);
        assertThat(openDeadlines(id)).containsExactly("MORE_TIME_CLOSE@2027-05-19T23:59:59Z");
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-05-20T00:00:00Z"));

        clock.moveTo("2027-05-20T00:00:00Z", id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
    }

    @Test
    void aSingleLateObjectionWithNoneAtTheMeetingStillApproves() {
        long id = aap.inMoreTime(List.of(), List.of("BRA"));
        clock.set("2027-05-01T10:00:00Z");
        approvals.object(Actors.BRA, id, new Commands.SubmitObjection("reasons", "changes"));
        assertThat(status(id)).isEqualTo(ApprovalStatus.MORE_TIME);
        clock.moveTo("2027-05-20T00:00:00Z", id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void aLateObjectionAddedToOneAtTheMeetingDefeatsTheTextAtOnce() {
        long id = aap.inMoreTime(List.of("FRA"), List.of("BRA"));
        clock.set("2027-05-19T23:59:59Z");
        approvals.object(Actors.BRA, id, new Commands.SubmitObjection(null, null));
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("OBJECTION_AFTER_MORE_TIME");
        assertThat(passed(id, AapProcess.NOT_APPROVED)).isTrue();
        assertThat(clock.pendingTimer(id)).isNull();
    }

    @Test
    void anObjectionAfterTheWindowIsRefused() {
        long id = aap.inMoreTime(List.of("FRA"), List.of("BRA"));
        clock.set("2027-05-20T00:00:00Z");
        assertThatThrownBy(() -> approvals.object(Actors.BRA, id, new Commands.SubmitObjection("late", null)))
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.DEADLINE_PASSED);
        assertThatThrownBy(() -> approvals.object(Actors.DEU, id, new Commands.SubmitObjection("not asked", null)))
                .extracting(e -> ((RecflowException) e).code()).isIn(ProblemCode.NOT_ELIGIBLE, ProblemCode.DEADLINE_PASSED);
    }

    @Test
    void aNotApprovedTextRestartsFromTheRequestWithANewProcess() {
        long id = aap.notApproved();
        approvals.restart(CHAIR_SG20, id, null);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(v.round()).isEqualTo(2);
        assertThat(v.comments()).isZero();
        assertThat(v.notification().pending()).isTrue();
        assertThat(process(id)).isWaitingAt(AapProcess.LAST_CALL_ANNOUNCED);

        clock.set("2027-05-03T08:00:00Z");
        approvals.announceLastCall(TSB, id, new Commands.Announce(LocalDate.parse("2027-05-03")));
        clock.moveTo("2027-06-01T00:00:00Z", id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void notificationClosesTheNotificationDeadlineOnce() {
        long id = aap.inLastCall();
        clock.moveTo(AapFixture.AFTER_LAST_CALL, id);
        clock.set("2027-02-20T10:00:00Z");
        ApprovalView v = approvals.notifyResult(TSB, id, new Commands.Notify("TSB Circular 123", null));
        assertThat(v.deadlines()).isEmpty();
        assertThat(v.notification().circular()).isEqualTo("TSB Circular 123");
        assertThatThrownBy(() -> approvals.notifyResult(TSB, id, new Commands.Notify("TSB Circular 124", null)))
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.WRONG_STEP);
    }

    @Test
    void withdrawalEndsTheProcessAndItsTimers() {
        long id = aap.inLastCall();
        approvals.withdraw(CHAIR_SG20, id, new Commands.Withdraw("superseded by a revised draft"));
        assertThat(process(id)).isNull();
        assertThat(clock.pendingTimer(id)).isNull();
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
        assertThat(v.deadlines()).isEmpty();
        assertThatThrownBy(() -> approvals.withdraw(CHAIR_SG20, id, new Commands.Withdraw("again")))
                .extracting(e -> ((RecflowException) e).code()).isEqualTo(ProblemCode.WRONG_STEP);
    }

    @Test
    void aLastCallAcrossTheSummerTimeChangeClosesAtMidnightUtc() {
        clock.set("2027-03-10T09:00:00Z");
        long id = approvals.start(CHAIR_SG20, AapFixture.request("SG20", null)).id();
        clock.set("2027-03-15T09:00:00Z");
        approvals.announceLastCall(TSB, id, new Commands.Announce(LocalDate.parse("2027-03-15")));
        assertThat(approvals.get(id).lastCall().closesAt()).isEqualTo(Instant.parse("2027-04-12T23:59:59Z"));
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-04-13T00:00:00Z"));
        assertThat(approvals.get(id).deadlines().get(0).dueAtGeneva()).isEqualTo("2027-04-13 01:59:59 CEST");
    }

    @Test
    void historyRecordsWhoDidWhat() {
        long id = aap.inLastCallJudgement(CommentKind.TYPOGRAPHICAL);
        approvals.judge(TSB, id, new Commands.Judge(Route.APPROVE));
        assertThat(approvals.get(id).history()).extracting(h -> h.actor() + ":" + h.action()).containsExactly(
                "chair-sg20:REQUESTED", "tsb:LAST_CALL_ANNOUNCED", "ms-fra:COMMENT_SUBMITTED", "recflow:LAST_CALL_CLOSED",
                "tsb:JUDGED", "recflow:OUTCOME");
    }
}
