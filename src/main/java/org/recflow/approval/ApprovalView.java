package org.recflow.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recflow.audit.HistoryEntry;

/**
 * An approval as the REST contract shows it: state, open deadlines, history and what can happen next. {@code meetingId}:
 * the meeting it is to be approved at (api.md second wave, "Meetings"), null while it waits for one.
 */
public record ApprovalView(
        long id, Procedure procedure, String recommendation, Revision revision, String title, String studyGroup,
        List<String> questions, String summary, String textReference, LocalDate agreedOn, Commands.MeetingDates nextMeeting, Long meetingId,
        String regionalGroup, ApprovalStatus status, String outcome, String outcomeReason, Instant outcomeAt,
        Long movedTo, Long movedFrom, int round,
        PeriodView lastCall, PeriodView additionalReview, ResolutionView commentResolution,
        PeriodView consultation, LocalDate textsDistributedOn, String deferralReason,
        LocalDate meetingAnnouncedOn, MeetingOutcome meetingOutcome, MoreTimeView moreTime, NotificationView notification,
        org.recflow.consultation.ConsultationTally tally, long comments, List<DeadlineView> deadlines, List<HistoryEntry> history, List<org.recflow.kernel.NextAction> nextActions,
        Instant createdAt, String createdBy) {

    public record PeriodView(LocalDate announcedOn, Instant closesAt) {
    }

    public record ResolutionView(String textReference, String resolutionReference) {
    }

    public record MoreTimeView(Instant closesAt, java.util.Set<String> requestedBy, java.util.Set<String> objections) {
    }

    public record NotificationView(boolean pending, String circular, LocalDate issuedOn) {
    }

    /** {@code dueAtGeneva}: the same instant on the secretariat's wall clock. */
    public record DeadlineView(String kind, Instant dueAt, String dueAtGeneva, String waitingOn, boolean overdue) {
    }
}
