package org.recflow.question;

import java.time.Instant;
import org.recflow.kernel.NextAction;
import org.recflow.membership.Actor;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Consultations;
import org.recflow.consultation.Reply;
import org.recflow.deadline.DeadlineBook;
import org.recflow.question.QuestionView.DeadlineView;
import org.springframework.stereotype.Component;

/** Builds {@link QuestionView}s: the state, the consultation's tally, the open deadlines, the history, and who may act next. */
@Component
class QuestionViews {

    private static final DateTimeFormatter GENEVA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final DeadlineBook deadlines;
    private final History history;
    private final Consultations consultations;

    private final ProcedureCalendar calendar;

    QuestionViews(DeadlineBook deadlines, History history, Consultations consultations, ProcedureCalendar calendar) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.history = history;
        this.consultations = consultations;
    }

    QuestionView of(Question q, Actor actor) {
        List<DeadlineView> open = deadlines.openFor(QuestionManagement.SUBJECT_TYPE, q.id).stream()
                .map(d -> new DeadlineView(d.kind().name(), d.dueAt(), GENEVA_TIME.format(ProcedureCalendar.inGeneva(d.dueAt())),
                        d.waitingOn().name(), d.overdue()))
                .toList();
        boolean consulted = q.consultationClosesAt != null;
        List<Reply> replies = consulted ? consultations.replies(QuestionManagement.SUBJECT_TYPE, q.id, Question.ROUND) : List.of();
        return new QuestionView(q.id, q.studyGroup, q.question, q.title, q.textReference, q.policyImplications, q.status,
                q.outcomeReason, q.outcomeAt,
                consulted ? new QuestionView.ConsultationView(q.consultationAnnouncedOn, q.consultationClosesAt) : null,
                consulted ? ConsultationTally.of(replies) : null,
                replies.size(), open, history.of(QuestionManagement.SUBJECT_TYPE, q.id), nextActions(q, actor, calendar.now()), q.createdAt, q.createdBy);
    }

    /** While the consultation runs (its close, not its timer, decides), Member States reply: listed only when {@code actor} may reply now ({@code allowed} always true). */
    static List<NextAction> nextActions(Question q, Actor actor, Instant now) {
        if (q.replyClosed(now) == null && q.replyRefusal(actor, now) == null) {
            return List.of(new NextAction("reply", "PUT", "/api/questions/" + q.id + "/replies/{memberState}", "MEMBER_STATE", null,
                    true, NextAction.inputsOf(Commands.SubmitReply.class)));
        }
        return List.of();
    }
}
