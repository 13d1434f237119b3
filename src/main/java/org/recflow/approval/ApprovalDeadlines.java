package org.recflow.approval;

import org.recflow.approval.ApprovalEvents.AdditionalReviewAnnounced;
import org.recflow.approval.ApprovalEvents.AdditionalReviewClosed;
import org.recflow.approval.ApprovalEvents.ApprovalRequested;
import org.recflow.approval.ApprovalEvents.CommentsResolved;
import org.recflow.approval.ApprovalEvents.ConsultationAnnounced;
import org.recflow.approval.ApprovalEvents.ConsultationClosed;
import org.recflow.approval.ApprovalEvents.Judged;
import org.recflow.approval.ApprovalEvents.LastCallAnnounced;
import org.recflow.approval.ApprovalEvents.LastCallClosed;
import org.recflow.approval.ApprovalEvents.MeetingAnnounced;
import org.recflow.approval.ApprovalEvents.MeetingLeft;
import org.recflow.approval.ApprovalEvents.MeetingMoved;
import org.recflow.approval.ApprovalEvents.MeetingOutcomeRecorded;
import org.recflow.approval.ApprovalEvents.MoreTimeClosed;
import org.recflow.approval.ApprovalEvents.ObjectionSubmitted;
import org.recflow.approval.ApprovalEvents.OutcomeDecided;
import org.recflow.approval.ApprovalEvents.ProcedureChanged;
import org.recflow.approval.ApprovalEvents.Restarted;
import org.recflow.approval.ApprovalEvents.ResultNotified;
import org.recflow.approval.ApprovalEvents.TextsDistributed;
import org.recflow.approval.ApprovalEvents.Withdrawn;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the secretariat's deadline read model ({@link DeadlineBook}) in step with an approval's events: which
 * deadline opens, moves or closes at each step (api.md "deadlines"), in the transaction of the transition, so
 * the dashboard never disagrees with the procedure. It lives in the approval module because the approval's view
 * reads its open deadlines (a deadline listener of approval events would make the two modules depend on each other).
 */
@Component
class ApprovalDeadlines {

    private final DeadlineBook deadlines;

    ApprovalDeadlines(DeadlineBook deadlines) {
        this.deadlines = deadlines;
    }

    @EventListener
    void on(ApprovalRequested e) {
        if (e.meetingAnnouncementDue() != null) {
            deadlines.open(e.subject(), DeadlineKind.MEETING_ANNOUNCEMENT, e.meetingAnnouncementDue());
        }
    }

    @EventListener
    void on(LastCallAnnounced e) {
        deadlines.open(e.subject(), DeadlineKind.LAST_CALL_CLOSE, e.closesAt());
    }

    @EventListener
    void on(LastCallClosed e) {
        deadlines.close(e.subject(), DeadlineKind.LAST_CALL_CLOSE);
        if (e.compilationDue() != null) {
            deadlines.open(e.subject(), DeadlineKind.COMMENT_COMPILATION, e.compilationDue());
        }
    }

    @EventListener
    void on(ConsultationAnnounced e) {
        deadlines.close(e.subject(), DeadlineKind.MEETING_ANNOUNCEMENT);
        deadlines.open(e.subject(), DeadlineKind.CONSULTATION_CLOSE, e.closesAt());
        deadlines.open(e.subject(), DeadlineKind.TEXT_DISTRIBUTION, e.textsDue());
    }

    @EventListener
    void on(TextsDistributed e) {
        deadlines.close(e.subject(), DeadlineKind.TEXT_DISTRIBUTION);
    }

    @EventListener
    void on(ConsultationClosed e) {
        deadlines.close(e.subject(), DeadlineKind.CONSULTATION_CLOSE);
    }

    @EventListener
    void on(ProcedureChanged e) {
        deadlines.closeAll(e.subject());
        if (e.meetingAnnouncementDue() != null) {
            deadlines.open(e.subject(), DeadlineKind.MEETING_ANNOUNCEMENT, e.meetingAnnouncementDue());
        }
    }

