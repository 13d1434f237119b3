package org.recflow.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.recflow.support.Actors.CHAIR_SG20;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.support.Actors;
import org.recflow.support.AllAtOnce;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/recommendation-deletion.bpmn with the engine, a fixed clock and executed timers. One calendar:
 * SG20 agrees on 2026-11-27 to delete ITU-T Y.2060; the chairman records it on 2026-11-30, the circular goes out and
 * the window closes three months later, at the end of February: 2027-02-28 at 23:59:59Z; its timer runs at
 * 2027-03-01T00:00:00Z.
 * <p>
 * Approvals, Questions and deletions all use their own id as business key, so deletion 7 may share one with approval 7;
 * the jobs are therefore run and read through this deletion's process instance only ({@link #moveTo},
 * {@link #pendingTimer}), and the deletion processes a test leaves running are ended after it, so that no other test
 * meets their timers.
 */
@SpringTest
class DeletionProcessTest {

    static final String RECORDED = "2026-11-30T10:00:00Z";
    static final Instant CLOSES = Instant.parse("2027-02-28T23:59:59Z");
    static final String AFTER_WINDOW = "2027-03-01T00:00:00Z";

    @Autowired DeletionManagement deletions;
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
        runtime.createProcessInstanceQuery().processDefinitionKey(DeletionProcess.ID).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of test"));
    }

    static Commands.RecordDeletion deletion(Procedure procedure, String agreedOn) {
        return new Commands.RecordDeletion("Y.2060", "SG20", procedure,
                "Superseded by ITU-T Y.4000; the overview is no longer maintained.", LocalDate.parse(agreedOn));
    }

    long agreed() {
        clock.set(RECORDED);
        return deletions.agree(CHAIR_SG20, deletion(Procedure.AAP, "2026-11-27")).id();
    }

    DeletionObjection object(Actor actor, long id) {
        return deletions.object(actor, id, new Commands.ObjectToDeletion("still referenced by " + actor.member()));
    }

    /** This deletion's process, never an approval's or a Question's that shares the business key. */
    ProcessInstance process(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeletionProcess.ID)
                .processInstanceBusinessKey(org.recflow.kernel.Subject.key("DELETION", id)).singleResult();
    }

    boolean passed(long id, String activity) {
        String pid = history.createHistoricProcessInstanceQuery().processDefinitionKey(DeletionProcess.ID)
                .processInstanceBusinessKey(org.recflow.kernel.Subject.key("DELETION", id)).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId(activity).finished().count() > 0;
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

    /** Moves the clock and runs the due jobs of this deletion's process, as the job executor would. */
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
        return deletions.get(id).deadlines().stream().map(d -> d.kind() + "@" + d.dueAt()).toList();
    }

    List<String> actions(long id) {
        return deletions.get(id).history().stream().map(HistoryEntry::action).toList();
    }

    static ProblemCode code(Throwable e) {
        return ((RecflowException) e).code();
    }

    // --- the agreement and the window ---

    @Test
    void theCircularOpensAThreeMonthWindowThatClosesAtTheEndOfFebruary() {
        long id = agreed();
        DeletionView v = deletions.get(id);
        assertThat(v.status()).isEqualTo(DeletionStatus.OBJECTION_PERIOD);
        assertThat(v.recommendation()).isEqualTo("Y.2060");
        assertThat(v.studyGroup()).isEqualTo("SG20");
        assertThat(v.procedure()).isEqualTo(Procedure.AAP);
        assertThat(v.agreedOn()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(v.window().announcedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(v.window().closesAt()).isEqualTo(CLOSES);
        assertThat(v.objections()).isZero();
        assertThat(v.outcomeReason()).isNull();
        assertThat(v.createdBy()).isEqualTo("chair-sg20");
        assertThat(v.createdAt()).isEqualTo(Instant.parse(RECORDED));
        assertThat(openDeadlines(id)).containsExactly("DELETION_OBJECTION_CLOSE@2027-02-28T23:59:59Z");
        assertThat(v.deadlines().get(0).waitingOn()).isEqualTo("MEMBERS");
        assertThat(v.deadlines().get(0).overdue()).isFalse();
        assertThat(v.deadlines().get(0).dueAtGeneva()).startsWith("2027-03-01 00:59:59");
        assertThat(deletions.get(Actors.FRA, id).nextActions()).extracting(org.recflow.kernel.NextAction::action).containsExactly("object");
        assertThat(actions(id)).containsExactly("DELETION_AGREED", "OBJECTION_PERIOD_OPENED");
        assertThat(v.history().get(0).actor()).isEqualTo("chair-sg20");
        assertThat(v.history().get(0).role()).isEqualTo("CHAIR");
        assertThat(process(id)).isWaitingAt(DeletionProcess.OBJECTION_WINDOW_CLOSED);
        assertThat(pendingTimer(id)).isEqualTo(Instant.parse(AFTER_WINDOW));
    }

    @Test
    void threeMonthsFromThe30thOfNovemberBeforeALeapYearCloseOnThe29thOfFebruary() {
        clock.set("2027-11-30T10:00:00Z");
        long id = deletions.agree(Actors.TSB, deletion(Procedure.TAP, "2027-11-30")).id();
        DeletionView v = deletions.get(id);
        assertThat(v.window().closesAt()).isEqualTo(Instant.parse("2028-02-29T23:59:59Z"));
        assertThat(openDeadlines(id)).containsExactly("DELETION_OBJECTION_CLOSE@2028-02-29T23:59:59Z");
        assertThat(pendingTimer(id)).isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
        assertThat(v.procedure()).isEqualTo(Procedure.TAP);
        assertThat(v.history().get(0).role()).isEqualTo("TSB");
    }

    @Test
    void theTimerDoesNotRunBeforeMidnight() {
        long id = agreed();
        assertThat(moveTo("2027-02-28T23:59:59.999Z", id)).isZero();
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.OBJECTION_PERIOD);
        assertThat(process(id)).isWaitingAt(DeletionProcess.OBJECTION_WINDOW_CLOSED);
        assertThat(moveTo(AFTER_WINDOW, id)).isOne();
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.DELETED);
    }

    // --- the close ---

    @Test
    void withoutObjectionTheRecommendationIsDeleted() {
        long id = agreed();
        moveTo(AFTER_WINDOW, id);
        DeletionView v = deletions.get(id);
        assertThat(v.status()).isEqualTo(DeletionStatus.DELETED);
        assertThat(v.outcomeReason()).isEqualTo("NO_OBJECTION");
        assertThat(v.outcomeAt()).isEqualTo(Instant.parse(AFTER_WINDOW));
        assertThat(v.deadlines()).isEmpty();
        assertThat(v.nextActions()).isEmpty();
        assertThat(actions(id)).containsExactly("DELETION_AGREED", "OBJECTION_PERIOD_OPENED", "OBJECTION_PERIOD_CLOSED", "OUTCOME");
        assertThat(v.history().get(3).detail()).isEqualTo("DELETED (NO_OBJECTION)");
        assertThat(v.history().get(3).actor()).isEqualTo("recflow");
        assertThat(process(id)).isNull();
        assertThat(passed(id, DeletionProcess.CHECK_OBJECTIONS)).isTrue();
        assertThat(passed(id, DeletionProcess.DELETED)).isTrue();
        assertThat(passed(id, DeletionProcess.RETURNED_TO_STUDY_GROUP)).isFalse();
    }

    @Test
    void anObjectionOnTheLastDayReturnsTheDeletionToTheStudyGroup() {
        long id = agreed();
        clock.set("2027-02-28T23:59:59Z");
        DeletionObjection o = object(Actors.FRA, id);
        assertThat(o.member()).isEqualTo("FRA");
        assertThat(o.memberRole()).isEqualTo("MEMBER_STATE");
        assertThat(o.author()).isEqualTo("ms-fra");
        assertThat(o.submittedAt()).isEqualTo(Instant.parse("2027-02-28T23:59:59Z"));
        assertThat(deletions.get(id).objections()).isOne();
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.OBJECTION_PERIOD);

        moveTo(AFTER_WINDOW, id);
        DeletionView v = deletions.get(id);
        assertThat(v.status()).isEqualTo(DeletionStatus.RETURNED_TO_SG);
        assertThat(v.outcomeReason()).isEqualTo("OBJECTION_RECEIVED");
        assertThat(v.deadlines()).isEmpty();
        assertThat(actions(id)).containsExactly("DELETION_AGREED", "OBJECTION_PERIOD_OPENED", "OBJECTION_SUBMITTED",
                "OBJECTION_PERIOD_CLOSED", "OUTCOME");
        assertThat(v.history().get(3).detail()).isEqualTo("1 objection(s) received: returned to SG20");
        assertThat(process(id)).isNull();
        assertThat(passed(id, DeletionProcess.RETURNED_TO_STUDY_GROUP)).isTrue();
        assertThat(passed(id, DeletionProcess.DELETED)).isFalse();
        assertThat(deletions.objections(id)).extracting(DeletionObjection::reasons).containsExactly("still referenced by FRA");
    }

    @Test
    void anObjectionAtMidnightIsLateEvenBeforeTheCloseRunsAndTheTextIsDeleted() {
        long id = agreed();
        clock.set(AFTER_WINDOW);
        assertThatThrownBy(() -> object(Actors.FRA, id)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.OBJECTION_PERIOD);
        assertThat(deletions.get(id).nextActions()).isEmpty();
        assertThat(deletions.get(id).deadlines().get(0).overdue()).isTrue();
        assertThat(runDueJobs(id)).isOne();
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.DELETED);
        assertThatThrownBy(() -> object(Actors.FRA, id)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
        assertThat(deletions.objections(id)).isEmpty();
        assertThat(actions(id)).doesNotContain("OBJECTION_SUBMITTED");
    }

    @Test
    void aSectorMembersObjectionCounts() {
        long id = agreed();
        clock.set("2027-01-15T10:00:00Z");
        DeletionObjection o = deletions.object(Actors.ERICSSON, id, new Commands.ObjectToDeletion(null));
        assertThat(o.member()).isEqualTo("ericsson");
        assertThat(o.memberRole()).isEqualTo("SECTOR_MEMBER");
        assertThat(o.reasons()).isNull();
        assertThat(deletions.get(id).history().get(2).detail()).isEqualTo("ericsson objects to the deletion (no reasons given)");
        moveTo(AFTER_WINDOW, id);
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.RETURNED_TO_SG);
        assertThat(passed(id, DeletionProcess.RETURNED_TO_STUDY_GROUP)).isTrue();
    }

    // --- who may act ---

    @Test
    void aMemberObjectsOnlyOnce() {
        long id = agreed();
        clock.set("2027-01-15T10:00:00Z");
        object(Actors.FRA, id);
        assertThatThrownBy(() -> object(Actors.FRA, id)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
        object(Actors.DEU, id);
        assertThat(deletions.objections(id)).extracting(DeletionObjection::member).containsExactly("FRA", "DEU");
        assertThat(deletions.get(id).objections()).isEqualTo(2);
    }

    @Test
    void onlyMemberStatesAndSectorMembersObject() {
        long id = agreed();
        clock.set("2027-01-15T10:00:00Z");
        for (Actor a : List.of(Actors.TSB, CHAIR_SG20, Actors.CHAIR_SG13, Actors.ASSOCIATE_SG20)) {
            assertThatThrownBy(() -> object(a, id)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        }
        assertThatThrownBy(() -> object(Actors.FRA, 999_999)).satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_FOUND));
        assertThat(deletions.objections(id)).isEmpty();
        assertThat(actions(id)).containsExactly("DELETION_AGREED", "OBJECTION_PERIOD_OPENED");
    }

    @Test
    void onlyTheChairOfThatStudyGroupOrTsbRecordsTheAgreement() {
        clock.set(RECORDED);
        int before = deletions.list(null, null).size();
        assertThatThrownBy(() -> deletions.agree(Actors.CHAIR_SG13, deletion(Procedure.AAP, "2026-11-27")))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> deletions.agree(Actors.FRA, deletion(Procedure.AAP, "2026-11-27")))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.NOT_ELIGIBLE));
        assertThatThrownBy(() -> deletions.agree(CHAIR_SG20, new Commands.RecordDeletion("Y.2060", "SG99", Procedure.AAP, "r",
                LocalDate.parse("2026-11-27")))).isInstanceOfSatisfying(RecflowException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INVALID_REQUEST);
                    assertThat(e.properties()).containsEntry("field", "studyGroup");
                });
        assertThatThrownBy(() -> deletions.agree(CHAIR_SG20, deletion(Procedure.AAP, "2026-12-01")))
                .isInstanceOfSatisfying(RecflowException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INVALID_REQUEST);
                    assertThat(e.properties()).containsEntry("field", "agreedOn");
                });
        assertThat(deletions.list(null, null)).hasSize(before);
        assertThat(deletions.agree(CHAIR_SG20, deletion(Procedure.AAP, "2026-11-30")).status()).isEqualTo(DeletionStatus.OBJECTION_PERIOD);
    }

    // --- at once ---

    @Test
    void everyMemberObjectingAtOnceIsRecordedOnceAndRepeatsAreRefused() throws Exception {
        long id = agreed();
        clock.set("2027-02-28T12:00:00Z");
        List<Actor> callers = new ArrayList<>();
        registry.memberStates().forEach(m -> callers.add(Actors.memberState(m.code())));
        registry.sectorMembers().forEach(s -> callers.add(new Actor("sm-" + s.id(), org.recflow.membership.Role.SECTOR_MEMBER, s.id(), null)));
        int members = callers.size();
        for (int i = 0; i < 10; i++) {
            callers.add(Actors.FRA);
        }
        List<Throwable> errors = AllAtOnce.run(callers.size(), 32, i -> object(callers.get(i), id));
        assertThat(errors).hasSize(10).allSatisfy(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));
        assertThat(deletions.objections(id)).hasSize(members).extracting(DeletionObjection::member).doesNotHaveDuplicates();
        assertThat(deletions.get(id).objections()).isEqualTo(members);
        moveTo(AFTER_WINDOW, id);
        assertThat(deletions.get(id).status()).isEqualTo(DeletionStatus.RETURNED_TO_SG);
        assertThat(deletions.get(id).history()).filteredOn(h -> h.action().equals("OBJECTION_PERIOD_CLOSED"))
                .extracting(HistoryEntry::detail).containsExactly(members + " objection(s) received: returned to SG20");
    }
}
