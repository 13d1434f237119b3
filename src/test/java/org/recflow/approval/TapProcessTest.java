package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.recflow.support.Actors.TSB;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Position;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.recflow.support.AllAtOnce;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of processes/tap-approval.bpmn with the engine, a fixed clock and executed timers. One calendar:
 * determination 2026-11-30, SG3 meeting Tuesday 2027-04-06 to 2027-04-15 (Good Friday 2027-03-26 and Easter
 * Monday 2027-03-29 are Geneva holidays): announce by 2027-01-06, texts by 2027-03-06, consultation closes
 * 2027-03-23 at 23:59:59Z and its timer runs at 2027-03-24T00:00:00Z.
 */
@SpringTest
class TapProcessTest {

    static final Actor CHAIR_SG3 = new Actor("chair-sg3", Role.CHAIR, null, "SG3");
    static final LocalDate MEETING_START = LocalDate.parse("2027-04-06");
    static final LocalDate MEETING_END = LocalDate.parse("2027-04-15");
    static final String AFTER_CONSULTATION = "2027-03-24T00:00:00Z";

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired MemberRegistry registry;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired org.recflow.store.RowLocks rowLocks;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Commands.StartApproval request(String regionalGroup) {
        return new Commands.StartApproval(Procedure.TAP, "D.50", Revision.REVISED, "International Internet connectivity", "SG3",
                List.of("Q1/3"), "Principles for charging international Internet connectivity.", "SG3-TD100",
                LocalDate.parse("2026-11-30"), new Commands.MeetingDates(MEETING_START, MEETING_END), regionalGroup);
    }

    long requested(String regionalGroup) {
        clock.set("2026-12-01T09:00:00Z");
        return approvals.start(CHAIR_SG3, request(regionalGroup)).id();
    }

    long inConsultation(String regionalGroup) {
        long id = requested(regionalGroup);
        clock.set("2027-01-06T08:00:00Z");
        approvals.announceConsultation(TSB, id, new Commands.AnnounceConsultation(LocalDate.parse("2027-01-06"), null, null));
        return id;
    }

    void reply(long id, String code, Position position) {
        approvals.reply(Actors.memberState(code), id, code, new Commands.SubmitReply(position,
                position == Position.AGAINST ? "reasons of " + code : null, null));
    }

    /** Replies from the first Member States of the registry: {@code support} in favour, then {@code against}. */
    long consulted(int support, int against) {
        long id = inConsultation(null);
        clock.set("2027-02-01T10:00:00Z");
        List<String> codes = registry.memberStates().stream().map(m -> m.code()).toList();
        for (int i = 0; i < support + against; i++) {
            reply(id, codes.get(i), i < support ? Position.SUPPORT : Position.AGAINST);
        }
        clock.moveTo(AFTER_CONSULTATION, id);
        return id;
    }

    ProcessInstance process(long id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", id)).singleResult();
    }

    boolean passed(long id, String activity) {
        String pid = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", id))
                .orderByProcessInstanceStartTime().desc().list().get(0).getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId(activity).finished().count() > 0;
    }

    List<String> openDeadlines(long id) {
        return approvals.get(id).deadlines().stream().map(d -> d.kind() + "@" + d.dueAt()).toList();
    }

    ConsultationTally tally(long id) {
        return (ConsultationTally) approvals.get(id).tally();
    }

    ApprovalView meetingOutcome(long id, List<String> objections, List<String> moreTime) {
        clock.set("2027-04-15T17:00:00Z");
        return approvals.recordMeetingOutcome(CHAIR_SG3, id, new Commands.RecordMeetingOutcome(MEETING_END, objections, moreTime,
                List.of("CHN"), List.of(new Commands.Reservation("DEU", "reservation on clause 4")), null));
    }

    static ProblemCode code(Throwable e) {
        return ((RecflowException) e).code();
    }

    @Test
    void requestWaitsForTheAnnouncementThreeMonthsAhead() {
        long id = requested(null);
        assertThat(process(id)).isWaitingAt(TapProcess.CONSULTATION_ANNOUNCED);
        assertThat(openDeadlines(id)).containsExactly("MEETING_ANNOUNCEMENT@2027-01-06T23:59:59Z");
        ConsultationTally t = tally(id);
        assertThat(t.counted()).isZero();
        assertThat(t.supportPercent()).isNull();
        assertThat(t.thresholdMet()).isTrue();
    }

