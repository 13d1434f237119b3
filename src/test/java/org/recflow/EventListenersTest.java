package org.recflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recflow.approval.ApprovalEvents;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.audit.History;
import org.recflow.audit.HistoryEntry;
import org.recflow.consultation.ConsultationTally;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deletion.DeletionEvents;
import org.recflow.deletion.DeletionStatus;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.question.QuestionEvents;
import org.recflow.support.Actors;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history and the deadline read model are written by listeners of the procedures' events, in the transaction
 * that publishes them: an event published in a transaction that commits leaves its history entry and its deadline
 * changes; one in a transaction that rolls back leaves neither. And the procedures publish their events.
 */
@SpringTest
@RecordApplicationEvents
class EventListenersTest {

    static final Instant CLOSES = Instant.parse("2031-02-15T23:59:59Z");

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired DeadlineBook deadlines;
    @Autowired History history;
    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents published;

    private final List<Subject> used = new java.util.ArrayList<>();

    /** The clock back, and the deadlines these tests opened closed, so that the dashboard's tests see their own rows only. */
    @AfterEach
    void resetClock() {
        clock.reset();
        used.forEach(deadlines::closeAll);
    }

    Subject subject(String type, long id) {
        Subject s = new Subject(type, id, "ITU-T Z.999 (new) listener test " + id, "SG20");
        used.add(s);
        return s;
    }

    List<String> open(Subject s) {
        return deadlines.openFor(s.type(), s.id()).stream().map(Deadline::kind).map(Enum::name).toList();
    }

    List<String> actions(Subject s) {
        return history.of(s.type(), s.id()).stream().map(HistoryEntry::action).toList();
    }