    @EventListener
    void on(Judged e) {
        if (e.meetingAnnouncementDue() != null) {
            deadlines.open(e.subject(), DeadlineKind.MEETING_ANNOUNCEMENT, e.meetingAnnouncementDue());
        }
    }

    @EventListener
    void on(CommentsResolved e) {
        deadlines.close(e.subject(), DeadlineKind.COMMENT_COMPILATION);
    }

    @EventListener
    void on(AdditionalReviewAnnounced e) {
        deadlines.open(e.subject(), DeadlineKind.ADDITIONAL_REVIEW_CLOSE, e.closesAt());
    }

    @EventListener
    void on(AdditionalReviewClosed e) {
        deadlines.close(e.subject(), DeadlineKind.ADDITIONAL_REVIEW_CLOSE);
    }

    @EventListener
    void on(MeetingAnnounced e) {
        deadlines.close(e.subject(), DeadlineKind.MEETING_ANNOUNCEMENT);
        deadlines.close(e.subject(), DeadlineKind.COMMENT_COMPILATION);
    }

    @EventListener
    void on(MeetingOutcomeRecorded e) {
        deadlines.close(e.subject(), DeadlineKind.TEXT_DISTRIBUTION);
        if (e.moreTimeClosesAt() != null) {
            deadlines.open(e.subject(), DeadlineKind.MORE_TIME_CLOSE, e.moreTimeClosesAt());
        }
    }

    @EventListener
    void on(ObjectionSubmitted e) {
        if (e.decided()) {
            deadlines.close(e.subject(), DeadlineKind.MORE_TIME_CLOSE);
        }
    }

    @EventListener
    void on(MoreTimeClosed e) {
        deadlines.close(e.subject(), DeadlineKind.MORE_TIME_CLOSE);
    }

    @EventListener
    void on(ResultNotified e) {
        deadlines.close(e.subject(), DeadlineKind.NOTIFICATION);
    }

    @EventListener
    void on(Restarted e) {
        if (e.meetingAnnouncementDue() != null) {
            deadlines.open(e.subject(), DeadlineKind.MEETING_ANNOUNCEMENT, e.meetingAnnouncementDue());
        }
    }

    @EventListener
    void on(Withdrawn e) {
        deadlines.closeAll(e.subject());
    }

    /** A final outcome: every running deadline closes, the circular falls due. */
    @EventListener
    void on(OutcomeDecided e) {
        deadlines.closeAll(e.subject());
        if (e.notificationDue() != null) {
            deadlines.open(e.subject(), DeadlineKind.NOTIFICATION, e.notificationDue());
        }
    }

    /** The open deadlines tied to the meeting move (their SEQUENCE goes up in the iCalendar feed); none opens. */
    @EventListener
    void on(MeetingMoved e) {
        moveIfOpen(e, DeadlineKind.CONSULTATION_CLOSE, e.consultationClosesAt());
        moveIfOpen(e, DeadlineKind.TEXT_DISTRIBUTION, e.textsDue());
        moveIfOpen(e, DeadlineKind.MEETING_ANNOUNCEMENT, e.meetingAnnouncementDue());
    }

    private void moveIfOpen(MeetingMoved e, DeadlineKind kind, java.time.Instant dueAt) {
        if (dueAt != null && deadlines.isOpen(e.subject(), kind)) {
            deadlines.open(e.subject(), kind, dueAt);
        }
    }

    /** The deadlines tied to the meeting close without effect. */
    @EventListener
    void on(MeetingLeft e) {
        deadlines.close(e.subject(), DeadlineKind.CONSULTATION_CLOSE);
        deadlines.close(e.subject(), DeadlineKind.TEXT_DISTRIBUTION);
        deadlines.close(e.subject(), DeadlineKind.MEETING_ANNOUNCEMENT);
    }
}
