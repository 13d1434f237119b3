package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;

/** The guards and transitions of the approval aggregate. */
class ApprovalTest {

    private static final LocalDate ANNOUNCED = LocalDate.parse("2027-01-18");
    private static final Instant LAST_CALL_CLOSES = Instant.parse("2027-02-15T23:59:59Z");
    private static final Meeting MEETING = new Meeting(LocalDate.parse("2027-04-06"), LocalDate.parse("2027-04-16"));
    private static final Instant NOW = Instant.parse("2027-02-16T00:00:00Z");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant i(String iso) {
        return Instant.parse(iso);
    }

    private static Approval approval(Procedure procedure, ApprovalStatus status) {
        Approval a = new Approval();
        a.id = 1L;
        a.procedure = procedure;
        a.status = status;
        a.recommendation = "Y.4480";
        a.revision = Revision.NEW;
        a.title = "A test text";
        a.studyGroup = "SG20";
        a.questions = List.of("Q1/20");
        a.summary = "summary";
        a.textReference = "TD-1";
        a.agreedOn = d("2026-12-10");
        return a;
    }

    private static Approval aap(ApprovalStatus status) {
        return approval(Procedure.AAP, status);
    }

    private static Approval inLastCall() {
        Approval a = aap(ApprovalStatus.REQUESTED);
        a.announceLastCall(ANNOUNCED);
        return a;
    }

    private static Approval announcedForMeeting(Procedure procedure) {
        Approval a = approval(procedure, ApprovalStatus.AWAITING_MEETING);
        if (procedure == Procedure.AAP) {
            a.announceMeeting(MEETING, d("2027-03-01"));
        } else {
            a.meeting = MEETING;
        }
        return a;
    }

    private static MeetingOutcome outcome(Set<String> objections, Set<String> moreTime, String policy) {
        return new MeetingOutcome(MEETING.end(), objections, moreTime, Set.of(), List.of(), policy);
    }

    /** In MORE_TIME after the meeting of {@link #MEETING}; the window closes 2027-05-14 at 23:59:59Z. */
    private static Approval inMoreTime(Procedure procedure, Set<String> objections, Set<String> moreTime) {
        Approval a = announcedForMeeting(procedure);
        a.recordMeetingOutcome(outcome(objections, moreTime, null), MEETING.end(), i("2027-04-16T17:00:00Z"));
        assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
        return a;
    }

    private static RecflowException refused(ThrowingCallable call) {
        RecflowException e = catchThrowableOfType(RecflowException.class, call);
        assertThat(e).as("expected a RecflowException").isNotNull();
        return e;
    }

    private static void assertRefused(ProblemCode code, ThrowingCallable call) {
        assertThat(refused(call).code()).isEqualTo(code);
    }

    @Nested
    class LastCall {

        @Test
        void announcedFromRequestedClosesFourWeeksLaterAt235959Utc() {
            Approval a = inLastCall();
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL);
            assertThat(a.lastCallClosesAt).isEqualTo(LAST_CALL_CLOSES);
            assertThat(a.periodClosesAt).isEqualTo(LAST_CALL_CLOSES);
            assertThat(a.periodAnnouncedOn).isEqualTo(ANNOUNCED);
            assertThat(a.periodPhase).isEqualTo("LAST_CALL");
        }

