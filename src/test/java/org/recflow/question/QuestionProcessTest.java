package org.recflow.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.recflow.support.Actors.CHAIR_SG20;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.audit.HistoryEntry;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Position;
import org.recflow.membership.MemberRegistry;
import org.recflow.support.Actors;
import org.recflow.support.AllAtOnce;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/question-approval.bpmn with the engine, a fixed clock and executed timers. One calendar:
 * SG20 agrees Question Q5/20 on 2026-11-30; with policy implications the consultation closes two months later,
 * 2027-01-30 at 23:59:59Z, and its timer runs at 2027-01-31T00:00:00Z.
 * <p>
 * Approvals and Questions both use their own id as business key, so approval 7 and Question 7 share one; the jobs
 * are therefore run and read through this Question's process instance only ({@link #moveTo}, {@link #pendingTimer}),
 * and the Question processes a test leaves running are ended after it, so that no other test meets their timers.
 */
@SpringTest
class QuestionProcessTest {

    static final String AGREED = "2026-11-30T10:00:00Z";
    static final Instant CLOSES = Instant.parse("2027-01-30T23:59:59Z");
    static final String AFTER_CONSULTATION = "2027-01-31T00:00:00Z";

    @Autowired QuestionManagement questions;
    @Autowired TestClock clock;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired MemberRegistry registry;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        runtime.createProcessInstanceQuery().processDefinitionKey(QuestionProcess.ID).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    static Commands.AgreeQuestion question(boolean policyImplications) {
        return new Commands.AgreeQuestion("SG20", "Q5/20", "Digital identity for IoT devices", "SG20-TD2001", policyImplications);
    }

    long agreed(boolean policyImplications) {
        clock.set(AGREED);
        return questions.agree(CHAIR_SG20, question(policyImplications)).id();
    }

    void reply(long id, String code, Position position) {
        questions.reply(Actors.memberState(code), id, code, new Commands.SubmitReply(position,
                position == Position.AGAINST ? "reasons of " + code : null, null));
    }

    /** Replies from the first Member States of the registry: {@code support} in favour, then {@code against}; then the close. */
    long consulted(int support, int against) {
        long id = agreed(true);
        clock.set("2027-01-05T10:00:00Z");
        List<String> codes = registry.memberStates().stream().map(m -> m.code()).toList();
        for (int i = 0; i < support + against; i++) {
            reply(id, codes.get(i), i < support ? Position.SUPPORT : Position.AGAINST);
        }
        moveTo(AFTER_CONSULTATION, id);
        return id;
    }

    /** This Question's process, never an approval's that shares the business key. */
    ProcessInstance process(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(QuestionProcess.ID)
                .processInstanceBusinessKey(org.recflow.kernel.Subject.key("QUESTION", id)).singleResult();
    }

