package org.recflow.approval;

import org.recflow.approval.ApprovalEvents.AdditionalReviewAnnounced;
import org.recflow.approval.ApprovalEvents.AdditionalReviewClosed;
import org.recflow.approval.ApprovalEvents.ApprovalEvent;
import org.recflow.approval.ApprovalEvents.ApprovalRequested;
import org.recflow.approval.ApprovalEvents.CommentSubmitted;
import org.recflow.approval.ApprovalEvents.CommentsResolved;
import org.recflow.approval.ApprovalEvents.ConsultationAnnounced;
import org.recflow.approval.ApprovalEvents.ConsultationClosed;
import org.recflow.approval.ApprovalEvents.DeferredToWtsa;
import org.recflow.approval.ApprovalEvents.Judged;
import org.recflow.approval.ApprovalEvents.LastCallAnnounced;
import org.recflow.approval.ApprovalEvents.LastCallClosed;
import org.recflow.approval.ApprovalEvents.MeetingAnnounced;
import org.recflow.approval.ApprovalEvents.MeetingLeft;
import org.recflow.approval.ApprovalEvents.MeetingMoved;
import org.recflow.approval.ApprovalEvents.MeetingOutcomeRecorded;
import org.recflow.approval.ApprovalEvents.MoreTimeClosed;
import org.recflow.approval.ApprovalEvents.MovedToTap;
import org.recflow.approval.ApprovalEvents.ObjectionSubmitted;
import org.recflow.approval.ApprovalEvents.OutcomeDecided;
import org.recflow.approval.ApprovalEvents.ProcedureChanged;
import org.recflow.approval.ApprovalEvents.ReplySubmitted;
import org.recflow.approval.ApprovalEvents.Restarted;
import org.recflow.approval.ApprovalEvents.ResultNotified;
import org.recflow.approval.ApprovalEvents.TextsDistributed;
import org.recflow.approval.ApprovalEvents.Withdrawn;
import org.recflow.audit.History;
import org.recflow.consultation.ConsultationTally;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An approval's history as its events tell it: one entry per event, with the action name and sentence the
 * contract shows (api.md "history"), written in the transaction of the transition that published the event.
 * It lives in the approval module because the approval's view reads the history: an audit listener of
 * approval events would make audit and approval depend on each other.
 */
@Component
class ApprovalHistory {

    private final History history;

    ApprovalHistory(History history) {
        this.history = history;
    }

    private void record(ApprovalEvent e, String action, String detail) {
        history.record(e.subject().type(), e.subject().id(), e.by(), action, detail);
    }

    @EventListener
    void on(ApprovalRequested e) {
        record(e, "REQUESTED", "approval of " + e.text() + " requested by " + e.procedure() + " after " + (e.procedure() == Procedure.AAP ? "consent" : "determination")
                + " on " + e.agreedOn());
    }

    @EventListener
    void on(MovedToTap e) {
        record(e, "REQUESTED", "moved from AAP approval " + e.fromApproval() + ": " + e.raisedBy()
                + " saw policy or regulatory implications (A.8 §5.2)");
    }

    @EventListener
    void on(LastCallAnnounced e) {
        record(e, "LAST_CALL_ANNOUNCED", "Last Call announced on " + e.announcedOn() + ", closes " + e.closesAt());
    }

    @EventListener
    void on(CommentSubmitted e) {
        record(e, "COMMENT_SUBMITTED", e.kind() + " comment in " + e.phase() + " by " + e.member());
    }

    @EventListener
    void on(LastCallClosed e) {
        record(e, "LAST_CALL_CLOSED", e.comments() + " comment(s) received");
    }

    @EventListener
    void on(ConsultationAnnounced e) {
        record(e, "CONSULTATION_ANNOUNCED", "intent to approve at the meeting of " + e.meetingStart() + " to " + e.meetingEnd()
                + " announced on " + e.announcedOn() + "; consultation of "
                + (e.regionalGroup() == null ? "the Member States" : e.regionalGroup()) + " closes " + e.closesAt());
    }

