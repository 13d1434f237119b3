package org.recflow.approval;

import java.time.Instant;
import java.time.LocalDate;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Position;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;

/**
 * What happened to an approval, as past-tense records published by {@link ApprovalManagement} in the transaction of
 * the transition (Spring's {@code ApplicationEventPublisher}): the public API that other modules listen to. Each
 * carries the approval ({@link Subject}, type "APPROVAL"), who took the step ({@link Actor#system()} for a period's
 * close or an outcome) and the facts of the step; instants are UTC, dates are Geneva days. The history and the
 * deadlines of an approval are written by listeners of these events, in the same transaction.
 */
public final class ApprovalEvents {

    private ApprovalEvents() {
    }

    /** Every approval event: which approval, and who took the step. */
    public interface ApprovalEvent {
        Subject subject();

        Actor by();
    }

    /** A period that ran out by itself (its timer): Last Call, Additional Review, the consultation, the more-time window. */
    public interface PeriodClosed extends ApprovalEvent {
        @Override
        default Actor by() {
            return Actor.system();
        }
    }

    /**
     * A chairman asked for approval (A.8 §3, Res. 1 §9.3.1) of the text {@code text} ("ITU-T Y.4480 (new)");
     * {@code meetingAnnouncementDue}: for a TAP text, the end
     * of the last day the Director may announce the meeting (3 months before it, §9.3.3), else null.
     */
    public record ApprovalRequested(Subject subject, Actor by, String text, Procedure procedure, LocalDate agreedOn, Instant meetingAnnouncementDue)
            implements ApprovalEvent {
    }

    /** A.8 §5.2: a TAP approval of the same text created because {@code raisedBy} saw policy implications at the meeting. */
    public record MovedToTap(Subject subject, Actor by, long fromApproval, String raisedBy) implements ApprovalEvent {
    }

    /** A.8 §4.1: the Director announced Last Call on {@code announcedOn}; it closes at {@code closesAt}. */
    public record LastCallAnnounced(Subject subject, Actor by, LocalDate announcedOn, Instant closesAt) implements ApprovalEvent {
    }

    /** A comment of a Member State, Sector Member or Associate ({@code member}) in a comment period. */
    public record CommentSubmitted(Subject subject, Actor by, long commentId, CommentPhase phase, CommentKind kind, String member)
            implements ApprovalEvent {
    }

    /** Last Call closed with {@code comments} comments; {@code compilationDue}: when a substantive one calls for compilation (§4.4.3), else null. */
    public record LastCallClosed(Subject subject, int comments, Instant compilationDue) implements PeriodClosed {
    }

    /** Res. 1 §9.3.3, §9.4.1: the intent announced, the consultation open until {@code closesAt}, texts due by {@code textsDue}. */
    public record ConsultationAnnounced(Subject subject, Actor by, LocalDate announcedOn, LocalDate meetingStart, LocalDate meetingEnd,
            String regionalGroup, Instant closesAt, Instant textsDue) implements ApprovalEvent {
    }

    /** Res. 1 §9.3.5: texts in the official languages distributed on {@code on}. */
    public record TextsDistributed(Subject subject, Actor by, LocalDate on) implements ApprovalEvent {
    }

    /** A Member State's reply ({@code version} 2 and up: a changed reply). */
    public record ReplySubmitted(Subject subject, Actor by, String memberState, Position position, int version) implements ApprovalEvent {
    }

    /** The consultation closed with {@code tally}; {@code continues}: the 70% rule is met (§9.4.5). */
    public record ConsultationClosed(Subject subject, ConsultationTally tally, boolean continues) implements PeriodClosed {
    }

    /** Res. 1 §9.2.2: the text waits for WTSA. */
    public record DeferredToWtsa(Subject subject, Actor by, String reason) implements ApprovalEvent {
    }

    /** Res. 1 §8.3: AAP → TAP decided on {@code decidedOn}; {@code meetingAnnouncementDue} as for a request. */
    public record ProcedureChanged(Subject subject, Actor by, LocalDate decidedOn, String reason, Instant meetingAnnouncementDue)
            implements ApprovalEvent {
    }

