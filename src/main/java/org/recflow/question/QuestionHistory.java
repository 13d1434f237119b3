package org.recflow.question;

import org.recflow.audit.History;
import org.recflow.consultation.ConsultationTally;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.question.QuestionEvents.ConsultationClosed;
import org.recflow.question.QuestionEvents.ConsultationOpened;
import org.recflow.question.QuestionEvents.OutcomeDecided;
import org.recflow.question.QuestionEvents.QuestionAgreed;
import org.recflow.question.QuestionEvents.QuestionEvent;
import org.recflow.question.QuestionEvents.ReplySubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A Question's history and deadlines as its events tell them (api.md "history", "deadlines"), written in the
 * transaction of the step that published the event. In the question module because its view reads both.
 */
@Component
class QuestionHistory {

    private final History history;
    private final DeadlineBook deadlines;

    QuestionHistory(History history, DeadlineBook deadlines) {
        this.history = history;
        this.deadlines = deadlines;
    }

    private void record(QuestionEvent e, String action, String detail) {
        history.record(e.subject().type(), e.subject().id(), e.by(), action, detail);
    }

    @EventListener
    void on(QuestionAgreed e) {
        record(e, "REQUESTED", "approval of " + e.text() + " requested" + (e.policyImplications()
                ? ", with policy or regulatory implications or doubt about its scope (Res. 1 §7.3.2.1)"
                : ", without policy or regulatory implications"));
    }

    @EventListener
    void on(ConsultationOpened e) {
        deadlines.open(e.subject(), DeadlineKind.QUESTION_CONSULTATION_CLOSE, e.closesAt());
        record(e, "CONSULTATION_OPENED", "the Director consults the Member States from " + e.announcedOn() + "; replies by "
                + e.closesAt() + " (2 months, Res. 1 §7.3.2.2)");
    }

    @EventListener
    void on(ReplySubmitted e) {
        // the version row the reply wrote is its entry (V18): nothing more to write
        history.replyRecorded(e.subject().type(), e.subject().id(), e.by(),
                History.replySentence(e.memberState(), e.version(), e.position().name()));
    }

    @EventListener
    void on(ConsultationClosed e) {
        ConsultationTally t = e.tally();
        deadlines.close(e.subject(), DeadlineKind.QUESTION_CONSULTATION_CLOSE);
        record(e, "CONSULTATION_CLOSED", t.support() + " support, " + t.against() + " against, " + t.noPosition() + " without position"
                + (t.counted() == 0 ? " (no counted reply)" : " (" + t.supportPercent() + "% support)")
                + (e.approved() ? ": approved" : ": below 70%, returned to " + e.studyGroup() + " with the comments"));
    }

    @EventListener
    void on(OutcomeDecided e) {
        if (e.withoutConsultation()) {
            record(e, "APPROVED", "approved without consultation of the Member States (Res. 1 §7.3.3)");
        }
        deadlines.closeAll(e.subject());
        record(e, "OUTCOME", e.status() + " (" + e.reason() + ")");
    }
}
