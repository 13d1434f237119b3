package org.recflow.deletion;

import org.recflow.kernel.NextAction;
import org.recflow.membership.Actor;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deletion.DeletionView.DeadlineView;
import org.springframework.stereotype.Component;

/** Builds {@link DeletionView}s: the state, the window, the open deadlines, the history, and who may act next. */
@Component
class DeletionViews {

    private static final DateTimeFormatter GENEVA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final DeletionObjectionRepository objections;
    private final DeadlineBook deadlines;
    private final History history;
    private final ProcedureCalendar calendar;

    DeletionViews(DeletionObjectionRepository objections, DeadlineBook deadlines, History history, ProcedureCalendar calendar) {
        this.objections = objections;
        this.deadlines = deadlines;
        this.history = history;
        this.calendar = calendar;
    }

    DeletionView of(Deletion d, Actor actor) {
        List<DeadlineView> open = deadlines.openFor(DeletionManagement.SUBJECT_TYPE, d.id).stream()
                .map(x -> new DeadlineView(x.kind().name(), x.dueAt(), GENEVA_TIME.format(ProcedureCalendar.inGeneva(x.dueAt())),
                        x.waitingOn().name(), x.overdue()))
                .toList();
        return new DeletionView(d.id, d.recommendation, d.studyGroup, d.procedure, d.reason, d.agreedOn, d.status,
                d.outcomeReason, d.outcomeAt, new DeletionView.WindowView(d.windowAnnouncedOn, d.windowClosesAt),
                objections.count(d.id), open, history.of(DeletionManagement.SUBJECT_TYPE, d.id), nextActions(d, actor, objections.objectingMembers(d.id), calendar.now()),
                d.createdAt, d.createdBy);
    }

    /** While the window runs (its close, not its timer, decides), Member States and Sector Members may object once each; listed only when {@code actor} may object now. */
    static List<NextAction> nextActions(Deletion d, Actor actor, java.util.Set<String> objectedBefore, Instant now) {
        if (d.objectionClosed(now) == null && d.objectionRefusal(actor, objectedBefore, now) == null) {
            return List.of(new NextAction("object", "POST", "/api/deletions/" + d.id + "/objections", "MEMBER_STATE, SECTOR_MEMBER", null,
                    true, NextAction.inputsOf(Commands.ObjectToDeletion.class)));
        }
        return List.of();
    }
}
