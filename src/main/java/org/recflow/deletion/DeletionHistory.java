package org.recflow.deletion;

import org.recflow.audit.History;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.deletion.DeletionEvents.DeletionAgreed;
import org.recflow.deletion.DeletionEvents.DeletionEvent;
import org.recflow.deletion.DeletionEvents.ObjectionPeriodClosed;
import org.recflow.deletion.DeletionEvents.ObjectionPeriodOpened;
import org.recflow.deletion.DeletionEvents.ObjectionSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deletion's history and deadlines as its events tell them (api.md "history", "deadlines"), written in the
 * transaction of the step that published the event. In the deletion module because its view reads both.
 */
@Component
class DeletionHistory {

    private final History history;
    private final DeadlineBook deadlines;

    DeletionHistory(History history, DeadlineBook deadlines) {
        this.history = history;
        this.deadlines = deadlines;
    }

    private void record(DeletionEvent e, String action, String detail) {
        history.record(e.subject().type(), e.subject().id(), e.by(), action, detail);
    }

    /** The reason (up to 4000 characters) is on the deletion itself, not repeated in the history. */
    @EventListener
    void on(DeletionAgreed e) {
        record(e, "DELETION_AGREED", "deletion of " + e.text() + " agreed by " + e.studyGroup() + " on " + e.agreedOn()
                + " (" + e.procedure() + ")");
    }

    @EventListener
    void on(ObjectionPeriodOpened e) {
        deadlines.open(e.subject(), DeadlineKind.DELETION_OBJECTION_CLOSE, e.closesAt());
        record(e, "OBJECTION_PERIOD_OPENED", "circular issued on " + e.announcedOn() + "; objections by " + e.closesAt()
                + " (3 months, Res. 1 §9.8.2.1, A.8 §8.2.1)");
    }

    @EventListener
    void on(ObjectionSubmitted e) {
        record(e, "OBJECTION_SUBMITTED", e.member() + " objects to the deletion" + (e.reasonsGiven() ? "" : " (no reasons given)"));
    }

    @EventListener
    void on(ObjectionPeriodClosed e) {
        deadlines.closeAll(e.subject());
        record(e, "OBJECTION_PERIOD_CLOSED", e.objections() + " objection(s) received"
                + (e.status() == DeletionStatus.DELETED ? ": the deletion takes effect" : ": returned to " + e.studyGroup()));
        record(e, "OUTCOME", e.status() + " (" + e.reason() + ")");
    }
}