    @Test
    void anAnnouncedLastCallOpensItsDeadlineAndIsRecordedInTheSameTransaction() {
        Subject s = subject("APPROVAL", 9_100_001L);
        tx.executeWithoutResult(t -> events.publishEvent(
                new ApprovalEvents.LastCallAnnounced(s, Actors.TSB, LocalDate.parse("2031-01-18"), CLOSES)));
        assertThat(deadlines.openFor(s.type(), s.id())).singleElement()
                .satisfies(d -> assertThat(d.kind().name()).isEqualTo("LAST_CALL_CLOSE"))
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(CLOSES));
        assertThat(history.of(s.type(), s.id())).singleElement()
                .satisfies(h -> assertThat(h.action()).isEqualTo("LAST_CALL_ANNOUNCED"))
                .satisfies(h -> assertThat(h.actor()).isEqualTo("tsb"))
                .satisfies(h -> assertThat(h.detail()).isEqualTo("Last Call announced on 2031-01-18, closes " + CLOSES));
    }

    @Test
    void aRolledBackTransitionLeavesNeitherHistoryNorDeadline() {
        Subject s = subject("APPROVAL", 9_100_002L);
        tx.executeWithoutResult(t -> {
            events.publishEvent(new ApprovalEvents.LastCallAnnounced(s, Actors.TSB, LocalDate.parse("2031-01-18"), CLOSES));
            t.setRollbackOnly();
        });
        assertThat(open(s)).isEmpty();
        assertThat(actions(s)).isEmpty();
    }

    @Test
    void anOutcomeClosesEveryDeadlineAndMakesTheCircularDue() {
        Subject s = subject("APPROVAL", 9_100_003L);
        Instant due = Instant.parse("2031-03-01T23:59:59Z");
        tx.executeWithoutResult(t -> {
            events.publishEvent(new ApprovalEvents.LastCallAnnounced(s, Actors.TSB, LocalDate.parse("2031-01-18"), CLOSES));
            events.publishEvent(new ApprovalEvents.LastCallClosed(s, 0, null));
            events.publishEvent(new ApprovalEvents.OutcomeDecided(s, "APPROVED", "NO_COMMENT_IN_LAST_CALL", CLOSES, due));
        });
        assertThat(open(s)).containsExactly("NOTIFICATION");
        assertThat(actions(s)).containsExactly("LAST_CALL_ANNOUNCED", "LAST_CALL_CLOSED", "OUTCOME");
        assertThat(history.of(s.type(), s.id()).get(2).actor()).isEqualTo(Actor.system().username());
    }

    @Test
    void aSubstantiveCommentInLastCallCallsForItsCompilation() {
        Subject s = subject("APPROVAL", 9_100_004L);
        Instant compiled = Instant.parse("2031-03-01T23:59:59Z");
        tx.executeWithoutResult(t -> {
            events.publishEvent(new ApprovalEvents.LastCallAnnounced(s, Actors.TSB, LocalDate.parse("2031-01-18"), CLOSES));
            events.publishEvent(new ApprovalEvents.LastCallClosed(s, 2, compiled));
        });
        assertThat(deadlines.openFor(s.type(), s.id())).singleElement()
                .satisfies(d -> assertThat(d.kind().name()).isEqualTo("COMMENT_COMPILATION"))
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(compiled));
        assertThat(history.of(s.type(), s.id()).get(1).detail()).isEqualTo("2 comment(s) received");
    }

    @Test
    void aQuestionsConsultationOpensAndClosesItsDeadline() {
        Subject s = subject("QUESTION", 9_100_005L);
        tx.executeWithoutResult(t -> events.publishEvent(new QuestionEvents.ConsultationOpened(s, LocalDate.parse("2031-01-10"), CLOSES)));
        assertThat(open(s)).containsExactly("QUESTION_CONSULTATION_CLOSE");
        tx.executeWithoutResult(t -> {
            events.publishEvent(new QuestionEvents.ConsultationClosed(s, ConsultationTally.of(3, 1, 0), true, "SG20"));
            events.publishEvent(new QuestionEvents.OutcomeDecided(s, org.recflow.question.QuestionStatus.APPROVED,
                    "CONSULTATION_THRESHOLD_MET", false));
        });
        assertThat(open(s)).isEmpty();
        assertThat(actions(s)).containsExactly("CONSULTATION_OPENED", "CONSULTATION_CLOSED", "OUTCOME");
        assertThat(history.of(s.type(), s.id()).get(1).detail()).isEqualTo("3 support, 1 against, 0 without position (75.0% support): approved");
    }

    @Test
    void aDeletionsWindowOpensAndClosesItsDeadline() {
        Subject s = subject("DELETION", 9_100_006L);
        tx.executeWithoutResult(t -> events.publishEvent(new DeletionEvents.ObjectionPeriodOpened(s, LocalDate.parse("2031-01-10"), CLOSES)));
        assertThat(open(s)).containsExactly("DELETION_OBJECTION_CLOSE");
        tx.executeWithoutResult(t -> events.publishEvent(
                new DeletionEvents.ObjectionPeriodClosed(s, 1, DeletionStatus.RETURNED_TO_SG, "OBJECTION_RECEIVED", "SG20")));
        assertThat(open(s)).isEmpty();
        assertThat(actions(s)).containsExactly("OBJECTION_PERIOD_OPENED", "OBJECTION_PERIOD_CLOSED", "OUTCOME");
        assertThat(history.of(s.type(), s.id()).get(1).detail()).isEqualTo("1 objection(s) received: returned to SG20");
    }

    @Test
    void theApprovalModulePublishesWhatHappened() {
        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW, "Digital twin",
                "SG20", List.of("Q2/20"), "A reference model.", "SG20-TD1234", LocalDate.parse("2027-01-08"), null, null)).id();
        clock.set("2027-01-18T08:00:00Z");
        approvals.announceLastCall(Actors.TSB, id, new Commands.Announce(null));
        assertThat(published.stream(ApprovalEvents.ApprovalRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.subject().id()).isEqualTo(id))
                .satisfies(e -> assertThat(e.text()).isEqualTo("ITU-T Y.4480 (new)"))
                .satisfies(e -> assertThat(e.meetingAnnouncementDue()).isNull());
        used.add(new Subject("APPROVAL", id, "", "SG20"));
        assertThat(published.stream(ApprovalEvents.LastCallAnnounced.class)).singleElement()
                .satisfies(e -> assertThat(e.announcedOn()).isEqualTo(LocalDate.parse("2027-01-18")))
                .satisfies(e -> assertThat(e.closesAt()).isEqualTo(Instant.parse("2027-02-15T23:59:59Z")))
                .satisfies(e -> assertThat(e.by()).isEqualTo(Actors.TSB));
    }
}