    /**
     * A chairman's judgement at {@code at}; {@code meetingAnnouncementDue}: when the route leads to a meeting whose
     * announcement is due (A.8 §4.6), else null.
     */
    public record Judged(Subject subject, Actor by, ApprovalStatus at, Route route, Instant meetingAnnouncementDue)
            implements ApprovalEvent {
    }

    /** A.8 §4.4.4: the revised text and the resolution of comments posted. */
    public record CommentsResolved(Subject subject, Actor by, String textReference, String resolutionReference) implements ApprovalEvent {
    }

    /** A.8 §4.5: Additional Review announced on {@code announcedOn}, closing at {@code closesAt}. */
    public record AdditionalReviewAnnounced(Subject subject, Actor by, LocalDate announcedOn, Instant closesAt) implements ApprovalEvent {
    }

    /** Additional Review closed with {@code comments} comments. */
    public record AdditionalReviewClosed(Subject subject, int comments) implements PeriodClosed {
    }

    /** A.8 §4.6: approval at the meeting of {@code start} to {@code end} announced. */
    public record MeetingAnnounced(Subject subject, Actor by, LocalDate start, LocalDate end) implements ApprovalEvent {
    }

    /** The meeting's outcome and what it decides; {@code moreTimeClosesAt} when more time was asked for (A.8 §5.6), else null. */
    public record MeetingOutcomeRecorded(Subject subject, Actor by, MeetingOutcome outcome, MeetingDecision.Result result,
            Instant moreTimeClosesAt) implements ApprovalEvent {
    }

    /** A late objection by a Member State that asked for more time; {@code decided}: it decided the text at once. */
    public record ObjectionSubmitted(Subject subject, Actor by, String memberState, boolean decided) implements ApprovalEvent {
    }

    /** The more-time window closed with {@code result}. */
    public record MoreTimeClosed(Subject subject, MeetingDecision.Result result) implements PeriodClosed {
    }

    /** A.8 §6.2, Res. 1 §9.6.1: the result's circular issued. */
    public record ResultNotified(Subject subject, Actor by, String circular, LocalDate issuedOn) implements ApprovalEvent {
    }

    /** A.8 §5.8, Res. 1 §9.5.5.2: restarted from the request, round {@code round}; {@code meetingAnnouncementDue} as for a request. */
    public record Restarted(Subject subject, Actor by, Procedure procedure, int round, Instant meetingAnnouncementDue)
            implements ApprovalEvent {
    }

    /** The chairman withdrew the text. */
    public record Withdrawn(Subject subject, Actor by, String reason) implements ApprovalEvent {
    }

    /**
     * A final outcome ({@code outcome}: APPROVED, NOT_APPROVED, MOVED_TO_TAP, DEFERRED_TO_WTSA) for {@code reason};
     * {@code notificationDue}: when its circular is due, null when none is.
     */
    public record OutcomeDecided(Subject subject, String outcome, String reason, Instant at, Instant notificationDue)
            implements ApprovalEvent {
        @Override
        public Actor by() {
            return Actor.system();
        }
    }

    /**
     * Issue 16: the text's meeting {@code meetingId} moved from {@code fromStart}..{@code fromEnd} to {@code toStart}..
     * {@code toEnd} for {@code reason}. The instants are the new ends of what moved with it, null when that deadline is
     * not open: the consultation close (Res. 1 §9.4.1), the text distribution (§9.3.5), the meeting announcement
     * (Res. 1 §9.3.3 for the TAP, A.8 §4.6 for the AAP).
     */
    public record MeetingMoved(Subject subject, Actor by, long meetingId, LocalDate fromStart, LocalDate fromEnd, LocalDate toStart,
            LocalDate toEnd, String reason, Instant consultationClosesAt, Instant textsDue, Instant meetingAnnouncementDue)
            implements ApprovalEvent {
    }

    /**
     * Issue 16: the text left meeting {@code meetingId} ({@code cancelled}: the meeting was cancelled; else it moved
     * without the text) for {@code reason} and waits for another; what was announced for that meeting lapsed.
     * {@code newRound}: a TAP consultation of it was announced, so its replies stop counting (round {@code round} now).
     */
    public record MeetingLeft(Subject subject, Actor by, long meetingId, LocalDate start, LocalDate end, boolean cancelled,
            String reason, boolean newRound, int round) implements ApprovalEvent {
    }
}
