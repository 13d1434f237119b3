package org.recflow.approval;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recflow.approval.ApprovalView.DeadlineView;
import org.recflow.approval.ApprovalView.NextAction;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.consultation.Consultations;
import org.recflow.deadline.DeadlineBook;
import org.springframework.stereotype.Component;

/** Builds {@link ApprovalView}s: the state, the open deadlines, the history, and who may do what next. */
@Component
class ApprovalViews {

    private static final DateTimeFormatter GENEVA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final SubmissionRepository submissions;
    private final DeadlineBook deadlines;
    private final History history;
    private final Consultations consultations;

    ApprovalViews(SubmissionRepository submissions, DeadlineBook deadlines, History history, Consultations consultations) {
        this.consultations = consultations;
        this.submissions = submissions;
        this.deadlines = deadlines;
        this.history = history;
    }

    ApprovalView of(Approval a) {
        List<DeadlineView> open = deadlines.openFor(ApprovalManagement.SUBJECT_TYPE, a.id).stream()
                .map(d -> new DeadlineView(d.kind().name(), d.dueAt(), GENEVA_TIME.format(ProcedureCalendar.inGeneva(d.dueAt())),
                        d.waitingOn().name(), d.overdue()))
                .toList();
        List<Comment> comments = submissions.comments(a.id);
        Set<String> late = submissions.objectingStates(a.id, a.round);
        return new ApprovalView(a.id, a.procedure, a.recommendation, a.revision, a.title, a.studyGroup, a.questions, a.summary,
                a.textReference, a.agreedOn,
                a.meeting == null ? null : new Commands.MeetingDates(a.meeting.start(), a.meeting.end()),
                a.regionalGroup, a.status, a.outcome, a.outcomeReason, a.outcomeAt, a.movedTo, a.movedFrom, a.round,
                a.lastCallClosesAt == null ? null : new ApprovalView.PeriodView(
                        Periods.dateOf(a.lastCallClosesAt).minusWeeks(Periods.LAST_CALL_WEEKS), a.lastCallClosesAt),
                a.additionalReviewClosesAt == null ? null : new ApprovalView.PeriodView(
                        Periods.dateOf(a.additionalReviewClosesAt).minusWeeks(Periods.ADDITIONAL_REVIEW_WEEKS), a.additionalReviewClosesAt),
                a.resolutionReference == null ? null : new ApprovalView.ResolutionView(a.resolutionTextReference, a.resolutionReference),
                a.consultationClosesAt == null ? null : new ApprovalView.PeriodView(a.periodAnnouncedOn, a.consultationClosesAt),
                a.textsDistributedOn, a.deferralReason,
                a.meetingAnnouncedOn, a.meetingOutcome,
                a.moreTimeClosesAt == null ? null : new ApprovalView.MoreTimeView(a.moreTimeClosesAt,
                        a.meetingOutcome.moreTimeRequestedBy(), late),
                new ApprovalView.NotificationView(a.notificationPending, a.notificationCircular, a.notifiedOn),
                a.procedure == Procedure.TAP ? consultations.tally(ApprovalManagement.SUBJECT_TYPE, a.id, a.round) : null,
                comments.stream().filter(c -> c.round() == a.round).count(), open,
                history.of(ApprovalManagement.SUBJECT_TYPE, a.id), nextActions(a, comments), a.createdAt, a.createdBy);
    }

    static List<NextAction> nextActions(Approval a, List<Comment> comments) {
        String base = "/api/approvals/" + a.id;
        List<NextAction> next = new ArrayList<>();
        switch (a.status) {
            case REQUESTED -> {
                if (a.procedure == Procedure.AAP) {
                    next.add(new NextAction("announce-last-call", "POST", base + "/last-call", "TSB", null));
                    next.add(new NextAction("change-procedure", "POST", base + "/procedure-change", "CHAIR of " + a.studyGroup, null));
                } else {
                    next.add(new NextAction("announce-consultation", "POST", base + "/consultation", "TSB", null));
                }
            }
            case CONSULTATION -> next.add(new NextAction("reply", "PUT", base + "/replies/{memberState}",
                    a.regionalGroup == null ? "MEMBER_STATE" : "MEMBER_STATE of " + a.regionalGroup, null));
            case LAST_CALL, ADDITIONAL_REVIEW -> next.add(new NextAction("comment", "POST", base + "/comments",
                    a.status == ApprovalStatus.LAST_CALL ? "MEMBER_STATE, SECTOR_MEMBER, ASSOCIATE of " + a.studyGroup
                            : "MEMBER_STATE, SECTOR_MEMBER", null));
            case LAST_CALL_JUDGEMENT, RESOLUTION_JUDGEMENT, ADDITIONAL_REVIEW_JUDGEMENT -> {
                CommentPhase phase = a.status == ApprovalStatus.ADDITIONAL_REVIEW_JUDGEMENT
                        ? CommentPhase.ADDITIONAL_REVIEW : CommentPhase.LAST_CALL;
                boolean allTypo = comments.stream().filter(c -> c.round() == a.round && c.phase() == phase)
                        .allMatch(c -> c.kind() == CommentKind.TYPOGRAPHICAL);
                next.add(new NextAction("judge", "POST", base + "/judgement", "CHAIR of " + a.studyGroup,
                        JudgementRules.allowed(a.status, allTypo)));
            }
            case COMMENT_RESOLUTION -> next.add(new NextAction("resolve-comments", "POST", base + "/resolution", "CHAIR of " + a.studyGroup, null));
            case AWAITING_ADDITIONAL_REVIEW -> next.add(new NextAction("announce-additional-review", "POST", base + "/additional-review", "TSB", null));
            case AWAITING_MEETING -> next.add(a.procedure == Procedure.TAP || a.meetingAnnounced()
                    ? new NextAction("record-meeting-outcome", "POST", base + "/meeting-outcome", "CHAIR of " + a.studyGroup, null)
                    : new NextAction("announce-meeting", "POST", base + "/meeting-announcement", "TSB", null));
            case MORE_TIME -> next.add(new NextAction("object", "POST", base + "/objections",
                    "MEMBER_STATE among " + a.meetingOutcome.moreTimeRequestedBy(), null));
            case NOT_APPROVED -> next.add(new NextAction("restart", "POST", base + "/restart", "CHAIR of " + a.studyGroup, null));
            default -> { }
        }
        if (a.procedure == Procedure.TAP && a.textsDistributedOn == null
                && (a.status == ApprovalStatus.CONSULTATION || a.status == ApprovalStatus.AWAITING_MEETING)) {
            next.add(new NextAction("distribute-texts", "POST", base + "/text-distribution", "TSB", null));
        }
        if (a.notificationPending) {
            next.add(new NextAction("notify", "POST", base + "/notification", "TSB", null));
        }
        if (!a.status.isFinal() && a.procedure == Procedure.TAP) {
            next.add(new NextAction("defer-to-wtsa", "POST", base + "/deferral", "CHAIR of " + a.studyGroup, null));
        }
        if (!a.status.isFinal()) {
            next.add(new NextAction("withdraw", "POST", base + "/withdrawal", "CHAIR of " + a.studyGroup, null));
        }
        return next;
    }
}