    @EventListener
    void on(TextsDistributed e) {
        record(e, "TEXTS_DISTRIBUTED", "texts in the official languages distributed on " + e.on());
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
        record(e, "CONSULTATION_CLOSED", t.support() + " support, " + t.against() + " against, " + t.noPosition() + " without position"
                + (t.counted() == 0 ? " (no counted reply)" : " (" + t.supportPercent() + "% support)")
                + (e.continues() ? ": the procedure continues at the meeting" : ": below 70%, the procedure does not continue"));
    }

    @EventListener
    void on(DeferredToWtsa e) {
        record(e, "DEFERRED_TO_WTSA", e.reason());
    }

    @EventListener
    void on(ProcedureChanged e) {
        record(e, "PROCEDURE_CHANGED", "AAP → TAP decided on " + e.decidedOn() + " (Res. 1 §8.3): " + e.reason());
    }

    @EventListener
    void on(Judged e) {
        record(e, "JUDGED", "route " + e.route() + " chosen at " + e.at());
    }

    @EventListener
    void on(CommentsResolved e) {
        record(e, "COMMENTS_RESOLVED", "revised text " + e.textReference() + ", resolution " + e.resolutionReference());
    }

    @EventListener
    void on(AdditionalReviewAnnounced e) {
        record(e, "ADDITIONAL_REVIEW_ANNOUNCED", "Additional Review announced on " + e.announcedOn() + ", closes " + e.closesAt());
    }

    @EventListener
    void on(AdditionalReviewClosed e) {
        record(e, "ADDITIONAL_REVIEW_CLOSED", e.comments() + " comment(s) received");
    }

    @EventListener
    void on(MeetingAnnounced e) {
        record(e, "MEETING_ANNOUNCED", "approval at the meeting of " + e.start() + " to " + e.end() + " announced");
    }

    @EventListener
    void on(MeetingOutcomeRecorded e) {
        record(e, "MEETING_OUTCOME_RECORDED", e.outcome().describe() + " → " + e.result());
    }

    @EventListener
    void on(ObjectionSubmitted e) {
        record(e, "OBJECTION_SUBMITTED", e.memberState() + " objects after asking for more time");
    }

    @EventListener
    void on(MoreTimeClosed e) {
        record(e, "MORE_TIME_CLOSED", "the 4-week window closed: " + e.result());
    }

    @EventListener
    void on(ResultNotified e) {
        record(e, "NOTIFIED", e.circular() + " issued on " + e.issuedOn());
    }

    @EventListener
    void on(Restarted e) {
        record(e, "RESTARTED", "restarted from the request without a new " + (e.procedure() == Procedure.AAP
                ? "consent (A.8 §5.8)" : "determination (Res. 1 §9.5.5.2)") + ", round " + e.round());
    }

    @EventListener
    void on(Withdrawn e) {
        record(e, "WITHDRAWN", e.reason());
    }

    @EventListener
    void on(OutcomeDecided e) {
        record(e, "OUTCOME", e.outcome() + " (" + e.reason() + ")");
    }

    @EventListener
    void on(MeetingMoved e) {
        StringBuilder moved = new StringBuilder();
        if (e.consultationClosesAt() != null) {
            moved.append("; consultation now closes ").append(e.consultationClosesAt());
        }
        if (e.textsDue() != null) {
            moved.append("; texts due by ").append(e.textsDue());
        }
        if (e.meetingAnnouncementDue() != null) {
            moved.append("; meeting announcement due by ").append(e.meetingAnnouncementDue());
        }
        record(e, "MEETING_MOVED", "meeting " + e.meetingId() + " moved from " + e.fromStart() + ".." + e.fromEnd() + " to "
                + e.toStart() + ".." + e.toEnd() + moved + ": " + e.reason());
    }

    @EventListener
    void on(MeetingLeft e) {
        record(e, e.cancelled() ? "MEETING_CANCELLED" : "MEETING_DETACHED", "meeting " + e.meetingId() + " of " + e.start() + ".." + e.end()
                + (e.cancelled() ? " cancelled" : " moved without this text") + "; the text waits for another meeting"
                + (e.newRound() ? ", its consultation closed without effect (round " + e.round() + ")" : "") + ": " + e.reason());
    }
}