    @Test
    void anAnnouncementWithLessThanThreeMonthsNoticeIsRefused() {
        long id = requested(null);
        clock.set("2027-01-07T08:00:00Z");
        assertThatThrownBy(() -> approvals.announceConsultation(TSB, id, new Commands.AnnounceConsultation(null, null, null)))
                .isInstanceOfSatisfying(RecflowException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.NOTICE_TOO_SHORT);
                    assertThat(e.properties()).containsEntry("latestDate", "2027-01-06");
                });
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(approvals.get(id).deadlines().get(0).overdue()).isTrue();
    }

    @Test
    void theConsultationClosesSevenWorkingDaysBeforeTheMeeting() {
        long id = inConsultation(null);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.CONSULTATION);
        assertThat(v.consultation().closesAt()).isEqualTo(Instant.parse("2027-03-23T23:59:59Z"));
        assertThat(openDeadlines(id)).containsExactly("TEXT_DISTRIBUTION@2027-03-06T23:59:59Z",
                "CONSULTATION_CLOSE@2027-03-23T23:59:59Z");
        assertThat(process(id)).isWaitingAt(TapProcess.CONSULTATION_CLOSED);
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse(AFTER_CONSULTATION));
    }

    @Test
    void exactlySeventyPercentGoesToTheMeeting() {
        long id = consulted(7, 3);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        assertThat(tally(id).supportPercent()).isEqualByComparingTo("70.0");
        assertThat(process(id)).isWaitingAt(TapProcess.MEETING_OUTCOME_RECORDED);
        assertThat(openDeadlines(id)).containsExactly("TEXT_DISTRIBUTION@2027-03-06T23:59:59Z");
        assertThat(v.deadlines().get(0).overdue()).isTrue();
    }

    @Test
    void belowSeventyPercentTheProcedureStops() {
        long id = consulted(6, 3);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("CONSULTATION_BELOW_THRESHOLD");
        assertThat(passed(id, TapProcess.NOT_APPROVED)).isTrue();
        assertThat(openDeadlines(id)).containsExactly("NOTIFICATION@2027-04-21T23:59:59Z");
        assertThat(approvals.replies(id)).hasSize(9);
    }

    @Test
    void noReplyAtAllLetsTheProcedureContinue() {
        long id = consulted(0, 0);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
    }

    @Test
    void repliesWithoutPositionAreNotCounted() {
        long id = inConsultation(null);
        clock.set("2027-02-01T10:00:00Z");
        reply(id, "FRA", Position.NO_POSITION);
        reply(id, "DEU", Position.NO_POSITION);
        assertThat(tally(id).counted()).isZero();
        assertThat(tally(id).noPosition()).isEqualTo(2);
        clock.moveTo(AFTER_CONSULTATION, id);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
    }

    @Test
    void aChangedReplyReplacesTheEarlierOne() {
        long id = inConsultation(null);
        clock.set("2027-02-01T10:00:00Z");
        reply(id, "FRA", Position.AGAINST);
        reply(id, "DEU", Position.SUPPORT);
        assertThat(tally(id).thresholdMet()).isFalse();
        clock.set("2027-02-02T10:00:00Z");
        reply(id, "FRA", Position.SUPPORT);
        assertThat(approvals.replies(id)).hasSize(2).anySatisfy(r -> {
            assertThat(r.memberState()).isEqualTo("FRA");
            assertThat(r.position()).isEqualTo(Position.SUPPORT);
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.firstSubmittedAt()).isEqualTo(Instant.parse("2027-02-01T10:00:00Z"));
        });
        assertThat(tally(id).support()).isEqualTo(2);
        assertThat(tally(id).against()).isZero();
    }

    @Test
    void aReplyInTheLastSecondCountsAndOneAtMidnightIsLate() {
        long id = inConsultation(null);
        clock.set("2027-03-23T23:59:59.900Z");
        reply(id, "FRA", Position.AGAINST);
        clock.set(AFTER_CONSULTATION);
        assertThatThrownBy(() -> reply(id, "DEU", Position.SUPPORT)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
        clock.runDueJobs(id);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThatThrownBy(() -> reply(id, "DEU", Position.SUPPORT)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
    }

    /**
     * The lost-reply race: a reply whose transaction has not committed yet when the consultation's timer fires is
     * counted, because the close waits for the approval the reply holds (in this process on embedded H2, RowLocks).
     */
    @Test
    void theCloseWaitsForAReplyStillBeingWrittenAndCountsIt() throws Exception {
        long id = inConsultation(null);
        clock.set("2027-03-23T23:59:58Z");
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Void> replying = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            reply(id, "FRA", Position.SUPPORT);
            held.countDown();
            try {
                closeWaits(id); // the close waits for this transaction: now commit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(clock.moveTo(AFTER_CONSULTATION, id)).isEqualTo(1);
        replying.get(10, TimeUnit.SECONDS);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        assertThat(jdbc.sql("SELECT detail FROM recflow.history_entry WHERE subject_type = 'APPROVAL' AND subject_id = ? "
                + "AND action = 'CONSULTATION_CLOSED'").param(id).query(String.class).single()).startsWith("1 support, 0 against");
    }

    /**
     * Until a transaction waits for approval {@code id}: in this process (RowLocks, embedded H2), or in the database
     * (PostgreSQL's {@code FOR UPDATE}, seen in pg_stat_activity). Polls, at most 10 s.
     */
    private void closeWaits(long id) throws InterruptedException {
        if (rowLocks.inProcess()) {
            org.recflow.store.RowLocksTest.waitUntilAwaited("recflow.approval", id);
            return;
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (new TransactionTemplate(transactions).execute(s -> jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity "
                + "WHERE wait_event_type = 'Lock' AND datname = current_database()").query(Long.class).single()) == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the close never waited for approval " + id);
            }
            Thread.sleep(5); // polling PostgreSQL's view of who waits, not a timer
        }
    }

    @Test
    void everyMemberStateReplyingAtOnceIsCountedOnce() throws Exception {
        long id = inConsultation(null);
        clock.set("2027-03-23T12:00:00Z");
        List<String> codes = registry.memberStates().stream().map(m -> m.code()).toList();
        assertThat(codes).hasSize(194);
        List<Throwable> errors = AllAtOnce.run(codes.size(), 32,
                i -> reply(id, codes.get(i), i % 4 == 0 ? Position.AGAINST : Position.SUPPORT));
        assertThat(errors).isEmpty();
        assertThat(approvals.replies(id)).hasSize(194).extracting(r -> r.memberState()).doesNotHaveDuplicates();
        ConsultationTally t = tally(id);
        assertThat(t.support()).isEqualTo(145);
        assertThat(t.against()).isEqualTo(49);
        clock.moveTo(AFTER_CONSULTATION, id);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
    }

    @Test
    void noObjectionAtTheMeetingApproves() {
        long id = consulted(8, 2);
        ApprovalView v = meetingOutcome(id, List.of(), List.of());
        assertThat(v.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(v.meetingOutcome().reservations()).extracting(r -> r.member()).containsExactly("DEU");
        assertThat(passed(id, TapProcess.APPROVED)).isTrue();
        assertThat(openDeadlines(id)).containsExactly("NOTIFICATION@2027-05-13T23:59:59Z");
    }

    @Test
    void anySingleObjectionAtTheMeetingDefeatsTheText() {
        long id = consulted(8, 2);
        ApprovalView v = meetingOutcome(id, List.of("FRA"), List.of());
        assertThat(v.status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(passed(id, TapProcess.NOT_APPROVED)).isTrue();
    }

    @Test
    void moreTimeWithoutObjectionIsApprovedWhenTheWindowCloses() {
        long id = consulted(8, 2);
        assertThat(meetingOutcome(id, List.of(), List.of("BRA")).status()).isEqualTo(ApprovalStatus.MORE_TIME);
        assertThat(openDeadlines(id)).containsExactly("MORE_TIME_CLOSE@2027-05-13T23:59:59Z");
        clock.moveTo("2027-05-14T00:00:00Z", id);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(passed(id, TapProcess.APPROVED)).isTrue();
    }

    @Test
    void oneObjectionInTheMoreTimeWindowDefeatsTheTextAtOnce() {
        long id = consulted(8, 2);
        meetingOutcome(id, List.of(), List.of("BRA"));
        clock.set("2027-05-13T23:59:59Z");
        approvals.object(Actors.BRA, id, new Commands.SubmitObjection("reasons", "changes"));
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(passed(id, TapProcess.NOT_APPROVED)).isTrue();
        assertThat(clock.pendingTimer(id)).isNull();
    }

    @Test
    void aNotApprovedTextRestartsWithANewMeetingWithoutANewDetermination() {
        long id = consulted(6, 3);
        approvals.restart(CHAIR_SG3, id, new Commands.Restart(
                new Commands.MeetingDates(LocalDate.parse("2027-09-14"), LocalDate.parse("2027-09-23"))));
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(v.round()).isEqualTo(2);
        assertThat(tally(id).counted()).isZero();
        assertThat(openDeadlines(id)).containsExactly("NOTIFICATION@2027-04-21T23:59:59Z", "MEETING_ANNOUNCEMENT@2027-06-14T23:59:59Z");
        assertThat(process(id)).isWaitingAt(TapProcess.CONSULTATION_ANNOUNCED);
    }

    @Test
    void deferralToWtsaEndsTheProcess() {
        long id = inConsultation(null);
        ApprovalView v = approvals.defer(CHAIR_SG3, id, new Commands.Defer("no agreement in the study group (Res. 1 §9.2.2 c)"));
        assertThat(v.status()).isEqualTo(ApprovalStatus.DEFERRED_TO_WTSA);
        assertThat(v.deadlines()).isEmpty();
        assertThat(process(id)).isNull();
    }

    @Test
    void aRegionalGroupConsultationCountsOnlyItsMembers() {
        long id = inConsultation("SG3RG-AFR");
        clock.set("2027-02-01T10:00:00Z");
        reply(id, "KEN", Position.SUPPORT);
        reply(id, "EGY", Position.AGAINST);
        assertThatThrownBy(() -> reply(id, "FRA", Position.AGAINST)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThat(tally(id).counted()).isEqualTo(2);
        clock.moveTo(AFTER_CONSULTATION, id);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
    }

    @Test
    void textDistributionClosesItsDeadlineOnce() {
        long id = inConsultation(null);
        clock.set("2027-03-01T09:00:00Z");
        ApprovalView v = approvals.distributeTexts(TSB, id, null);
        assertThat(v.textsDistributedOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(openDeadlines(id)).containsExactly("CONSULTATION_CLOSE@2027-03-23T23:59:59Z");
        assertThatThrownBy(() -> approvals.distributeTexts(TSB, id, null)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
    }

    @Test
    void anAapTextWithPolicyImplicationsBecomesATapApprovalLinkedBothWays() {
        AapFixture aap = new AapFixture(approvals, clock);
        long aapId = aap.meetingAnnounced();
        ApprovalView moved = aap.meetingOutcome(aapId, List.of(), List.of(), "IND");
        assertThat(moved.status()).isEqualTo(ApprovalStatus.MOVED_TO_TAP);
        assertThat(moved.movedTo()).isNotNull();

        ApprovalView tap = approvals.get(moved.movedTo());
        assertThat(tap.procedure()).isEqualTo(Procedure.TAP);
        assertThat(tap.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(tap.movedFrom()).isEqualTo(aapId);
        assertThat(tap.recommendation()).isEqualTo("Y.4480");
        assertThat(process(tap.id())).isWaitingAt(TapProcess.CONSULTATION_ANNOUNCED);

        clock.set("2027-05-03T09:00:00Z");
        ApprovalView announced = approvals.announceConsultation(TSB, tap.id(), new Commands.AnnounceConsultation(null,
                LocalDate.parse("2027-09-14"), LocalDate.parse("2027-09-23")));
        assertThat(announced.status()).isEqualTo(ApprovalStatus.CONSULTATION);
        assertThat(announced.nextMeeting().start()).isEqualTo(LocalDate.parse("2027-09-14"));
    }
}