    String historicProcess(long id) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(QuestionProcess.ID)
                .processInstanceBusinessKey(org.recflow.kernel.Subject.key("QUESTION", id)).singleResult().getId();
    }

    boolean passed(long id, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(historicProcess(id)).activityId(activity)
                .finished().count() > 0;
    }

    List<Job> jobs(long id) {
        ProcessInstance p = process(id);
        return p == null ? List.of() : management.createJobQuery().processInstanceId(p.getId()).list();
    }

    Instant pendingTimer(long id) {
        List<Job> timers = jobs(id).stream().filter(j -> j.getDuedate() != null).toList();
        assertThat(timers).hasSizeLessThanOrEqualTo(1);
        return timers.isEmpty() ? null : timers.get(0).getDuedate().toInstant();
    }

    /** Moves the clock and runs the due jobs of this Question's process, as the job executor would. */
    int moveTo(String iso, long id) {
        clock.set(iso);
        return runDueJobs(id);
    }

    int runDueJobs(long id) {
        int ran = 0;
        Date now = Date.from(clock.now());
        for (Job job : jobs(id)) {
            if (job.getDuedate() == null || !job.getDuedate().after(now)) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        return ran;
    }

    List<String> openDeadlines(long id) {
        return questions.get(id).deadlines().stream().map(d -> d.kind() + "@" + d.dueAt()).toList();
    }

    List<String> actions(long id) {
        return questions.get(id).history().stream().map(HistoryEntry::action).toList();
    }

    ConsultationTally tally(long id) {
        return questions.get(id).tally();
    }

    static ProblemCode code(Throwable e) {
        return ((RecflowException) e).code();
    }

    // --- without policy implications (§7.3.3) ---

    @Test
    void withoutPolicyImplicationsTheQuestionIsApprovedAtOnce() {
        long id = agreed(false);
        QuestionView v = questions.get(id);
        assertThat(v.status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("NO_POLICY_IMPLICATIONS");
        assertThat(v.outcomeAt()).isEqualTo(Instant.parse(AGREED));
        assertThat(v.consultation()).isNull();
        assertThat(v.tally()).isNull();
        assertThat(v.deadlines()).isEmpty();
        assertThat(v.nextActions()).isEmpty();
        assertThat(actions(id)).containsExactly("REQUESTED", "APPROVED", "OUTCOME");
        assertThat(process(id)).isNull();
        assertThat(passed(id, QuestionProcess.APPROVED)).isTrue();
        assertThat(passed(id, QuestionProcess.CONSULTATION_CLOSED)).isFalse();
    }

    @Test
    void aQuestionApprovedWithoutConsultationTakesNoReply() {
        long id = agreed(false);
        assertThatThrownBy(() -> reply(id, "FRA", Position.SUPPORT)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
        assertThat(questions.replies(id)).isEmpty();
    }

    // --- with policy implications or doubt: the 2-month consultation (§7.3.2) ---

    @Test
    void withPolicyImplicationsTheTwoMonthConsultationOpensAtOnce() {
        long id = agreed(true);
        QuestionView v = questions.get(id);
        assertThat(v.status()).isEqualTo(QuestionStatus.CONSULTATION);
        assertThat(v.policyImplications()).isTrue();
        assertThat(v.consultation().announcedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(v.consultation().closesAt()).isEqualTo(CLOSES);
        assertThat(openDeadlines(id)).containsExactly("QUESTION_CONSULTATION_CLOSE@2027-01-30T23:59:59Z");
        assertThat(v.deadlines().get(0).waitingOn()).isEqualTo("MEMBER_STATES");
        assertThat(v.deadlines().get(0).overdue()).isFalse();
        assertThat(v.deadlines().get(0).dueAtGeneva()).startsWith("2027-01-31 00:59:59");
        assertThat(questions.get(org.recflow.support.Actors.FRA, id).nextActions()).extracting(org.recflow.kernel.NextAction::action).containsExactly("reply");
        assertThat(actions(id)).containsExactly("REQUESTED", "CONSULTATION_OPENED");
        assertThat(v.tally().counted()).isZero();
        assertThat(v.tally().thresholdMet()).isTrue();
        assertThat(process(id)).isWaitingAt(QuestionProcess.CONSULTATION_CLOSED);
        assertThat(pendingTimer(id)).isEqualTo(Instant.parse(AFTER_CONSULTATION));
    }

    @Test
    void twoMonthsFromTheLastDayOfAMonthCloseAtTheEndOfAShorterMonth() {
        clock.set("2026-12-31T10:00:00Z");
        long id = questions.agree(Actors.TSB, question(true)).id();
        assertThat(questions.get(id).consultation().closesAt()).isEqualTo(Instant.parse("2027-02-28T23:59:59Z"));
        assertThat(openDeadlines(id)).containsExactly("QUESTION_CONSULTATION_CLOSE@2027-02-28T23:59:59Z");
        assertThat(pendingTimer(id)).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(questions.get(id).history().get(0).role()).isEqualTo("TSB");
    }

    @Test
    void theTimerDoesNotRunBeforeMidnight() {
        long id = agreed(true);
        assertThat(moveTo("2027-01-30T23:59:59.999Z", id)).isZero();
        assertThat(questions.get(id).status()).isEqualTo(QuestionStatus.CONSULTATION);
        assertThat(moveTo(AFTER_CONSULTATION, id)).isOne();
        assertThat(questions.get(id).status()).isEqualTo(QuestionStatus.APPROVED);
    }

    @Test
    void noReplyAtAllApproves() {
        long id = consulted(0, 0);
        QuestionView v = questions.get(id);
        assertThat(v.status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("NO_COUNTED_REPLY");
        assertThat(v.outcomeAt()).isEqualTo(Instant.parse(AFTER_CONSULTATION));
        assertThat(v.deadlines()).isEmpty();
        assertThat(v.nextActions()).isEmpty();
        assertThat(actions(id)).containsExactly("REQUESTED", "CONSULTATION_OPENED", "CONSULTATION_CLOSED", "OUTCOME");
        assertThat(process(id)).isNull();
        assertThat(passed(id, QuestionProcess.CLOSE_CONSULTATION)).isTrue();
        assertThat(passed(id, QuestionProcess.APPROVED)).isTrue();
    }

    @Test
    void exactlySeventyPercentApproves() {
        long id = consulted(7, 3);
        QuestionView v = questions.get(id);
        assertThat(v.status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("CONSULTATION_THRESHOLD_MET");
        assertThat(v.tally().supportPercent()).isEqualByComparingTo("70.0");
        assertThat(v.tally().thresholdMet()).isTrue();
        assertThat(v.replies()).isEqualTo(10);
        assertThat(passed(id, QuestionProcess.APPROVED)).isTrue();
    }

    @Test
    void belowSeventyPercentTheQuestionGoesBackToTheStudyGroupWithTheComments() {
        long id = consulted(6, 3);
        QuestionView v = questions.get(id);
        assertThat(v.status()).isEqualTo(QuestionStatus.RETURNED_TO_SG);
        assertThat(v.outcomeReason()).isEqualTo("CONSULTATION_BELOW_THRESHOLD");
        assertThat(v.tally().supportPercent()).isEqualByComparingTo("66.7");
        assertThat(v.tally().thresholdMet()).isFalse();
        assertThat(v.deadlines()).isEmpty();
        assertThat(passed(id, QuestionProcess.RETURNED_TO_STUDY_GROUP)).isTrue();
        assertThat(passed(id, QuestionProcess.APPROVED)).isFalse();
        assertThat(questions.replies(id)).hasSize(9)
                .filteredOn(r -> r.position() == Position.AGAINST).hasSize(3)
                .allSatisfy(r -> assertThat(r.reasons()).startsWith("reasons of "));
    }

    @Test
    void repliesWithoutPositionAreNotCounted() {
        long id = agreed(true);
        clock.set("2027-01-05T10:00:00Z");
        reply(id, "FRA", Position.NO_POSITION);
        reply(id, "DEU", Position.NO_POSITION);
        assertThat(tally(id).counted()).isZero();
        assertThat(tally(id).noPosition()).isEqualTo(2);
        assertThat(tally(id).supportPercent()).isNull();
        moveTo(AFTER_CONSULTATION, id);
        assertThat(questions.get(id).status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(questions.get(id).outcomeReason()).isEqualTo("NO_COUNTED_REPLY");
    }

    @Test
    void aReplyInTheLastSecondCountsAndOneAtMidnightIsLate() {
        long id = agreed(true);
        clock.set("2027-01-30T23:59:59.900Z");
        reply(id, "FRA", Position.AGAINST);
        clock.set(AFTER_CONSULTATION);
        assertThatThrownBy(() -> reply(id, "DEU", Position.SUPPORT)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
        assertThat(questions.get(id).status()).isEqualTo(QuestionStatus.CONSULTATION);
        assertThat(runDueJobs(id)).isOne();
        assertThat(questions.get(id).status()).isEqualTo(QuestionStatus.RETURNED_TO_SG);
        assertThat(tally(id).against()).isOne();
        assertThat(tally(id).support()).isZero();
        assertThatThrownBy(() -> reply(id, "DEU", Position.SUPPORT)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
        assertThat(questions.replies(id)).extracting(r -> r.memberState()).containsExactly("FRA");
    }

    @Test
    void aChangedReplyIsCountedOnce() {
        long id = agreed(true);
        clock.set("2027-01-05T10:00:00Z");
        reply(id, "FRA", Position.AGAINST);
        reply(id, "DEU", Position.SUPPORT);
        assertThat(tally(id).thresholdMet()).isFalse();
        clock.set("2027-01-06T10:00:00Z");
        reply(id, "FRA", Position.SUPPORT);
        assertThat(questions.replies(id)).hasSize(2).anySatisfy(r -> {
            assertThat(r.memberState()).isEqualTo("FRA");
            assertThat(r.position()).isEqualTo(Position.SUPPORT);
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.firstSubmittedAt()).isEqualTo(Instant.parse("2027-01-05T10:00:00Z"));
            assertThat(r.submittedAt()).isEqualTo(Instant.parse("2027-01-06T10:00:00Z"));
        });
        assertThat(tally(id).support()).isEqualTo(2);
        assertThat(tally(id).against()).isZero();
        assertThat(actions(id)).containsSubsequence("REPLY_SUBMITTED", "REPLY_SUBMITTED", "REPLY_SUBMITTED");
        assertThat(questions.get(id).history().get(4).detail()).isEqualTo("FRA changed its reply to SUPPORT");
        moveTo(AFTER_CONSULTATION, id);
        assertThat(questions.get(id).status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(tally(id).counted()).isEqualTo(2);
    }

    @Test
    void onlyThatMemberStateMayReplyForIt() {
        long id = agreed(true);
        clock.set("2027-01-05T10:00:00Z");
        Commands.SubmitReply yes = new Commands.SubmitReply(Position.SUPPORT, null, null);
        assertThatThrownBy(() -> questions.reply(Actors.DEU, id, "FRA", yes)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> questions.reply(Actors.ERICSSON, id, "FRA", yes)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> questions.reply(CHAIR_SG20, id, "FRA", yes)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> questions.reply(Actors.FRA, id, "XXX", yes)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_FOUND));
        assertThatThrownBy(() -> questions.reply(Actors.FRA, 999_999, "FRA", yes)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_FOUND));
        assertThat(questions.replies(id)).isEmpty();
        assertThat(questions.reply(Actors.FRA, id, "fra", yes).memberState()).isEqualTo("FRA");
    }

    @Test
    void onlyTheChairOfThatStudyGroupOrTsbAgreesAQuestion() {
        clock.set(AGREED);
        assertThatThrownBy(() -> questions.agree(Actors.CHAIR_SG13, question(true))).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> questions.agree(Actors.FRA, question(false))).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> questions.agree(CHAIR_SG20, new Commands.AgreeQuestion("SG99", "Q5/99", "t", "TD", true)))
                .isInstanceOfSatisfying(RecflowException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INVALID_REQUEST);
                    assertThat(e.properties()).containsEntry("field", "studyGroup");
                });
    }

    @Test
    void everyMemberStateReplyingAtOnceIsCountedOnce() throws Exception {
        long id = agreed(true);
        clock.set("2027-01-30T12:00:00Z");
        List<String> codes = registry.memberStates().stream().map(m -> m.code()).toList();
        List<Throwable> errors = AllAtOnce.run(codes.size(), 32,
                i -> reply(id, codes.get(i), i % 3 == 0 ? Position.AGAINST : Position.SUPPORT));
        assertThat(errors).isEmpty();
        assertThat(questions.replies(id)).hasSize(codes.size()).extracting(r -> r.memberState()).doesNotHaveDuplicates();
        ConsultationTally t = tally(id);
        assertThat(t.against()).isEqualTo(65);
        assertThat(t.support()).isEqualTo(129);
        moveTo(AFTER_CONSULTATION, id);
        assertThat(questions.get(id).status()).isEqualTo(QuestionStatus.RETURNED_TO_SG);
    }
}