        @ParameterizedTest
        @EnumSource(value = ApprovalStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "REQUESTED")
        void onlyFromRequested(ApprovalStatus status) {
            Approval a = aap(status);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.announceLastCall(ANNOUNCED));
            assertThat(a.status).isEqualTo(status);
            assertThat(a.lastCallClosesAt).isNull();
        }

        @Test
        void notForTap() {
            Approval a = approval(Procedure.TAP, ApprovalStatus.REQUESTED);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.announceLastCall(ANNOUNCED));
            assertThat(a.status).isEqualTo(ApprovalStatus.REQUESTED);
        }

        @Test
        void announcingTwiceIsRefused() {
            Approval a = inLastCall();
            assertRefused(ProblemCode.WRONG_STEP, () -> a.announceLastCall(ANNOUNCED.plusDays(1)));
            assertThat(a.lastCallClosesAt).isEqualTo(LAST_CALL_CLOSES);
        }

        @Test
        void noCommentBeforeAnyPeriod() {
            Approval a = aap(ApprovalStatus.REQUESTED);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.acceptComment(i("2027-01-10T10:00:00Z")));
        }

        @Test
        void noCommentsOnTap() {
            Approval a = approval(Procedure.TAP, ApprovalStatus.CONSULTATION);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.acceptComment(i("2027-01-20T10:00:00Z")));
        }

        @Test
        void commentAcceptedDuringThePeriod() {
            assertThat(inLastCall().acceptComment(i("2027-01-18T08:00:00Z"))).isEqualTo(CommentPhase.LAST_CALL);
        }

        @Test
        void commentAcceptedDuringTheLastSecond() {
            Approval a = inLastCall();
            assertThat(a.acceptComment(i("2027-02-15T23:59:59Z"))).isEqualTo(CommentPhase.LAST_CALL);
            assertThat(a.acceptComment(i("2027-02-15T23:59:59.999Z"))).isEqualTo(CommentPhase.LAST_CALL);
        }

        @Test
        void commentAt2400IsLateEvenBeforeTheCloseIsProcessed() {
            Approval a = inLastCall();
            assertRefused(ProblemCode.DEADLINE_PASSED, () -> a.acceptComment(i("2027-02-16T00:00:00Z")));
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL);
        }

        @Test
        void commentAfterTheCloseWasProcessedIsLate() {
            Approval a = inLastCall();
            a.closeLastCall(2, NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
            assertRefused(ProblemCode.DEADLINE_PASSED, () -> a.acceptComment(i("2027-02-16T00:00:01Z")));
        }

        @Test
        void closedWithoutCommentIsApproved() {
            Approval a = inLastCall();
            assertThat(a.closeLastCall(0, NOW)).isTrue();
            assertThat(a.status).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(a.outcome).isEqualTo("APPROVED");
            assertThat(a.outcomeReason).isEqualTo("NO_COMMENT_IN_LAST_CALL");
            assertThat(a.outcomeAt).isEqualTo(NOW);
            assertThat(a.notificationPending).isTrue();
        }

        @Test
        void closedWithCommentsGoesToTheChairsJudgement() {
            Approval a = inLastCall();
            assertThat(a.closeLastCall(2, NOW)).isFalse();
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
            assertThat(a.outcome).isNull();
            assertThat(a.notificationPending).isFalse();
        }

        @Test
        void aSingleCommentIsNeverApprovedAutomatically() {
            Approval a = inLastCall();
            assertThat(a.closeLastCall(1, NOW)).isFalse();
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        }

        @Test
        void closingIsOnlyFromLastCall() {
            Approval a = aap(ApprovalStatus.REQUESTED);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.closeLastCall(0, NOW));
            assertThat(a.status).isEqualTo(ApprovalStatus.REQUESTED);
            Approval b = inLastCall();
            b.closeLastCall(1, NOW);
            assertRefused(ProblemCode.WRONG_STEP, () -> b.closeLastCall(0, NOW));
            assertThat(b.status).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        }
    }

    @Nested
    class Judgements {

        private Approval inJudgement() {
            Approval a = inLastCall();
            a.closeLastCall(1, NOW);
            return a;
        }

        @Test
        void approveIsRefusedOverASubstantiveComment() {
            Approval a = inJudgement();
            RecflowException e = refused(() -> a.judge(Route.APPROVE, false, NOW));
            assertThat(e.code()).isEqualTo(ProblemCode.WRONG_STEP);
            assertThat(e.properties().get("allowedRoutes")).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.collection(Route.class))
                    .containsExactlyInAnyOrder(Route.MEETING, Route.COMMENT_RESOLUTION);
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
            assertThat(a.outcome).isNull();
        }

        @Test
        void approveWhenAllCommentsAreTypographical() {
            Approval a = inJudgement();
            a.judge(Route.APPROVE, true, NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(a.outcomeReason).isEqualTo("TYPOGRAPHICAL_COMMENTS_ONLY_IN_LAST_CALL");
            assertThat(a.notificationPending).isTrue();
        }

        @Test
        void additionalReviewIsNoRouteAfterLastCall() {
            Approval a = inJudgement();
            assertRefused(ProblemCode.WRONG_STEP, () -> a.judge(Route.ADDITIONAL_REVIEW, false, NOW));
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        }

        @Test
        void meetingRouteAfterLastCall() {
            Approval a = inJudgement();
            a.judge(Route.MEETING, false, NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        }

        @Test
        void noJudgementOutsideAJudgementStep() {
            Approval a = inLastCall();
            assertRefused(ProblemCode.WRONG_STEP, () -> a.judge(Route.MEETING, false, NOW));
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL);
        }

        @Test
        void noJudgementInTap() {
            Approval a = approval(Procedure.TAP, ApprovalStatus.LAST_CALL_JUDGEMENT);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.judge(Route.MEETING, false, NOW));
        }

        @Test
        void commentResolutionThenAdditionalReviewThenApproved() {
            Approval a = inJudgement();
            a.judge(Route.COMMENT_RESOLUTION, false, NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.COMMENT_RESOLUTION);

            a.resolveComments("TD-2-rev1", "TD-3");
            assertThat(a.status).isEqualTo(ApprovalStatus.RESOLUTION_JUDGEMENT);
            assertThat(a.resolutionTextReference).isEqualTo("TD-2-rev1");
            assertThat(a.resolutionReference).isEqualTo("TD-3");

            a.judge(Route.ADDITIONAL_REVIEW, false, NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.AWAITING_ADDITIONAL_REVIEW);

            a.announceAdditionalReview(d("2027-03-01"));
            assertThat(a.status).isEqualTo(ApprovalStatus.ADDITIONAL_REVIEW);
            assertThat(a.additionalReviewClosesAt).isEqualTo(i("2027-03-22T23:59:59Z"));
            assertThat(a.periodClosesAt).isEqualTo(i("2027-03-22T23:59:59Z"));
            assertThat(a.periodPhase).isEqualTo("ADDITIONAL_REVIEW");
            assertThat(a.lastCallClosesAt).as("kept").isEqualTo(LAST_CALL_CLOSES);

            assertThat(a.acceptComment(i("2027-03-22T23:59:59Z"))).isEqualTo(CommentPhase.ADDITIONAL_REVIEW);
            assertRefused(ProblemCode.DEADLINE_PASSED, () -> a.acceptComment(i("2027-03-23T00:00:00Z")));

            assertThat(a.closeAdditionalReview(0, i("2027-03-23T00:00:00Z"))).isTrue();
            assertThat(a.status).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(a.outcomeReason).isEqualTo("NO_COMMENT_IN_ADDITIONAL_REVIEW");
            assertThat(a.notificationPending).isTrue();
        }

        @Test
        void resolveCommentsOnlyDuringCommentResolution() {
            Approval a = inJudgement();
            assertRefused(ProblemCode.WRONG_STEP, () -> a.resolveComments("T", "R"));
            assertThat(a.resolutionReference).isNull();
        }

        @Test
        void additionalReviewNeedsTheChairsRouteFirst() {
            Approval a = aap(ApprovalStatus.RESOLUTION_JUDGEMENT);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.announceAdditionalReview(d("2027-03-01")));
            assertThat(a.additionalReviewClosesAt).isNull();
        }

        @Test
        void newNormativeReferenceSendsTheTextToTheMeeting() {
            Approval a = aap(ApprovalStatus.RESOLUTION_JUDGEMENT);
            a.judge(Route.MEETING_NEW_NORMATIVE_REFERENCE, false, NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        }

        @Test
        void additionalReviewWithCommentsThenOnlyApproveOrMeeting() {
            Approval a = aap(ApprovalStatus.AWAITING_ADDITIONAL_REVIEW);
            a.announceAdditionalReview(d("2027-03-01"));
            assertThat(a.closeAdditionalReview(1, NOW)).isFalse();
            assertThat(a.status).isEqualTo(ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.judge(Route.COMMENT_RESOLUTION, false, NOW));
            assertRefused(ProblemCode.WRONG_STEP, () -> a.judge(Route.APPROVE, false, NOW));
            a.judge(Route.APPROVE, true, NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(a.outcomeReason).isEqualTo("TYPOGRAPHICAL_COMMENTS_ONLY_IN_ADDITIONAL_REVIEW");
        }
    }

    @Nested
    class MeetingAnnouncement {

        @Test
        void tooLateAnnouncementIsRefusedWithTheLatestDate() {
            Approval a = aap(ApprovalStatus.AWAITING_MEETING);
            RecflowException e = refused(() -> a.announceMeeting(MEETING, d("2027-03-17")));
            assertThat(e.code()).isEqualTo(ProblemCode.NOTICE_TOO_SHORT);
            assertThat(e.properties().get("latestDate")).isEqualTo("2027-03-16");
            assertThat(a.meeting).isNull();
            assertThat(a.meetingAnnouncedOn).isNull();
            assertThat(a.meetingAnnounced()).isFalse();
        }

        @Test
        void announcementExactlyThreeWeeksBeforeIsInTime() {
            Approval a = aap(ApprovalStatus.AWAITING_MEETING);
            a.announceMeeting(MEETING, d("2027-03-16"));
            assertThat(a.meeting).isEqualTo(MEETING);
            assertThat(a.meetingAnnouncedOn).isEqualTo(d("2027-03-16"));
            assertThat(a.meetingAnnounced()).isTrue();
        }

        @Test
        void secondAnnouncementIsRefused() {
            Approval a = aap(ApprovalStatus.AWAITING_MEETING);
            a.announceMeeting(MEETING, d("2027-03-01"));
            Meeting other = new Meeting(d("2027-06-01"), d("2027-06-10"));
            assertRefused(ProblemCode.WRONG_STEP, () -> a.announceMeeting(other, d("2027-03-02")));
            assertThat(a.meeting).isEqualTo(MEETING);
            assertThat(a.meetingAnnouncedOn).isEqualTo(d("2027-03-01"));
        }

        @Test
        void onlyWhenAwaitingTheMeeting() {
            Approval a = aap(ApprovalStatus.LAST_CALL_JUDGEMENT);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.announceMeeting(MEETING, d("2027-03-01")));
        }

        @Test
        void notInTap() {
            Approval a = approval(Procedure.TAP, ApprovalStatus.AWAITING_MEETING);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.announceMeeting(MEETING, d("2027-03-01")));
        }
    }

    @Nested
    class MeetingOutcomes {

        @Test
        void notBeforeTheMeetingOpens() {
            Approval a = announcedForMeeting(Procedure.AAP);
            assertRefused(ProblemCode.WRONG_STEP,
                    () -> a.recordMeetingOutcome(outcome(Set.of(), Set.of(), null), d("2027-04-05"), NOW));
            assertThat(a.status).isEqualTo(ApprovalStatus.AWAITING_MEETING);
            assertThat(a.meetingOutcome).isNull();
        }

        @Test
        void onTheFirstDayOfTheMeeting() {
            Approval a = announcedForMeeting(Procedure.AAP);
            a.recordMeetingOutcome(outcome(Set.of(), Set.of(), null), d("2027-04-06"), NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(a.outcomeReason).isEqualTo("NO_OBJECTION");
            assertThat(a.notificationPending).isTrue();
        }

        @Test
        void aapMeetingMustHaveBeenAnnounced() {
            Approval a = aap(ApprovalStatus.AWAITING_MEETING);
            a.meeting = MEETING;
            assertRefused(ProblemCode.WRONG_STEP,
                    () -> a.recordMeetingOutcome(outcome(Set.of(), Set.of(), null), d("2027-04-16"), NOW));
        }

        @Test
        void twoObjectionsDefeatAnAapText() {
            Approval a = announcedForMeeting(Procedure.AAP);
            MeetingDecision decision = a.recordMeetingOutcome(outcome(Set.of("FRA", "DEU"), Set.of(), null), d("2027-04-16"), NOW);
            assertThat(decision.result()).isEqualTo(MeetingDecision.Result.NOT_APPROVED);
            assertThat(a.status).isEqualTo(ApprovalStatus.NOT_APPROVED);
            assertThat(a.outcome).isEqualTo("NOT_APPROVED");
            assertThat(a.outcomeReason).isEqualTo("TWO_OR_MORE_OBJECTIONS");
            assertThat(a.notificationPending).isTrue();
        }

        @Test
        void oneObjectionApprovesAnAapText() {
            Approval a = announcedForMeeting(Procedure.AAP);
            a.recordMeetingOutcome(outcome(Set.of("FRA"), Set.of(), null), d("2027-04-16"), NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(a.outcomeReason).isEqualTo("ONE_OBJECTION");
        }

        @Test
        void policyImplicationsMoveTheTextToTap() {
            Approval a = announcedForMeeting(Procedure.AAP);
            a.recordMeetingOutcome(outcome(Set.of(), Set.of(), "BRA"), d("2027-04-16"), NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.MOVED_TO_TAP);
        }

        @Test
        void moreTimeWindowClosesFourWeeksAfterTheMeetingEnds() {
            Approval a = announcedForMeeting(Procedure.AAP);
            MeetingDecision decision = a.recordMeetingOutcome(outcome(Set.of(), Set.of("ITA"), null), d("2027-04-16"), NOW);
            assertThat(decision.result()).isEqualTo(MeetingDecision.Result.MORE_TIME);
            assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
            assertThat(a.moreTimeClosesAt).isEqualTo(i("2027-05-14T23:59:59Z"));
            assertThat(a.outcome).isNull();
            assertThat(a.notificationPending).isFalse();
        }

        @Test
        void moreTimeCountsFromTheMeetingEndNotFromWhenTheOutcomeWasRecorded() {
            Approval a = announcedForMeeting(Procedure.AAP);
            a.recordMeetingOutcome(outcome(Set.of(), Set.of("ITA"), null), d("2027-04-20"), i("2027-04-20T09:00:00Z"));
            assertThat(a.moreTimeClosesAt).isEqualTo(i("2027-05-14T23:59:59Z"));
        }

        @Test
        void tapNeedsNoA8Announcement() {
            Approval a = announcedForMeeting(Procedure.TAP);
            a.recordMeetingOutcome(outcome(Set.of("FRA"), Set.of(), null), d("2027-04-16"), NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.NOT_APPROVED);
            assertThat(a.outcomeReason).isEqualTo("OBJECTION_AT_MEETING");
        }

        @Test
        void onlyWhenAwaitingTheMeeting() {
            Approval a = inLastCall();
            a.meeting = MEETING;
            a.meetingAnnouncedOn = d("2027-03-01");
            assertRefused(ProblemCode.WRONG_STEP,
                    () -> a.recordMeetingOutcome(outcome(Set.of(), Set.of(), null), d("2027-04-16"), NOW));
            assertThat(a.status).isEqualTo(ApprovalStatus.LAST_CALL);
        }
    }

    @Nested
    class LateObjections {

        private static final Instant IN_WINDOW = Instant.parse("2027-05-01T10:00:00Z");

        @Test
        void onlyAMemberStateThatAskedForMoreTime() {
            Approval a = inMoreTime(Procedure.AAP, Set.of(), Set.of("ITA"));
            assertRefused(ProblemCode.NOT_ELIGIBLE, () -> a.acceptLateObjection("CHE", Set.of(), IN_WINDOW));
            assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
        }

        @Test
        void aMemberStateObjectsOnce() {
            Approval a = inMoreTime(Procedure.AAP, Set.of(), Set.of("ITA", "ESP"));
            assertRefused(ProblemCode.WRONG_STEP, () -> a.acceptLateObjection("ITA", Set.of("ITA"), IN_WINDOW));
            assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
        }

        @Test
        void inTimeDuringTheLastSecond() {
            Approval a = inMoreTime(Procedure.AAP, Set.of(), Set.of("ITA"));
            assertThat(a.acceptLateObjection("ITA", Set.of(), i("2027-05-14T23:59:59Z"))).isFalse();
            assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
        }

        @Test
        void afterTheWindowIsLate() {
            Approval a = inMoreTime(Procedure.AAP, Set.of("FRA"), Set.of("ITA"));
            assertRefused(ProblemCode.DEADLINE_PASSED, () -> a.acceptLateObjection("ITA", Set.of(), i("2027-05-15T00:00:00Z")));
            assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
        }

        @Test
        void afterTheWindowWasClosedIsLate() {
            Approval a = inMoreTime(Procedure.AAP, Set.of(), Set.of("ITA"));
            a.closeMoreTime(Set.of(), i("2027-05-15T00:00:00Z"));
            assertThat(a.status).isEqualTo(ApprovalStatus.APPROVED);
            assertRefused(ProblemCode.DEADLINE_PASSED, () -> a.acceptLateObjection("ITA", Set.of(), i("2027-05-15T00:00:05Z")));
        }

        @Test
        void aapLateObjectionWithOneAtTheMeetingDefeatsTheTextAtOnce() {
            Approval a = inMoreTime(Procedure.AAP, Set.of("FRA"), Set.of("ITA"));
            assertThat(a.acceptLateObjection("ITA", Set.of(), IN_WINDOW)).isTrue();
            assertThat(a.status).isEqualTo(ApprovalStatus.NOT_APPROVED);
            assertThat(a.outcomeReason).isEqualTo("OBJECTION_AFTER_MORE_TIME");
            assertThat(a.outcomeAt).isEqualTo(IN_WINDOW);
            assertThat(a.notificationPending).isTrue();
        }

        @Test
        void aapSingleLateObjectionLeavesTheWindowOpen() {
            Approval a = inMoreTime(Procedure.AAP, Set.of(), Set.of("ITA", "ESP"));
            assertThat(a.acceptLateObjection("ITA", Set.of(), IN_WINDOW)).isFalse();
            assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
            assertThat(a.acceptLateObjection("ESP", Set.of("ITA"), IN_WINDOW.plusSeconds(60))).isTrue();
            assertThat(a.status).isEqualTo(ApprovalStatus.NOT_APPROVED);
        }

        @Test
        void aapObjectorAtTheMeetingObjectingAgainCountsOnce() {
            Approval a = inMoreTime(Procedure.AAP, Set.of("ITA"), Set.of("ITA"));
            assertThat(a.acceptLateObjection("ITA", Set.of(), IN_WINDOW)).isFalse();
            assertThat(a.status).isEqualTo(ApprovalStatus.MORE_TIME);
        }

        @Test
        void tapSingleLateObjectionDefeatsTheText() {
            Approval a = inMoreTime(Procedure.TAP, Set.of(), Set.of("ITA"));
            assertThat(a.acceptLateObjection("ITA", Set.of(), IN_WINDOW)).isTrue();
            assertThat(a.status).isEqualTo(ApprovalStatus.NOT_APPROVED);
        }

        @Test
        void noWindowOpen() {
            Approval a = aap(ApprovalStatus.AWAITING_MEETING);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.acceptLateObjection("ITA", Set.of(), IN_WINDOW));
        }

        @Test
        void closingTheWindow() {
            Approval approved = inMoreTime(Procedure.AAP, Set.of(), Set.of("ITA"));
            approved.closeMoreTime(Set.of("ITA"), i("2027-05-15T00:00:00Z"));
            assertThat(approved.status).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(approved.outcomeReason).isEqualTo("NO_DECISIVE_OBJECTION_AFTER_MORE_TIME");

            Approval defeated = inMoreTime(Procedure.AAP, Set.of("FRA"), Set.of("ITA"));
            defeated.closeMoreTime(Set.of("ITA"), i("2027-05-15T00:00:00Z"));
            assertThat(defeated.status).isEqualTo(ApprovalStatus.NOT_APPROVED);
        }
    }

    @Nested
    class RestartAndWithdraw {

        @Test
        void restartFromNotApprovedStartsANewRound() {
            Approval a = announcedForMeeting(Procedure.AAP);
            a.lastCallClosesAt = LAST_CALL_CLOSES;
            a.recordMeetingOutcome(outcome(Set.of("FRA", "DEU"), Set.of(), null), d("2027-04-16"), NOW);
            assertThat(a.notificationPending).isTrue();
            Meeting next = new Meeting(d("2027-09-07"), d("2027-09-17"));

            a.restart(next);

            assertThat(a.status).isEqualTo(ApprovalStatus.REQUESTED);
            assertThat(a.round).isEqualTo(2);
            assertThat(a.notificationPending).as("the circular of round 1 is still owed").isTrue();
            assertThat(a.outcome).isNull();
            assertThat(a.outcomeReason).isNull();
            assertThat(a.meetingOutcome).isNull();
            assertThat(a.meetingAnnouncedOn).isNull();
            assertThat(a.lastCallClosesAt).isNull();
            assertThat(a.periodPhase).isNull();
            assertThat(a.meeting).isEqualTo(next);

            // a new Last Call may follow
            a.announceLastCall(d("2027-05-03"));
            assertThat(a.lastCallClosesAt).isEqualTo(i("2027-05-31T23:59:59Z"));
        }

        @Test
        void secondRestartCountsOnAgain() {
            Approval a = aap(ApprovalStatus.NOT_APPROVED);
            a.restart(MEETING);
            a.status = ApprovalStatus.NOT_APPROVED;
            a.restart(MEETING);
            assertThat(a.round).isEqualTo(3);
        }

        @ParameterizedTest
        @EnumSource(value = ApprovalStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "NOT_APPROVED")
        void restartOnlyFromNotApproved(ApprovalStatus status) {
            Approval a = aap(status);
            assertRefused(ProblemCode.WRONG_STEP, () -> a.restart(MEETING));
            assertThat(a.status).isEqualTo(status);
            assertThat(a.round).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(value = ApprovalStatus.class, names = {"APPROVED", "NOT_APPROVED", "MOVED_TO_TAP", "DEFERRED_TO_WTSA", "WITHDRAWN"})
        void noWithdrawalAfterTheEnd(ApprovalStatus status) {
            Approval a = aap(status);
            a.outcome = status.name();
            assertRefused(ProblemCode.WRONG_STEP, () -> a.withdraw(NOW));
            assertThat(a.status).isEqualTo(status);
            assertThat(a.outcome).isEqualTo(status.name());
        }

        @Test
        void withdrawDuringLastCall() {
            Approval a = inLastCall();
            a.withdraw(NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.WITHDRAWN);
            assertThat(a.outcome).isEqualTo("WITHDRAWN");
            assertThat(a.outcomeReason).isEqualTo("WITHDRAWN_BY_CHAIR");
            assertThat(a.outcomeAt).isEqualTo(NOW);
            assertThat(a.notificationPending).isFalse();
            assertRefused(ProblemCode.WRONG_STEP, () -> a.acceptComment(i("2027-01-20T10:00:00Z")));
        }

        @Test
        void withdrawDuringMoreTime() {
            Approval a = inMoreTime(Procedure.TAP, Set.of(), Set.of("ITA"));
            a.withdraw(NOW);
            assertThat(a.status).isEqualTo(ApprovalStatus.WITHDRAWN);
        }
    }

    @Test
    void label() {
        assertThat(aap(ApprovalStatus.REQUESTED).label()).isEqualTo("ITU-T Y.4480 (new)");
    }
}
